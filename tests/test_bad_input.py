"""Bad input gets one clear CorpusError naming the file and the problem."""

import shutil

import pytest

from analysis import CorpusError, load_corpus
from analysis.corpus import SEEDS_DIR, read_article


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_empty_file(tmp_path):
    path = write(tmp_path, "empty.txt", b"")
    with pytest.raises(CorpusError, match=r"^empty\.txt: the file is empty$"):
        read_article(path)


def test_whitespace_only_file_is_empty(tmp_path):
    path = write(tmp_path, "blank.txt", b"\n  \n\t\n")
    with pytest.raises(CorpusError, match="blank.txt: the file is empty"):
        read_article(path)


def test_not_utf8(tmp_path):
    text = "Prancis mendorong pengawasan. Harga \u20ac5 \u2014 kata Macron.\n"
    path = write(tmp_path, "cp1252.txt", text.encode("cp1252"))
    with pytest.raises(CorpusError, match=r"cp1252\.txt: is not UTF-8 text \(byte 0x80 at offset"):
        read_article(path)


def test_binary_file(tmp_path):
    path = write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(CorpusError, match=r"image\.txt: looks like a binary file"):
        read_article(path)


def test_no_recognisable_headline(tmp_path):
    path = write(
        tmp_path,
        "furniture.txt",
        "Baca berita tanpa iklan. Gabung Kompas.com+\nKomentar\nClose Ads\nOke\n".encode(),
    )
    with pytest.raises(CorpusError, match=r"furniture\.txt: has no recognisable headline"):
        read_article(path)


def test_same_article_twice(tmp_path):
    shutil.copy(SEEDS_DIR / "kompas-2020-11-13.txt", tmp_path / "a.txt")
    shutil.copy(SEEDS_DIR / "kompas-2020-11-13.txt", tmp_path / "b.txt")
    with pytest.raises(CorpusError, match=r"^b\.txt: is the same article as a\.txt$"):
        load_corpus(tmp_path)


def test_error_is_a_value_error_and_carries_path_and_problem(tmp_path):
    path = write(tmp_path, "empty.txt", b"")
    with pytest.raises(ValueError) as info:
        read_article(path)
    assert info.value.path == path
    assert info.value.problem == "the file is empty"
    # No pandas or decoding traceback is chained to the reader's error.
    assert info.value.__cause__ is None


def test_collect_mode_keeps_the_good_files(tmp_path):
    shutil.copy(SEEDS_DIR / "kompas-2020-11-13.txt", tmp_path / "kompas.txt")
    write(tmp_path, "empty.txt", b"")
    corpus = load_corpus(tmp_path, on_error="collect")
    assert list(corpus.articles.index) == ["kompas"]
    assert [str(e) for e in corpus.errors] == ["empty.txt: the file is empty"]


def test_folder_without_articles(tmp_path):
    with pytest.raises(CorpusError, match="holds no \\*.txt article files"):
        load_corpus(tmp_path)


# --- files that must be refused before they are read ------------------------------

def _read_with_timeout(path, seconds=10):
    """read_article in a worker thread, so that a hang fails the test instead of the suite."""
    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(read_article, path).result(timeout=seconds)


def test_a_fifo_is_refused_without_being_opened(tmp_path):
    import os
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(CorpusError, match=r"pipe\.txt: is not a regular file"):
        _read_with_timeout(fifo)


def test_a_link_to_a_device_is_refused(tmp_path):
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    with pytest.raises(CorpusError, match=r"zero\.txt: is not a regular file"):
        _read_with_timeout(link)


def test_an_oversized_file_is_refused_before_it_is_read(tmp_path):
    from analysis.corpus import MAX_FILE_BYTES
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)      # sparse: nothing is written
    with pytest.raises(CorpusError, match=r"huge\.txt: is 2\.0 MiB; article files over 2 MiB are refused"):
        read_article(big)


def test_utf16_with_a_byte_order_mark_is_read(tmp_path):
    text = (SEEDS_DIR / "kompas-2020-11-13.txt").read_text(encoding="utf-8")
    path = write(tmp_path, "utf16.txt", text.encode("utf-16"))
    meta, _ = read_article(path)
    assert meta["outlet"] == "Kompas.com"


def test_utf16_without_a_byte_order_mark_is_named_as_utf16(tmp_path):
    path = write(tmp_path, "utf16le.txt", "Judul berita yang cukup panjang\n\nIsi berita.\n".encode("utf-16-le"))
    with pytest.raises(CorpusError, match=r"utf16le\.txt: is UTF-16 text without a byte-order mark"):
        read_article(path)


def test_upper_case_extension_is_read(tmp_path):
    shutil.copy(SEEDS_DIR / "kompas-2020-11-13.txt", tmp_path / "KOMPAS.TXT")
    assert load_corpus(tmp_path).articles.index.tolist() == ["KOMPAS"]


def test_set_aside_lists_every_file_read_but_not_analysed(tmp_path):
    shutil.copy(SEEDS_DIR / "kompas-2020-11-13.txt", tmp_path / "a.txt")
    shutil.copy(SEEDS_DIR / "kompas-2020-11-13.txt", tmp_path / "b.txt")
    write(tmp_path, "empty.txt", b"")
    corpus = load_corpus(tmp_path, on_error="collect")
    assert corpus.articles.index.tolist() == ["a"]
    assert corpus.set_aside.values.tolist() == [["b.txt", "is the same article as a.txt"],
                                                ["empty.txt", "the file is empty"]]


def test_a_folder_with_no_readable_article_says_so_once(tmp_path):
    write(tmp_path, "empty.txt", b"")
    write(tmp_path, "image.txt", b"\x89PNG\x00")
    with pytest.raises(CorpusError, match=rf"^{tmp_path.name}: none of its 2 article files could be read: "
                                          r"empty\.txt: the file is empty; image\.txt: looks like a binary file"):
        load_corpus(tmp_path, on_error="collect")
