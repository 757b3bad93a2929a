"""The book builds strictly, in HTML and PDF, and shows no errors to a reader."""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
JB = Path(sys.executable).with_name("jupyter-book")
STRICT = ["-W", "-n", "--keep-going"]


def toc_files():
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text())
    files = [toc["root"]]
    for part in toc.get("parts", []):
        for chapter in part["chapters"]:
            files.append(chapter["file"])
            files += [s["file"] for s in chapter.get("sections", [])]
    return files


def chapter_title(name):
    text = (ROOT / "book" / f"{name}.md").read_text(encoding="utf-8")
    return re.search(r"^# (.+)$", text, re.M).group(1).strip()


def build(out, *extra, env=None):
    result = subprocess.run(
        [str(JB), "build", "book/", "--path-output", str(out), *STRICT, *extra],
        cwd=ROOT, capture_output=True, text=True, env=env,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return result


@pytest.fixture(scope="session")
def html_build_log(tmp_path_factory):
    out = tmp_path_factory.mktemp("html")
    result = build(out, env={**os.environ, "PYTHONHASHSEED": "0"})
    return out / "_build" / "html", result.stdout


@pytest.fixture(scope="session")
def html_build(html_build_log):
    return html_build_log[0]


def notebook_pages():
    return [f for f in toc_files() if "```{code-cell}" in (ROOT / "book" / f"{f}.md").read_text(encoding="utf-8")]


@pytest.mark.build
def test_a_cold_build_executes_the_pages_in_parallel_before_reading_them(html_build_log):
    # book/_ext/parallel_execute.py runs every page in jupyter-cache's
    # parallel executor; MyST-NB then finds each in the cache.
    if (os.cpu_count() or 1) < 2:
        pytest.skip("one core: pages execute as they are read")
    _, log = html_build_log
    pages = notebook_pages()
    assert f"parallel_execute: executing {len(pages)} pages" in log
    assert "Executed notebook" not in log
    assert log.count("Using cached notebook") == len(pages)


@pytest.fixture(scope="session")
def pdf_build(tmp_path_factory):
    if shutil.which("xelatex") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("xelatex is missing under CI=true: install TeX Live (see .ci/run)")
        pytest.skip("xelatex not installed: PDF build skipped (apt-get install texlive-xetex ...)")
    out = tmp_path_factory.mktemp("pdf")
    build(out, "--builder", "pdflatex")
    return out / "_build" / "latex" / "book.pdf"


def test_toc_symlink_resolves_to_the_single_top_level_toc():
    link = ROOT / "book" / "_toc.yml"
    assert link.is_symlink() and link.resolve() == (ROOT / "_toc.yml").resolve()
    assert not (ROOT / "book" / "_config.yml").exists()


@pytest.mark.build
def test_every_toc_page_renders_without_errors(html_build):
    for name in toc_files():
        page = html_build / f"{name}.html"
        assert page.is_file(), f"{name} did not render"
        html = page.read_text(encoding="utf-8")
        assert "Traceback" not in html, name
        assert 'class="output error"' not in html and "output stderr" not in html, name
        assert chapter_title(name) in html


def _executed(html_dir, name):
    """An executed notebook as the build wrote it, without cell ids (and the ids)."""
    nb = json.loads((html_dir.parent / "jupyter_execute" / f"{name}.ipynb").read_text(encoding="utf-8"))
    ids = [c.pop("id", None) for c in nb["cells"]]
    return nb, ids


@pytest.mark.build
def test_two_clean_builds_in_processes_with_different_hash_seeds_are_identical(html_build, tmp_path):
    other = tmp_path / "other"
    build(other, env={**os.environ, "PYTHONHASHSEED": "4242"})
    other_html = other / "_build" / "html"
    for name in toc_files():
        assert (html_build / f"{name}.html").read_bytes() == (other_html / f"{name}.html").read_bytes(), \
            f"{name}.html differs between PYTHONHASHSEED=0 and 4242"
        # Cell ids are the one permitted difference: myst-nb makes each cell
        # with nbformat, which draws its id from uuid4, and offers no seed.
        executed = [(d.parent / "jupyter_execute" / f"{name}.ipynb").is_file() for d in (html_build, other_html)]
        assert executed[0] == executed[1]
        if not executed[0]:
            continue                     # a page without code cells is not executed
        first, first_ids = _executed(html_build, name)
        second, second_ids = _executed(other_html, name)
        assert first == second, f"executed {name}.ipynb differs beyond cell ids"
        assert len(first_ids) == len(second_ids)


@pytest.mark.build
def test_glued_values_are_filled_in(html_build):
    html = (html_build / "01-articles.html").read_text(encoding="utf-8")
    # 69 non-blank raw lines in the two seeds, 38 of them boilerplate.
    assert re.search(r"Of the\s*<span[^>]*>69</span>\s*non-blank lines", html)
    assert re.search(r"<span[^>]*>38</span>\s*\(<span[^>]*>55%</span>\)", html)


@pytest.mark.build
def test_pdf_has_every_chapter_and_no_object_reprs(pdf_build):
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() for page in PdfReader(pdf_build).pages)
    flat = " ".join(text.split())
    for name in toc_files():
        assert chapter_title(name).upper() in flat.upper(), name
    for bad in ["<Figure", "<pandas", "<Styler", "<IPython", "<matplotlib", "Traceback"]:
        assert bad not in text, bad
    # The bibliography resolves: every method cited is in the PDF's references.
    for author in ["Entman", "Semetko", "Monroe", "Dunning", "Krippendorff", "Galtung", "Maslog"]:
        assert author in flat, author
    assert "[semetko2000]" not in flat and "??" not in flat


