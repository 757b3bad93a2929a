"""Every character of the text in the PDF: a fallback font, or a visible mark.

The PDF is set in GNU FreeFont (FreeSerif, FreeSans, FreeMono: Sphinx's
fonts for xelatex). They cover Latin, Greek, Cyrillic, Armenian and more, but
not Chinese, Japanese, Korean or emoji, and xelatex drops a character its font
lacks, with only a line in its log. An article quoting a name in Hangul
would lose it from the PDF without anyone noticing.

For the LaTeX builder only, this extension

* reads which characters the book's fonts hold (their character maps, with
  fontTools, found through fontconfig's ``fc-list``);
* sets every character they lack in the first installed fallback font that
  has it (``FALLBACKS``: Noto Sans CJK, Droid Sans Fallback, DejaVu Sans,
  Symbola; fonts with only colour bitmaps, such as Noto Color Emoji, cannot
  be drawn by xelatex and are skipped);
* and replaces a character no installed font has with a visible
  ``[U+XXXX]``, and says so in one build warning listing them.

On Debian, ``fonts-droid-fallback`` covers CJK and Hangul and
``fonts-symbola`` emoji and symbols (``make tex`` installs both). Where
fontconfig or fontTools is missing the extension says so and does nothing.
The HTML build is untouched: browsers fall back to system fonts themselves.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
import unicodedata

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util import logging

logger = logging.getLogger(__name__)

# The fonts Sphinx sets the PDF in with xelatex (its default "fontpkg").
BOOK_FONTS = ("FreeSerif", "FreeSans")
# Fallback fonts, in order of preference.
FALLBACKS = ("Noto Sans CJK SC", "Droid Sans Fallback", "DejaVu Sans", "Symbola")
_SKIP = (nodes.literal_block, nodes.doctest_block, nodes.raw, nodes.math, nodes.math_block)


def _font_file(family: str) -> str | None:
    if shutil.which("fc-list") is None:
        return None
    out = subprocess.run(["fc-list", "--format", "%{file}\n", f"{family}:style=Regular"],
                         capture_output=True, text=True).stdout.split()
    if not out:
        out = subprocess.run(["fc-list", "--format", "%{file}\n", family],
                             capture_output=True, text=True).stdout.split()
    return sorted(out)[0] if out else None


@functools.lru_cache(maxsize=None)
def characters(family: str) -> frozenset[int] | None:
    """Code points ``family`` can draw, or None if it is not installed
    (or holds colour bitmaps only, which xelatex cannot draw)."""
    path = _font_file(family)
    if path is None:
        return None
    from fontTools.ttLib import TTCollection, TTFont

    font = TTCollection(path).fonts[0] if path.endswith((".ttc", ".otc")) else TTFont(path, lazy=True)
    if not any(tag in font for tag in ("glyf", "CFF ", "CFF2")):
        return None
    return frozenset(font.getBestCmap() or {})


def plan(text: str, covered: frozenset[int], fallbacks: list[tuple[str, frozenset[int]]]):
    """``text`` as runs: ``(run, family)`` where family is None for the
    book's own fonts, a fallback family, or ``"?"`` for a character no font
    has.

    >>> plan("Ab 한국 x", frozenset(map(ord, "Ab x")), [("CJK", frozenset(map(ord, "한국")))])
    [('Ab ', None), ('한국', 'CJK'), (' x', None)]
    >>> plan("a☃", frozenset([ord("a")]), [])
    [('a', None), ('☃', '?')]
    >>> plan("☃\ufe0f", frozenset(), [("Sym", frozenset([ord("☃")]))])
    [('☃\ufe0f', 'Sym')]
    """
    runs: list[tuple[str, str | None]] = []
    for ch in text:
        code = ord(ch)
        if code in covered or ch.isspace():
            family = None
        elif unicodedata.category(ch) in ("Mn", "Me", "Cf") or 0xFE00 <= code <= 0xFE0F:
            # Invisible marks (joiners, variation selectors) go with the
            # character before them, whatever font it is in.
            family = runs[-1][1] if runs and runs[-1][1] != "?" else None
        else:
            family = next((name for name, chars in fallbacks if code in chars), "?")
        if runs and runs[-1][1] == family and family != "?":
            runs[-1] = (runs[-1][0] + ch, family)
        else:
            runs.append((ch, family))
    return runs


def _command(family: str) -> str:
    return r"\nkfallback" + "".join(c for c in family.title() if c.isalpha())


class LatexGlyphs(SphinxPostTransform):
    default_priority = 950
    builders = ("latex",)

    def run(self, **kwargs) -> None:
        covered = getattr(self.app, "_nk_covered", None)
        if covered is None:
            return
        fallbacks = self.app._nk_fallbacks
        missing = self.app._nk_missing
        for text in list(self.document.findall(nodes.Text)):
            if all(ord(c) < 0x250 for c in text) or _inside(text, _SKIP):
                continue
            runs = plan(str(text), covered, fallbacks)
            if all(family is None for _, family in runs):
                continue
            replacement: list[nodes.Node] = []
            for run, family in runs:
                if family is None:
                    replacement.append(nodes.Text(run))
                elif family == "?":
                    missing.setdefault(f"U+{ord(run):04X}", set()).add(self.env.docname)
                    replacement.append(nodes.Text(f"[U+{ord(run):04X}]"))
                else:
                    replacement.append(nodes.raw("", "{" + _command(family) + " ", format="latex"))
                    replacement.append(nodes.Text(run))
                    replacement.append(nodes.raw("", "}", format="latex"))
            text.parent.replace(text, replacement)


def _inside(node: nodes.Node, kinds) -> bool:
    """Whether ``node`` lies within a node of one of ``kinds`` (as in
    latex_breaks.py; each extension stays loadable on its own)."""
    parent = node.parent
    while parent is not None and not isinstance(parent, kinds):
        parent = parent.parent
    return parent is not None


def _read_fonts(app: Sphinx) -> None:
    if app.builder.name != "latex":
        return
    try:
        import fontTools  # noqa: F401  (matplotlib's dependency)
    except ImportError:
        logger.info("latex_glyphs: fontTools is not installed; characters the fonts lack are not checked")
        return
    own = [characters(f) for f in BOOK_FONTS]
    if any(chars is None for chars in own):
        logger.info("latex_glyphs: %s not found through fontconfig; characters are not checked",
                    " or ".join(BOOK_FONTS))
        return
    app._nk_covered = frozenset.intersection(*own)
    app._nk_fallbacks = [(f, chars) for f in FALLBACKS if (chars := characters(f)) is not None]
    app._nk_missing = {}
    logger.info("latex_glyphs: fallback fonts %s", ", ".join(f for f, _ in app._nk_fallbacks) or "none")


def _preamble(app: Sphinx, config) -> None:
    # A font-switching command for each fallback font; defined only if the
    # font is installed where xelatex runs, so the PDF builds without it.
    lines = [r"\makeatletter"]
    for family in FALLBACKS:
        lines.append(rf"\IfFontExistsTF{{{family}}}{{\newfontfamily{_command(family)}{{{family}}}}}"
                     rf"{{\let{_command(family)}\relax}}")
    lines.append(r"\makeatother")
    elements = dict(config.latex_elements)
    elements["preamble"] = elements.get("preamble", "") + "\n" + "\n".join(lines) + "\n"
    config.latex_elements = elements


def _report(app: Sphinx, exception) -> None:
    missing = getattr(app, "_nk_missing", None)
    if exception is None and missing:
        shown = ", ".join(f"{code} ({', '.join(sorted(docs))})" for code, docs in sorted(missing.items()))
        logger.warning("latex_glyphs: no installed font has %d character(s), shown as [U+...] in the PDF: %s. "
                       "Install a font that covers them (fonts-noto-cjk, fonts-symbola).",
                       len(missing), shown, type="latex_glyphs", subtype="missing")


def setup(app: Sphinx) -> dict:
    app.connect("config-inited", _preamble)
    app.connect("builder-inited", _read_fonts)
    app.add_post_transform(LatexGlyphs)
    app.connect("build-finished", _report)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
