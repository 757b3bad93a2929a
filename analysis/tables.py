r"""Render DataFrames as captioned, numbered MyST tables for HTML and PDF.

A table is emitted as Markdown that myst-nb parses (``nb_render_markdown_format:
myst``), so it becomes a real table in both the HTML and the LaTeX output,
numbered and citable with ``{numref}``.  Every cell is escaped first: article
text that contains Markdown, MyST roles, HTML or ``$`` is shown literally and
never interpreted.

Example
-------
>>> import pandas as pd
>>> md = to_myst(pd.DataFrame({"a": ["<b>x</b>"]}), "A caption", "tbl-x")
>>> "\\<b\\>x\\<\\/b\\>" in md
True
"""

from __future__ import annotations

import re
import string

import pandas as pd
from IPython.display import Markdown

__all__ = ["escape", "code_span", "to_myst", "show", "auto_widths", "fit_widths"]

_PUNCT = re.compile("([" + re.escape(string.punctuation) + "])")


def escape(value) -> str:
    """Text of ``value`` with every ASCII punctuation mark backslash-escaped.

    CommonMark lets any ASCII punctuation be escaped, so the result renders
    exactly as the input, whatever Markdown, MyST or HTML it contains.
    """
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    text = " ".join(str(value).split())
    return _PUNCT.sub(r"\\\1", text)


