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

__all__ = ["escape", "to_myst", "show", "auto_widths"]

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


def auto_widths(df: pd.DataFrame, most: int = 60) -> list[int]:
    """Relative column widths from the text each column holds.

    A column is as wide as its longest word (so no word must break) or its
    average cell, whichever is wider, capped at ``most`` characters. Without
    widths Sphinx sets PDF columns that never wrap and run off the page.

    >>> auto_widths(pd.DataFrame({"id": ["a1", "b2"], "text": ["kata " * 30, "x"]}))
    [3, 60]
    """
    widths = []
    for i, column in enumerate(df.columns):
        texts = [" ".join(str(column).split())] + [escape(v).replace("\\", "") for v in df.iloc[:, i]]
        longest_word = max((len(w) for t in texts for w in t.split()), default=1)
        cells = texts[1:] or texts
        typical = round(sum(len(t) for t in cells) / len(cells))
        widths.append(max(3, min(most, max(longest_word, typical))))
    return widths


def to_myst(df: pd.DataFrame, caption: str, name: str, widths: list[int] | None = None,
            markup_columns: tuple[str, ...] = ()) -> str:
    """MyST source of a ``{list-table}`` holding ``df`` (index not shown).

    ``caption`` is escaped like the cells; ``name`` is the label for
    ``{numref}``.  ``widths`` are relative column widths (by default
    :func:`auto_widths`).  Cells of
    ``markup_columns`` are written as MyST, unescaped: use them only for
    markup the code itself builds (cross-references), never article text.
    """
    if not re.fullmatch(r"[a-z0-9-]+", name):
        raise ValueError(f"table name {name!r} must be lower-case letters, digits and hyphens")
    # longtable: in the PDF every table may break across pages (Sphinx would
    # set a short one with tabulary, which cannot, and rows past the page
    # bottom would be lost).
    lines = [f"````{{list-table}} {escape(caption)}", f":name: {name}", ":header-rows: 1", ":width: 100%",
             ":class: longtable"]
    df = _counts_as_integers(df)
    widths = widths or auto_widths(df)
    lines.append(":widths: " + " ".join(str(w) for w in widths))
    lines.append("")
    raw = {i for i, c in enumerate(df.columns) if c in markup_columns}
    for r, row in enumerate([list(df.columns)] + df.astype(object).values.tolist()):
        for i, cell in enumerate(row):
            text = str(cell) if (r > 0 and i in raw) else escape(cell)
            lines.append(("* - " if i == 0 else "  - ") + (text or "\u2014"))
    lines.append("````")
    return "\n".join(lines)


def show(df: pd.DataFrame, caption: str, name: str, widths: list[int] | None = None,
         markup_columns: tuple[str, ...] = ()) -> Markdown:
    """Display ``df`` as a captioned table in the book (see :func:`to_myst`)."""
    return Markdown(to_myst(df, caption, name, widths, markup_columns))
