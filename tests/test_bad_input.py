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
