"""Beyond two articles: a third outlet, hostile text, odd encodings, determinism."""

import os
import shutil
import subprocess

import pandas as pd
import pytest

from analysis import CorpusError, actors, ceasefire, framing, load_corpus
from analysis.corpus import MAX_FILE_BYTES, SEEDS_DIR
from test_build import JB, ROOT, STRICT, toc_files

# A "third outlet" made from the seeds' own sentences, with its own
# boilerplate, an unknown-site banner, and text that would be markup or code
# if it were ever interpreted; its headline names Russia in Hangul too, and
# its lead ends with a long URL and a 160-letter laugh, words wider than the
# page (before book/_ext/latex_breaks.py, xelatex stopped on them).
THIRD = """Langganan newsletter Contoh.com
Rusia (러시아) dan Turki Awasi Gencatan Senjata <script>alert("x")</script> Nagorno-Karabakh

Redaksi Contoh

PARIS, Contoh.com - Turki, yang telah mendukung Azerbaijan atas konflik tersebut, menandatangani protokol dengan Rusia pada Rabu untuk mendirikan pusat pemantauan bersama di Nagorno-Karabakh. LONGWORDS

Prancis khawatir Rusia dan Turki memangkas kekuatan Barat dari pembicaraan damai di masa depan. Catatan: {glue:text}`ch1_n_articles` dan $$x^2$$ serta **tebal** <img src=x onerror=alert(1)> [tautan](javascript:alert(1))

```{code-cell} ipython3
open("MARKER", "w").write("executed")
```

"Kami sama sekali tidak ingin menjauhkan diri dari rekan-rekan Amerika dan Perancis kami," kata Menteri Luar Negeri Rusia, Sergei Lavrov seperti yang dilansir dari Reuters pada Kamis (12/11/2020).

Baca juga: Berita lain tentang Armenia
Bagikan
"""


LONG_URL = "https://contoh.com/internasional/" + "-".join(["rusia-turki-gencatan-senjata"] * 6)
LAUGH = "wkwk" * 40
THIRD = THIRD.replace("LONGWORDS", f"{LONG_URL} {LAUGH}")


def build_strictly(articles, out, builder="html"):
    """Build the book from the articles in ``articles`` into ``out`` with
    warnings as errors; xelatex is required under CI."""
    if builder == "pdflatex" and shutil.which("xelatex") is None and os.environ.get("CI") != "true":
        pytest.skip("xelatex not installed")
    env = {**os.environ, "NK_SEEDS_DIR": str(articles)}
    result = subprocess.run([str(JB), "build", "book/", "--path-output", str(out), *STRICT, "--builder", builder],
                            cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]


@pytest.fixture(scope="session")
def third_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("third")
    for f in SEEDS_DIR.glob("*.txt"):
        shutil.copy(f, folder / f.name)
    marker = folder / "MARKER"
    (folder / "contoh-2020-11-15.txt").write_text(THIRD.replace("MARKER", str(marker)), encoding="utf-8")
    return folder


def test_unknown_outlet_is_read_with_the_generic_profile(third_dir):
    c = load_corpus(third_dir)
    row = c.articles.loc["contoh-2020-11-15"]
    assert (row["outlet"], row["profile"], row["dateline"]) == ("Contoh.com", "generic", "PARIS")
    assert row["headline"].startswith("Rusia (러시아) dan Turki Awasi Gencatan Senjata")
    p = c.paragraphs[c.paragraphs["article_id"] == "contoh-2020-11-15"]
    assert p.iloc[0]["kind"] == "boilerplate"  # the unknown banner above the headline
    assert "Baca juga: Berita lain tentang Armenia" in set(p[p["kind"] == "boilerplate"]["text"])
    # The seeds read exactly as before.
    seeds = load_corpus()
    pd.testing.assert_frame_equal(c.articles.loc[seeds.articles.index], seeds.articles)


def test_analyses_handle_three_outlets(third_dir):
    c = load_corpus(third_dir)
    assert framing.comparisons(c) == [(o, "rest") for o in ["Contoh.com", "iNews.id", "Kompas.com"]]
    q = actors.quotes(c)
    assert q[q["article_id"] == "contoh-2020-11-15"]["speaker"].tolist() == ["Sergei Lavrov"]
    from analysis import study, synthesis

    table = synthesis.comparison_table(c, study.evidence(c, None), keep_same=True)
    assert list(table.columns[3:]) == ["Contoh.com", "iNews.id", "Kompas.com"]


