"""Tables as the PDF sets them: every word fits its column, patterns as code.

``analysis.tables.fit_widths`` turns a chapter's relative widths into
thousandths of the line and widens a column too narrow for its longest
word. The expected widths below are worked out by hand from the module's
measures (a character 5.4 pt in a cell and 6 pt in a header, a column's
padding 12.4 pt, a 453 pt line).

``book/_ext/latex_breaks.py`` gives long words break points in the PDF; its
cutting is tested here, and its effect on a real LaTeX document with
Sphinx's LaTeX builder (no TeX needed).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pandas as pd
import pytest

from analysis import tables

ROOT = Path(__file__).resolve().parent.parent


def need(chars: int, char_pt: float = 5.4) -> float:
    """Share of the line a column needs for a word of ``chars`` characters."""
    return (chars * char_pt + 12.4) / 453


# -- fit_widths ------------------------------------------------------------


def test_given_widths_are_kept_when_every_word_fits():
    df = pd.DataFrame({"a": ["x"], "b": ["y"], "c": ["z"]})
    assert tables.fit_widths(df, [20, 30, 50]) == [200, 300, 500]


def test_a_narrow_column_is_widened_to_its_longest_word_from_the_others():
    # "dikhawatirkan" is 13 characters: it needs (13*5.4+12.4)/453 = 0.1823
    # of the line. The remaining 0.8177 is shared 45:45 by the other two.
    df = pd.DataFrame({"w": ["dikhawatirkan"], "s": ["a b"], "g": ["c d"]})
    assert tables.fit_widths(df, [10, 45, 45]) == [182, 409, 409]


def test_the_header_counts_as_a_word_of_its_column():
    # "Speaker" (7 sans-serif letters, 6 pt each) in a column of two-letter
    # cells: (42+12.4)/453 = 0.1201 of the line.
    df = pd.DataFrame({"Speaker": ["ab"], "Text": ["x"]})
    assert tables.fit_widths(df, [5, 95]) == [120, 880]


def test_widening_one_column_can_push_another_below_its_word():
    # a needs 0.2658 (20 chars). Sharing the rest 10:80 would give b
    # 0.7342*10/90 = 0.0816, below its 0.1466 (10 chars), so b is fixed too
    # and c gets what is left: 1 - 0.2658 - 0.1466 = 0.5876.
    df = pd.DataFrame({"a": ["x" * 20], "b": ["y" * 10], "c": ["z"]})
    assert tables.fit_widths(df, [10, 10, 80]) == [266, 147, 588]


def test_words_longer_than_the_kept_length_are_left_to_break():
    # A 200-character pattern does not claim the line: the column needs
    # only what a 24-character word needs.
    df = pd.DataFrame({"pattern": ["x" * 200], "reason": ["why"]})
    assert tables.fit_widths(df, [10, 90])[0] == round(1000 * need(tables.LONGEST_KEPT_WORD))


def test_when_no_fit_exists_the_minimums_are_scaled_alike():
    df = pd.DataFrame({f"c{i}": ["x" * 24] for i in range(8)})
    assert tables.fit_widths(df) == [125] * 8


def test_default_widths_come_from_the_text():
    df = pd.DataFrame({"id": ["a1", "b2"], "text": ["kata " * 30, "x"]})
    # auto_widths gives [3, 60], 0.0476 of the line for "id", which needs
    # (2*6+12.4)/453 = 0.0539 for its header.
    assert tables.fit_widths(df) == [54, 946]


@pytest.mark.parametrize("widths", [[1], [1, 0], [1, -2]])
def test_bad_widths_are_refused(widths):
    with pytest.raises(ValueError):
        tables.fit_widths(pd.DataFrame({"a": ["x"], "b": ["y"]}), widths)


def test_to_myst_writes_the_fitted_widths():
    df = pd.DataFrame({"w": ["dikhawatirkan"], "s": ["a b"], "g": ["c d"]})
    assert ":widths: 182 409 409" in tables.to_myst(df, "C", "tbl-c", widths=[10, 45, 45])


# -- code columns ----------------------------------------------------------


def test_code_columns_are_code_spans_and_other_cells_stay_escaped():
    df = pd.DataFrame({"pattern": [r"^(?i:foto)\s*:$"], "reason": ["a *caption*"]})
    md = tables.to_myst(df, "Rules", "tbl-r", code_columns=("pattern",))
    assert "* - `^(?i:foto)\\s*:$`" in md.splitlines()
    assert "  - a \\*caption\\*" in md.splitlines()
    # The header of a code column is a header, not code.
    assert "* - pattern" in md.splitlines()


def test_a_code_cell_renders_literally_in_myst():
    from markdown_it import MarkdownIt

    for value in [r"a|b\s*`x`", "``", "` lead", r"\\d+"]:
        html = MarkdownIt("commonmark").renderInline(tables.code_span(value))
        inner = html.removeprefix("<code>").removesuffix("</code>")
        assert inner.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">") == value


# -- book/_ext/latex_breaks.py ---------------------------------------------


def _breaks():
    spec = importlib.util.spec_from_file_location("latex_breaks", ROOT / "book" / "_ext" / "latex_breaks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_short_words_are_not_cut():
    assert _breaks().pieces("ketidakadilan") == ["ketidakadilan"]


def test_a_pattern_breaks_at_its_own_punctuation_and_keeps_escapes_whole():
    parts = _breaks().pieces(r"^(?i:follow|ikuti|gabung)\b.{0,60}\b(?i:google")
    assert "".join(parts) == r"^(?i:follow|ikuti|gabung)\b.{0,60}\b(?i:google"
    assert parts[:4] == ["^(?i:", "follow|", "ikuti|", "gabung)"]
    assert all(not p.endswith("\\") for p in parts)


def test_a_long_run_of_letters_is_cut_every_stretch():
    b = _breaks()
    parts = b.pieces("a" * 30)
    assert parts == ["a" * b.STRETCH, "a" * b.STRETCH, "a" * (30 - 2 * b.STRETCH)]


def test_no_piece_is_a_lone_character():
    parts = _breaks().pieces("^" + "(abcdefgh)" * 3 + "$")
    assert all(len(p) >= 3 for p in parts), parts


@pytest.fixture(scope="module")
def latex_of(tmp_path_factory):
    """The .tex Sphinx's LaTeX builder writes for a small reST document."""
    from sphinx.application import Sphinx

    def build(body: str) -> str:
        src = tmp_path_factory.mktemp("src")
        (src / "conf.py").write_text(
            "import sys\n"
            f"sys.path.insert(0, {str(ROOT / 'book' / '_ext')!r})\n"
            "extensions = ['latex_breaks']\n"
            "latex_documents = [('index', 'doc.tex', 'T', 'A', 'manual')]\n"
        )
        (src / "index.rst").write_text("Title\n=====\n\n" + body + "\n")
        out = tmp_path_factory.mktemp("out")
        app = Sphinx(str(src), str(src), str(out), str(out / ".doctrees"), "latex",
                     status=None, warning=None, freshenv=True)
        app.build()
        return (out / "doc.tex").read_text()

    return build


def test_the_pdf_gets_break_points_in_long_words_only(latex_of):
    word = "x" * 30
    tex = latex_of(f"Short words stay. A {word} and ``^(?i:follow|ikuti|gabung)$`` here.")
    assert r"xxxxxxxxxxxx\-xxxxxxxxxxxx\-xxxxxx" in tex
    # In code: plain break points, never a hyphen.
    assert r"follow|\allowbreak{}ikuti|\allowbreak{}gabung)\$" in tex
    assert r"Short words stay." in tex


def test_titles_are_left_alone(latex_of):
    word = "y" * 30
    tex = latex_of(f"{word}\n{'-' * 30}\n\nText.")
    # The heading (a \chapter or \section) keeps its word whole.
    assert "{" + word + "}" in tex
