"""Scripts the PDF's fonts lack: set in a fallback font, or shown as a mark.

``book/_ext/latex_glyphs.py`` on a small document with Sphinx's LaTeX
builder and, where TeX Live is installed, xelatex: Hangul, Chinese and a
snowman must reach the PDF's text, an unassigned-looking private-use
character (which no font has) must show as ``[U+E000]`` and be reported in
one warning, and the article's Latin text must be untouched.
"""

from __future__ import annotations

import importlib.util
import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXT = ROOT / "book" / "_ext"
TEXT = "Menurut Lee Jae-myung (이재명) dan Xi (习近平) ☃ kini \ue000 selesai."


def _glyphs():
    spec = importlib.util.spec_from_file_location("latex_glyphs", EXT / "latex_glyphs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _fonts_available():
    g = _glyphs()
    return shutil.which("fc-list") and all(g.characters(f) for f in g.BOOK_FONTS)


def test_plan_groups_runs_by_font():
    g = _glyphs()
    covered = frozenset(map(ord, "Menurut dan kini."))
    fallbacks = [("CJK", frozenset(map(ord, "이재명习近平"))), ("Sym", frozenset([ord("☃")]))]
    assert g.plan("dan 이재명 ☃☃ \ue000\ue000.", covered, fallbacks) == [
        ("dan ", None), ("이재명", "CJK"), (" ", None), ("☃☃", "Sym"), (" ", None),
        ("\ue000", "?"), ("\ue000", "?"), (".", None)]


def test_each_fallback_gets_a_latex_command_of_letters_only():
    g = _glyphs()
    assert g._command("Noto Sans CJK SC") == r"\nkfallbackNotoSansCjkSc"
    assert len({g._command(f) for f in g.FALLBACKS}) == len(g.FALLBACKS)


@pytest.fixture(scope="module")
def latex_build(tmp_path_factory):
    if not _fonts_available():
        pytest.skip("fontconfig or FreeFont not installed")
    from sphinx.application import Sphinx

    src = tmp_path_factory.mktemp("src")
    (src / "conf.py").write_text(
        "import sys\n"
        f"sys.path.insert(0, {str(EXT)!r})\n"
        "extensions = ['latex_glyphs']\n"
        "latex_engine = 'xelatex'\n"
        "latex_documents = [('index', 'doc.tex', 'T', 'A', 'manual')]\n"
    )
    (src / "index.rst").write_text(f"Title\n=====\n\n{TEXT}\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    warnings = io.StringIO()
    app = Sphinx(str(src), str(src), str(out), str(out / ".doctrees"), "latex",
                 status=None, warning=warnings, freshenv=True)
    app.build()
    return out, warnings.getvalue()


def test_a_character_no_font_has_is_marked_and_reported(latex_build):
    out, warnings = latex_build
    tex = (out / "doc.tex").read_text(encoding="utf-8")
    assert "{[}U+E000{]}" in tex and "\ue000" not in tex
    assert "no installed font has 1 character(s)" in warnings and "U+E000 (index)" in warnings


def test_latin_text_is_untouched_and_fallbacks_are_switched_in(latex_build):
    out, _ = latex_build
    g = _glyphs()
    tex = (out / "doc.tex").read_text(encoding="utf-8")
    assert "Menurut Lee Jae\\sphinxhyphen{}myung (" in tex
    first = next((f for f in g.FALLBACKS if (g.characters(f) or set()) >= set(map(ord, "이재명"))), None)
    if first:
        assert "{" + g._command(first) + " 이재명}" in tex


@pytest.mark.build
def test_the_pdf_shows_every_script_a_font_is_installed_for(latex_build):
    if shutil.which("xelatex") is None or shutil.which("pdftotext") is None:
        pytest.skip("TeX Live or poppler not installed")
    out, _ = latex_build
    env = {**os.environ, "LATEXMKOPTS": "-silent"}
    result = subprocess.run(["make", "all-pdf"], cwd=out, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stdout[-3000:]
    text = subprocess.run(["pdftotext", str(out / "doc.pdf"), "-"], capture_output=True, text=True).stdout
    g = _glyphs()
    fallback = set().union(*(chars for f in g.FALLBACKS if (chars := g.characters(f))))
    for ch in "이재명习近平☃":
        if ord(ch) in fallback:
            assert ch in text, ch
    assert "[U+E000]" in text
    log = (out / "doc.log").read_text(encoding="latin-1")
    missing = [line for line in log.splitlines() if line.startswith("Missing character")]
    assert not [m for m in missing if any(ord(c) in fallback for c in m)], missing