@pytest.mark.build
def test_pdf_letters_the_appendix_and_leaves_the_references_unnumbered(pdf_build):
    # The table of contents LaTeX wrote: five numbered chapters, then the
    # unnumbered "Appendix" part's chapters as "A" and "B", and the bibliography with
    # no number (book/_ext/latex_backmatter.py). Before the extension the
    # appendix printed as "Chapter Six" and the references as an empty
    # "Chapter Seven" followed by a separate "Bibliography".
    toc = (pdf_build.parent / "book.toc").read_text(encoding="utf-8").replace("\\sphinxhyphen {}", "-")
    chapters = re.findall(r"\\contentsline \{chapter\}\{(?:\\numberline \{(\w+)\})?([^}]*)\}", toc)
    assert chapters == [
        ("1", "The articles"),
        ("2", "Framing differences"),
        ("3", "Who acts, who speaks"),
        ("4", "How the ceasefire is characterised"),
        ("5", "What the comparison shows"),
        ("A", "Methods and data"),
        ("B", "Hand-coded evidence"),
        ("", "References"),
    ]
    # pypdf skips longtable captions; poppler's pdftotext (installed by .ci/run) reads them.
    text = subprocess.run(["pdftotext", str(pdf_build), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    assert "Table A.1: Every claim in the prose" in flat  # floats follow the appendix letter
    assert "Bibliography" not in flat


@pytest.fixture(scope="session")
def site_build_log(pdf_build):
    """The HTML built after the PDF, into the same output folder (`make site`),
    and what that build printed."""
    out = pdf_build.parents[2]
    result = build(out)
    return out / "_build" / "html", result.stdout


@pytest.fixture(scope="session")
def site_build(site_build_log):
    return site_build_log[0]


@pytest.mark.build
def test_make_site_executes_each_page_once(site_build_log):
    # The HTML build after the PDF reuses the PDF build's outputs: the
    # execution cache is keyed by the inputs, which have not changed.
    _, log = site_build_log
    pages = notebook_pages()
    assert "Executed notebook" not in log and "parallel_execute: executing" not in log
    assert log.count("Using cached notebook") == len(pages)


@pytest.mark.build
def test_html_download_menu_offers_the_notebook_and_the_book_pdf(site_build, html_build):
    page = (site_build / "02-framing.html").read_text(encoding="utf-8")
    assert 'href="_sources/02-framing.ipynb"' in page
    assert 'href="_static/book.pdf"' in page
    pdf = (site_build / "_static" / "book.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    notebook = (site_build / "_sources" / "03-actors.ipynb").read_text(encoding="utf-8")
    assert '"outputs": [\n' in notebook and "image/png" in notebook  # executed, with figures
    # Without a PDF built first, the menu offers the notebook but no dead PDF link.
    plain = (html_build / "02-framing.html").read_text(encoding="utf-8")
    assert 'href="_sources/02-framing.ipynb"' in plain
    assert "_static/book.pdf" not in plain and not (html_build / "_static" / "book.pdf").exists()


@pytest.mark.build
def test_a_pdf_built_later_is_offered_on_every_page_without_reexecuting(html_build, tmp_path):
    # `make book`, then `make pdf`, then `make book` again: the PDF's path is
    # part of the HTML configuration, so every page is written again with
    # the entry, and nothing is read or executed again.
    out = tmp_path / "out"
    shutil.copytree(html_build.parents[1], out, symlinks=True)
    (out / "_build" / "latex").mkdir(exist_ok=True)
    (out / "_build" / "latex" / "book.pdf").write_bytes(b"%PDF-1.4 stand-in")
    log = build(out).stdout
    assert "Executed notebook" not in log and "0 changed" in log
    for name in toc_files():
        page = (out / "_build" / "html" / f"{name}.html").read_text(encoding="utf-8")
        assert 'book.pdf"' in page, name
    assert (out / "_build" / "html" / "_static" / "book.pdf").read_bytes() == b"%PDF-1.4 stand-in"


# Each chapter reruns top to bottom from a fresh kernel, from its own folder,
# outside the book build, as `make lab` opens it, and computes what the book
# shows: every value the prose glues appears, as the rerun computed it, on
# the built page.
CHAPTERS = notebook_pages()


def _glued(nb):
    """Glued plain-text values by name, as myst-nb stores them (outputs tagged "scrapbook")."""
    import ast

    out = {}
    for cell in nb["cells"]:
        for o in cell.get("outputs", []):
            name = o.get("metadata", {}).get("scrapbook", {}).get("name")
            plain = [v for k, v in o.get("data", {}).items() if k.endswith("text/plain")]
            if name is not None and plain:
                text = plain[0]
                out[name] = ast.literal_eval(text) if text[:1] in "'\"" else text
    return out


def _page_text(html):
    import html as html_lib

    body = re.sub(r"<[^>]+>", " ", html.split('<article class="bd-article"', 1)[-1])
    return " ".join(html_lib.unescape(body).split())


@pytest.mark.build
@pytest.mark.parametrize("name", CHAPTERS)
def test_chapter_reruns_as_a_notebook_and_shows_the_books_values(name, html_build):
    import jupytext
    from nbclient import NotebookClient

    path = ROOT / "book" / f"{name}.md"
    nb = jupytext.read(path)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
    glued = _glued(nb)
    used = re.findall(r"\{glue:text\}`([^`]+)`", path.read_text(encoding="utf-8"))
    page = _page_text((html_build / f"{name}.html").read_text(encoding="utf-8"))
    missing = sorted(set(used) - set(glued))
    assert not missing, f"{name}: the rerun glued none of {missing}"
    differ = {key: glued[key] for key in used if " ".join(str(glued[key]).split()) not in page}
    assert not differ, f"{name}: rerun values not on the built page: {differ}"


def _pdf_table_rows(tex):
    """Body rows of every longtable in the LaTeX source, by (page, label)."""
    rows = {}
    pattern = r"\\begin\{longtable\}.*?\\label\{\\detokenize\{([^:}]+):([^}]+)\}\}(.*?)\\end\{longtable\}"
    for m in re.finditer(pattern, tex, re.S):
        body = m.group(3).split("\\endlastfoot", 1)[-1]
        rows[(m.group(1), m.group(2))] = len(re.findall(r"^\\\\$", body, re.M))
    return rows


def _html_table_rows(html_dir):
    """Body rows of every labelled table in the HTML pages, by (page, label)."""
    rows = {}
    for name in toc_files():
        html = (html_dir / f"{name}.html").read_text(encoding="utf-8")
        for t in re.finditer(r'<table[^>]*\bid="([^"]+)"[^>]*>(.*?)</table>', html, re.S):
            rows[(name, t.group(1))] = t.group(2).split("<tbody", 1)[-1].count("<tr")
    return rows


@pytest.mark.build
def test_every_table_keeps_all_its_rows_in_the_pdf(html_build, pdf_build):
    # Only longtables, which break across pages: tabulary and tabular cannot,
    # and LaTeX silently drops the rows that fall past the page bottom.
    tex = (pdf_build.parent / "book.tex").read_text(encoding="utf-8")
    assert "\\begin{tabulary}" not in tex and "\\begin{tabular}" not in tex
    html_rows, pdf_rows = _html_table_rows(html_build), _pdf_table_rows(tex)
    assert len(html_rows) >= 20 and sum(html_rows.values()) > 100
    assert pdf_rows == html_rows


def _overfull(log):
    """(points, where) of every overfull line box in a LaTeX log."""
    return [(float(m.group(1)), m.group(2).strip())
            for m in re.finditer(r"^Overfull \\hbox \(([\d.]+)pt too wide\) (.*)$", log, re.M)]


def test_overfull_boxes_are_read_from_the_log():
    log = ("Overfull \\hbox (1.37534pt too wide) in paragraph at lines 3--5\n[]|x|\n"
           "Overfull \\vbox (30.0pt too high) has occurred\n"
           "Overfull \\hbox (191.18443pt too wide) in paragraph at lines 8462--8464\n")
    assert _overfull(log) == [(1.37534, "in paragraph at lines 3--5"),
                              (191.18443, "in paragraph at lines 8462--8464")]


@pytest.mark.build
def test_no_line_of_the_pdf_runs_into_the_margin(pdf_build):
    # LaTeX reports a line wider than its column or page as an overfull
    # \hbox; a few points are invisible, 10 pt is a letter or more.
    log = (pdf_build.parent / "book.log").read_text(encoding="latin-1")
    assert [box for box in _overfull(log) if box[0] > 10] == []