@pytest.mark.build
@pytest.mark.parametrize("builder", ["html", "pdflatex"])
def test_book_with_a_hostile_third_article(third_dir, tmp_path, builder):
    build_strictly(third_dir, tmp_path, builder)
    assert not (third_dir / "MARKER").exists(), "article text was executed"
    if builder == "html":
        html = "".join((tmp_path / "_build" / "html" / f"{n}.html").read_text(encoding="utf-8") for n in toc_files())
        assert "<script>alert" not in html and "<img src=x" not in html
        assert 'href="javascript:' not in html
        assert "&lt;script&gt;alert" in html  # shown literally
        assert "Contoh.com" in html and "generic" in html
    else:
        pdf = tmp_path / "_build" / "latex" / "book.pdf"
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "러시아" in text
        # The laugh is broken across lines with hyphens, every piece kept.
        assert LAUGH in text.replace("-\n", "").replace("\n", "")


def test_byte_order_mark_and_crlf_are_read(tmp_path):
    raw = (SEEDS_DIR / "kompas-2020-11-13.txt").read_bytes()
    (tmp_path / "bom-crlf.txt").write_bytes(b"\xef\xbb\xbf" + raw.replace(b"\n", b"\r\n"))
    c = load_corpus(tmp_path)
    seeds = load_corpus()
    a, b = c.articles.iloc[0], seeds.articles.loc["kompas-2020-11-13"]
    for col in ["headline", "author", "published", "n_words", "truncated"]:
        assert a[col] == b[col]
    assert c.body("bom-crlf") == seeds.body("kompas-2020-11-13")


def test_windows_1252_is_refused_with_the_file_named(tmp_path):
    text = (SEEDS_DIR / "inews-2020-11-20.txt").read_text(encoding="utf-8").replace("--", "\u2014")
    (tmp_path / "cp1252.txt").write_bytes(text.encode("cp1252"))
    with pytest.raises(CorpusError, match=r"^cp1252\.txt: is not UTF-8 text"):
        load_corpus(tmp_path)


def test_a_very_long_single_line(tmp_path):
    body = " ".join(["Rusia kirim pasukan penjaga perdamaian ke wilayah itu."] * 5000)
    (tmp_path / "long.txt").write_text(f"Judul Berita Panjang Sekali\n\nJAKARTA, Contoh.com - {body}", encoding="utf-8")
    c = load_corpus(tmp_path)
    assert c.articles.loc["long", "n_words"] == 8 * 5000
    assert len(c.sentences) == 5001


