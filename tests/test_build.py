"""The book builds strictly, in HTML and PDF, and shows no errors to a reader."""

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


def build(out, *extra):
    result = subprocess.run(
        [str(JB), "build", "book/", "--path-output", str(out), *STRICT, *extra],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return result


@pytest.fixture(scope="session")
def html_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("html")
    build(out)
    return out / "_build" / "html"


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
    # unnumbered "Appendix" part's chapter as "A", and the bibliography with
    # no number (book/_ext/latex_backmatter.py). Before the extension the
    # appendix printed as "Chapter Six" and the references as an empty
    # "Chapter Seven" followed by a separate "Bibliography".
    toc = (pdf_build.parent / "book.toc").read_text(encoding="utf-8")
    chapters = re.findall(r"\\contentsline \{chapter\}\{(?:\\numberline \{(\w+)\})?([^}]*)\}", toc)
    assert chapters == [
        ("1", "The articles"),
        ("2", "Framing differences"),
        ("3", "Who acts, who speaks"),
        ("4", "How the ceasefire is characterised"),
        ("5", "What the comparison shows"),
        ("A", "Methods and data"),
        ("", "References"),
    ]
    # pypdf skips longtable captions; poppler's pdftotext (installed by .ci/run) reads them.
    text = subprocess.run(["pdftotext", str(pdf_build), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    assert "Table A.1: Every claim in the prose" in flat  # floats follow the appendix letter
    assert "Bibliography" not in flat


@pytest.fixture(scope="session")
def site_build(pdf_build):
    """The HTML built after the PDF, into the same output folder (`make site`)."""
    out = pdf_build.parents[2]
    build(out)
    return out / "_build" / "html"


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
