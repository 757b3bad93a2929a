"""Break points in long words, for the PDF only.

TeX breaks a line at spaces and, through hyphenation, inside words it knows.
A word it cannot hyphenate and that is wider than its column (a regular
expression in the appendix, a URL, a run of letters in an article) runs into
the next column or the margin; a word wider than the whole line made xelatex
stop with "This can't happen".

This post-transform, which runs for the LaTeX builder only, gives every word
of more than ``LONG`` characters places where the line may break:

* after ``| / ) ] } , ; : .`` and ``_`` and before ``(`` and ``\\``, where
  a pattern, path or identifier reads naturally across two lines (and an
  escape such as ``\\s`` stays whole);
* and, in a stretch of more than ``STRETCH`` characters with none of these,
  every ``STRETCH`` characters: with a hyphen in running text (``\\-``, a
  discretionary hyphen that shows only if the line breaks there), with none
  in code, where a hyphen would read as part of it.

Titles and captions are left alone (they also go to the PDF's bookmarks and
lists), and so are code blocks, which Sphinx wraps itself. The HTML build
is untouched; browsers wrap long words with CSS.
"""

from __future__ import annotations

import re

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.transforms.post_transforms import SphinxPostTransform

# A word this long may be broken (tables.LONGEST_KEPT_WORD in analysis/
# sizes columns for words up to 24 characters).
LONG = 24
STRETCH = 12
_AFTER = set("|/)]},;:._")
_BEFORE = set("(\\")
_SKIP = (nodes.title, nodes.caption, nodes.literal_block, nodes.doctest_block, nodes.raw,
         nodes.math, nodes.math_block, nodes.subtitle, nodes.rubric)


def pieces(word: str) -> list[str]:
    """``word`` cut where a line may break (see the module docstring).

    >>> pieces("short")
    ['short']
    >>> pieces("^(?:foto|video|ilustrasi)\\\\s*:$")
    ['^(?:', 'foto|', 'video|', 'ilustrasi)', '\\\\s*:$']
    >>> pieces("x" * 30)
    ['xxxxxxxxxxxx', 'xxxxxxxxxxxx', 'xxxxxx']
    """
    if len(word) <= LONG:
        return [word]
    out, current = [], ""
    for ch in word:
        if ch in _BEFORE and current:
            out.append(current)
            current = ""
        current += ch
        if ch in _AFTER:
            out.append(current)
            current = ""
        elif len(current) >= STRETCH and not any(c in _AFTER or c in _BEFORE for c in current):
            out.append(current)
            current = ""
    if current:
        out.append(current)
    return _join_short(out)


def _join_short(parts: list[str], shortest: int = 3) -> list[str]:
    """Pieces shorter than ``shortest`` joined to their neighbour: no line
    starts or ends with a lone ``$`` or ``^``."""
    joined: list[str] = []
    for part in parts:
        if joined and (len(part) < shortest or len(joined[-1]) < shortest):
            joined[-1] += part
        else:
            joined.append(part)
    return joined


def _inside(node: nodes.Node, kinds) -> bool:
    """Whether ``node`` lies within a node of one of ``kinds``."""
    parent = node.parent
    while parent is not None and not isinstance(parent, kinds):
        parent = parent.parent
    return parent is not None


_LONG_WORD = re.compile(r"\S{%d,}" % (LONG + 1))


class LatexLongWords(SphinxPostTransform):
    default_priority = 900
    builders = ("latex",)

    def run(self, **kwargs) -> None:
        for text in list(self.document.findall(nodes.Text)):
            if not _LONG_WORD.search(text) or _inside(text, _SKIP):
                continue
            mark = r"\allowbreak{}" if _inside(text, nodes.literal) else r"\-"
            replacement: list[nodes.Node] = []
            for chunk in re.split(r"(\s+)", str(text)):
                parts = pieces(chunk) if chunk and not chunk.isspace() else [chunk]
                for k, part in enumerate(parts):
                    if k:
                        # A hyphen only inside a run of letters; after a
                        # pattern's own punctuation a plain break reads better.
                        sep = mark if (parts[k - 1][-1:].isalpha() and part[:1].isalpha()) else r"\allowbreak{}"
                        replacement.append(nodes.raw("", sep, format="latex"))
                    if part:
                        replacement.append(nodes.Text(part))
            text.parent.replace(text, replacement)


def setup(app: Sphinx) -> dict:
    app.add_post_transform(LatexLongWords)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