def test_a_file_of_only_boilerplate_is_refused_and_the_others_survive(tmp_path):
    for f in SEEDS_DIR.glob("*.txt"):
        shutil.copy(f, tmp_path / f.name)
    (tmp_path / "zz-furniture.txt").write_text("Baca berita tanpa iklan. Gabung Kompas.com+\nKomentar\nOke\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="zz-furniture.txt: has no recognisable headline"):
        load_corpus(tmp_path)
    c = load_corpus(tmp_path, on_error="collect")
    pd.testing.assert_frame_equal(c.articles, load_corpus().articles)
    assert [e.path.name for e in c.errors] == ["zz-furniture.txt"]


def test_two_runs_give_identical_results():
    def run():
        c = load_corpus()
        return [c.articles, c.paragraphs, c.sentences, actors.mentions(c), actors.quotes(c),
                framing.code_frames(c).drop(columns="sentence_ids"), ceasefire.references(c),
                ceasefire.evaluation(c), framing.keyness(c, "Kompas.com", "iNews.id")]

    for first, second in zip(run(), run()):
        pd.testing.assert_frame_equal(first, second)


def test_file_order_does_not_depend_on_the_file_system(tmp_path):
    for name in ["b.txt", "a.txt"]:
        text = (SEEDS_DIR / ("kompas-2020-11-13.txt" if name == "a.txt" else "inews-2020-11-20.txt")).read_text()
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert list(load_corpus(tmp_path).articles.index) == ["a", "b"]


@pytest.mark.build
def test_a_rebuild_picks_up_a_new_article(tmp_path):
    # No page source changes when an article is added, yet every number does:
    # book/_ext/inputs_watch.py must make the second build re-execute.
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for f in SEEDS_DIR.glob("*.txt"):
        shutil.copy(f, seeds / f.name)
    env = {**os.environ, "NK_SEEDS_DIR": str(seeds)}
    out = tmp_path / "out"

    def build_intro():
        result = subprocess.run([str(JB), "build", "book/", "--path-output", str(out), *STRICT],
                                cwd=ROOT, env=env, capture_output=True, text=True)
        assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
        return (out / "_build" / "html" / "intro.html").read_text(encoding="utf-8")

    before = build_intro()
    assert "Contoh.com" not in before
    (seeds / "contoh-2020-11-15.txt").write_text(THIRD.replace("MARKER", str(tmp_path / "MARKER")),
                                                 encoding="utf-8")
    after = build_intro()
    assert "Contoh.com, iNews.id and Kompas.com" in after  # the intro's outlet list, re-glued


def test_a_long_paragraph_is_read_in_pieces_with_the_same_sentences(monkeypatch):
    from analysis import text
    paragraph = " ".join(f"Kalimat nomor {i} berakhir di sini." for i in range(400))
    whole = text.split_sentences(paragraph)
    monkeypatch.setattr(text, "MAX_CHUNK", 500)
    assert len(text._chunks(paragraph)) > 10
    assert text.split_sentences(paragraph) == whole
    assert all(paragraph[a:b] == s for a, b, s in whole)


# Awkward input beside the seeds: an undated article whose file name has two
# "$" and whose text has CJK, Hangul and a very long word; a page with no
# headline; an empty file; a pipe.  Written for this test.
UNDATED = """Pasukan Penjaga Perdamaian Tiba di Perbatasan $5 $10

MOSKWA, Contoh.com - Pasukan penjaga perdamaian tiba di perbatasan Nagorno-Karabakh untuk mengawasi gencatan senjata yang baru disepakati Armenia dan Azerbaijan.

Warga menulis spanduk berbunyi 和平 dan 평화 di sepanjang jalan menuju kota itu.

Seorang pejabat menyebut proses itu Pengawasanyangsangatpanjangsekalidanterusberlanjuttanpajedasamasekalihinggaakhirberitaini tanpa menjelaskan lebih jauh.
"""


PAGES_DIR = ROOT / "tests" / "data" / "pages"


@pytest.fixture(scope="session")
def awkward_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("awkward")
    for f in [*SEEDS_DIR.glob("*.txt"), *PAGES_DIR.glob("*.txt")]:
        shutil.copy(f, folder / f.name)
    (folder / "harga-$5-$10.txt").write_text(UNDATED, encoding="utf-8")
    (folder / "furniture.txt").write_text("Komentar\nClose Ads\nOke\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    os.mkfifo(folder / "pipe.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "utf16.txt").write_bytes("Judul Berita Panjang Sekali\n\nIsi berita.\n".encode("utf-16-le"))
    with (folder / "huge.txt").open("wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)
    shutil.copy(SEEDS_DIR / "kompas-2020-11-13.txt", folder / "zz-copy.TXT")     # read, and a duplicate
    return folder


TOPIC_FILE = ROOT / "book" / "coding" / "topic.yaml"


def test_awkward_files_are_set_aside_and_the_rest_is_read(awkward_dir):
    c = load_corpus(awkward_dir, on_error="collect", topic=TOPIC_FILE)
    pages = sorted(p.stem for p in PAGES_DIR.glob("*.txt") if not p.stem.startswith("offtopic"))
    assert sorted(c.articles.index) == sorted(["harga-$5-$10", "inews-2020-11-20", "kompas-2020-11-13", *pages])
    assert c.articles.loc["harga-$5-$10", "published"] is None
    aside = dict(zip(c.set_aside["file"], c.set_aside["reason"]))
    assert sorted(aside) == ["empty.txt", "furniture.txt", "huge.txt", "offtopic-ukraine-2025.txt",
                             "offtopic-vaccine.txt", "pipe.txt", "utf16.txt", "zero.txt", "zz-copy.TXT"]
    assert aside["zz-copy.TXT"] == "is the same article as kompas-2020-11-13.txt"
    assert aside["offtopic-vaccine.txt"].startswith("is not about the 2020 Nagorno-Karabakh war and ceasefire")


@pytest.mark.build
@pytest.mark.parametrize("builder", ["html", "pdflatex"])
def test_book_builds_strictly_with_many_pages_and_awkward_files(awkward_dir, tmp_path, builder):
    build_strictly(awkward_dir, tmp_path, builder)
    if builder != "html":
        return
    html = (tmp_path / "_build" / "html" / "01-articles.html").read_text(encoding="utf-8")
    assert "Files set aside" in html
    for name in ("empty.txt", "furniture.txt", "pipe.txt", "offtopic-vaccine.txt", "zero.txt", "huge.txt", "utf16.txt"):
        assert name in html
    intro = (tmp_path / "_build" / "html" / "intro.html").read_text(encoding="utf-8")
    assert "1 article undated" in intro


@pytest.mark.build
def test_an_interrupted_then_resumed_build_equals_a_clean_build(tmp_path):
    # A copy of the book whose build stops, as Ctrl-C would, after writing two
    # pages when NK_INTERRUPT_AFTER is set (tests/data/interrupt).
    import yaml

    project = tmp_path / "project"
    shutil.copytree(ROOT / "book", project / "book", symlinks=True,
                    ignore=shutil.ignore_patterns("_build", "*.ipynb", ".ipynb_checkpoints"))
    shutil.copy(ROOT / "_toc.yml", project / "_toc.yml")
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    config["sphinx"]["local_extensions"]["interrupt_build"] = str(ROOT / "tests" / "data" / "interrupt")
    config["sphinx"]["config"]["watch_inputs"] = [str(ROOT / "analysis"), "$NK_SEEDS_DIR"]
    (project / "_config.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for f in SEEDS_DIR.glob("*.txt"):
        shutil.copy(f, seeds / f.name)

    def build(out, interrupt=0):
        env = {**os.environ, "NK_SEEDS_DIR": str(seeds), "NK_INTERRUPT_AFTER": str(interrupt)}
        return subprocess.run([str(JB), "build", "book/", "--path-output", str(out), *STRICT],
                              cwd=project, env=env, capture_output=True, text=True)

    resumed = tmp_path / "resumed"
    assert build(resumed).returncode == 0
    (seeds / "contoh-2020-11-15.txt").write_text(THIRD.replace("MARKER", str(tmp_path / "MARKER")), encoding="utf-8")
    assert build(resumed, interrupt=2).returncode != 0          # stopped part way through writing
    result = build(resumed)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    clean = tmp_path / "clean"
    assert build(clean).returncode == 0
    import re

    def page(out, name):
        # Sphinx adds a cache-busting "?v=…" to some stylesheet links in
        # incremental builds only; it is not content.
        return re.sub(r"\?v=[0-9a-f]{8}", "", (out / "_build" / "html" / f"{name}.html").read_text(encoding="utf-8"))

    for name in toc_files():
        assert page(resumed, name) == page(clean, name), f"{name}.html differs between the resumed and the clean build"
    assert "Contoh.com" in (resumed / "_build" / "html" / "intro.html").read_text(encoding="utf-8")


def test_dollar_signs_in_labels_are_drawn_literally_not_as_mathematics():
    import matplotlib.pyplot as plt

    from analysis import plotting
    plotting.apply_style()
    fig, ax = plt.subplots()
    label = ax.text(0, 0, "Contoh.com (harga-$5-$10)")
    assert label._preprocess_math(label.get_text()) == ("Contoh.com (harga-$5-$10)", False)
    plt.close(fig)


@pytest.mark.build
def test_book_builds_strictly_and_reads_right_with_one_article(tmp_path):
    one = tmp_path / "one"
    one.mkdir()
    shutil.copy(SEEDS_DIR / "kompas-2020-11-13.txt", one / "kompas-2020-11-13.txt")
    build_strictly(one, tmp_path / "out")

    def text(name):
        import html
        import re
        page = (tmp_path / "out" / "_build" / "html" / f"{name}.html").read_text(encoding="utf-8")
        words = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page)))
        return re.sub(r" ([.,:;])", r"\1", words)     # a glued value is its own element

    intro, articles, appendix = text("intro"), text("01-articles"), text("appendix-methods")
    assert "The speakers the one outlet quotes" in intro and "alone quotes" not in intro
    # The claims about the iNews.id seed are reported as not applicable, not failed.
    assert "concern articles that are not in this corpus" in intro
    assert "The corpus holds 1 article." in articles and "In the one article the capture stops" in articles
    assert "none: the corpus has articles from one outlet only" in appendix