def code_span(value) -> str:
    """``value`` as a Markdown code span, shown literally in a fixed-width font.

    The fence is one backtick longer than the longest run of backticks
    inside, and padded with a space where the text starts or ends with one.

    >>> code_span(r"^\\s*(?:a|b)$")
    '`^\\\\s*(?:a|b)$`'
    >>> code_span("a`b")
    '``a`b``'
    >>> code_span("`x")
    '`` `x ``'
    >>> code_span(None)
    ''
    """
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    text = " ".join(str(value).split())
    if not text:
        return ""
    fence = "`" * (max((len(run) for run in re.findall("`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _counts_as_integers(df: pd.DataFrame) -> pd.DataFrame:
    """Float columns whose values are all whole numbers, as integers.

    pandas turns a count column into floats as soon as one cell is missing
    (after a pivot or a merge); a reader should see 80, not 80.0.

    >>> _counts_as_integers(pd.DataFrame({"n": [80.0, None], "x": [0.5, 1.0]})).astype(object).values.tolist()
    [[80, 0.5], [<NA>, 1.0]]
    """
    out = df.copy()
    for i, column in enumerate(out.columns):
        values = out.iloc[:, i]
        if pd.api.types.is_float_dtype(values) and values.notna().any() \
                and (values.dropna() % 1 == 0).all():
            out.isetitem(i, values.astype("Int64"))
    return out


# The PDF's measures (A4, Sphinx's one-inch margins, 10 pt FreeSerif/FreeSans),
# used to keep every word of a column inside it. A character is taken as
# 6 pt in the sans-serif headers ("Kompas.com" is 58 pt in FreeSans) and
# 5.4 pt in the serif cells (53 pt in FreeSerif: capitals and m's are wide);
# each column loses two 6 pt \tabcolsep and a rule.
LINE_PT = 453.0
COLUMN_PAD_PT = 12.4
HEADER_CHAR_PT = 6.0
CHAR_PT = 5.4
# Longer words do not set a column's width: the book's LaTeX extension
# (book/_ext/latex_breaks.py) lets them break instead.
LONGEST_KEPT_WORD = 24


def _words(df: pd.DataFrame, i: int) -> list[str]:
    """Column ``i``'s header, then its cells, as the reader sees them."""
    return [" ".join(str(df.columns[i]).split())] + [escape(v).replace("\\", "") for v in df.iloc[:, i]]


def auto_widths(df: pd.DataFrame, most: int = 60) -> list[int]:
    """Relative column widths from the text each column holds.

    A column is as wide as its longest word (so no word must break) or its
    average cell, whichever is wider, capped at ``most`` characters. Without
    widths Sphinx sets PDF columns that never wrap and run off the page.

    >>> auto_widths(pd.DataFrame({"id": ["a1", "b2"], "text": ["kata " * 30, "x"]}))
    [3, 60]
    """
    widths = []
    for i in range(len(df.columns)):
        texts = _words(df, i)
        longest_word = max((len(w) for t in texts for w in t.split()), default=1)
        cells = texts[1:] or texts
        typical = round(sum(len(t) for t in cells) / len(cells))
        widths.append(max(3, min(most, max(longest_word, typical))))
    return widths


def fit_widths(df: pd.DataFrame, widths: list[int] | None = None) -> list[int]:
    """Column widths, in thousandths of the line, that hold every word.

    ``widths`` (relative; by default :func:`auto_widths`) says how the line
    should be shared. A column too narrow for its longest word (header
    included, up to :data:`LONGEST_KEPT_WORD` characters of a cell) is widened to hold
    it, and the widening is taken from the columns that have room to spare,
    in proportion to their share. Where even the narrowest fit is wider
    than the line, each column gets its minimum, scaled down alike.

    Two columns of 10/90 where the first holds a 20-letter word: the first
    needs (20 × 5.4 + 12.4) / 453 of the line, 266 thousandths.

    >>> df = pd.DataFrame({"a": ["x" * 20], "b": ["y"]})
    >>> fit_widths(df, [10, 90])
    [266, 734]
    >>> fit_widths(df, [50, 50])
    [500, 500]
    """
    if widths is None:
        widths = auto_widths(df)
    if len(widths) != len(df.columns):
        raise ValueError(f"{len(widths)} widths for {len(df.columns)} columns")
    if any(w <= 0 for w in widths):
        raise ValueError(f"widths must be positive: {widths}")
    need = []
    for i in range(len(df.columns)):
        header, *cells = _words(df, i)
        header_pt = max((len(w) for w in header.split()), default=1) * HEADER_CHAR_PT
        cell_pt = max((len(w) for t in cells for w in t.split()), default=1) * CHAR_PT
        longest_pt = min(max(header_pt, cell_pt), LONGEST_KEPT_WORD * CHAR_PT)
        need.append((longest_pt + COLUMN_PAD_PT) / LINE_PT)
    if sum(need) >= 1:
        share = [n / sum(need) for n in need]
    else:
        wanted = [w / sum(widths) for w in widths]
        fixed: set[int] = set()
        while True:
            room = 1 - sum(need[i] for i in fixed)
            free = sum(wanted[i] for i in range(len(wanted)) if i not in fixed)
            share = [need[i] if i in fixed else wanted[i] * room / free for i in range(len(wanted))]
            short = {i for i in range(len(share)) if i not in fixed and share[i] < need[i]}
            if not short:
                break
            fixed |= short
    return [max(1, round(1000 * s)) for s in share]


def to_myst(df: pd.DataFrame, caption: str, name: str, widths: list[int] | None = None,
            markup_columns: tuple[str, ...] = (), code_columns: tuple[str, ...] = ()) -> str:
    """MyST source of a ``{list-table}`` holding ``df`` (index not shown).

    ``caption`` is escaped like the cells; ``name`` is the label for
    ``{numref}``.  ``widths`` are relative column widths (by default
    :func:`auto_widths`).  Cells of
    ``markup_columns`` are written as MyST, unescaped: use them only for
    markup the code itself builds (cross-references), never article text.
    Cells of ``code_columns`` (patterns, file names) are set as code spans,
    literally, in a fixed-width font (:func:`code_span`).
    """
    if not re.fullmatch(r"[a-z0-9-]+", name):
        raise ValueError(f"table name {name!r} must be lower-case letters, digits and hyphens")
    # longtable: in the PDF every table may break across pages (Sphinx would
    # set a short one with tabulary, which cannot, and rows past the page
    # bottom would be lost).
    lines = [f"````{{list-table}} {escape(caption)}", f":name: {name}", ":header-rows: 1", ":width: 100%",
             ":class: longtable"]
    df = _counts_as_integers(df)
    widths = fit_widths(df, widths)
    lines.append(":widths: " + " ".join(str(w) for w in widths))
    lines.append("")
    raw = {i for i, c in enumerate(df.columns) if c in markup_columns}
    code = {i for i, c in enumerate(df.columns) if c in code_columns}
    for r, row in enumerate([list(df.columns)] + df.astype(object).values.tolist()):
        for i, cell in enumerate(row):
            if r > 0 and i in raw:
                text = str(cell)
            elif r > 0 and i in code:
                text = code_span(cell)
            else:
                text = escape(cell)
            lines.append(("* - " if i == 0 else "  - ") + (text or "\u2014"))
    lines.append("````")
    return "\n".join(lines)


def show(df: pd.DataFrame, caption: str, name: str, widths: list[int] | None = None,
         markup_columns: tuple[str, ...] = (), code_columns: tuple[str, ...] = ()) -> Markdown:
    """Display ``df`` as a captioned table in the book (see :func:`to_myst`)."""
    return Markdown(to_myst(df, caption, name, widths, markup_columns, code_columns))
