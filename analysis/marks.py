r"""Paragraphs, sentences and quotation marks in plain article text.

``read_marks`` pairs the double quotation marks of an article, whatever
their style: ``"…"``, ``“…”``, ``„…“``, ``«…»`` and Kompas print's ``”…”``,
which opens as well as closes.  A mark opens when it stands before a word
and after a space, closes when it stands after a word and before a space or
punctuation, and otherwise takes the state of the paragraph.  A quotation
left open at the end of a paragraph runs on into the next when that one
opens with a mark, the convention for quotations over several paragraphs.

Example
-------
>>> text = '”Kami siap,” kata Ani.\n\n”Kami menunggu. Lalu\n\n”kami berangkat.”'
>>> [text[s.qs:s.qe] for s in read_marks(text, paragraphs(text))]
['Kami siap,', 'Kami menunggu. Lalu\n\n”kami berangkat.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.lexicon import lexicon
from analysis.speakers import CLOSE_ONLY, MARKS, OPEN_ONLY

__all__ = ["paragraphs", "sentence_bounds", "Span", "read_marks", "quote_spans", "rstrip_at"]

_MARK = re.compile("[" + MARKS + "]")
_SPACE_BEFORE_OPEN = set(" \t\n([{—–-/")
_AFTER_CLOSE = set(" \t\n,.;:!?)]}…—–-")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph: blank-line separated, or each
    line where the text has no blank lines."""
    sep = re.compile(r"\n[ \t]*\n\s*") if re.search(r"\n[ \t]*\n", text) else re.compile(r"\n\s*")
    out, pos = [], 0
    for m in sep.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


_SENT_END = re.compile(r"[.!?…]+[\"”’»)]*(?=\s+[\"“”„«(]?[A-Z0-9])")


def sentence_bounds(text: str, a: int, b: int, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans in [a, b); never split inside a quotation."""
    out, pos = [], a
    for m in _SENT_END.finditer(text, a, b):
        cut = m.end()
        if any(qs < cut < qe for qs, qe in quotes):
            continue
        prev = text[max(a, m.start() - 4):m.start()].split()
        # Abbreviations and initials do not end a sentence.
        if prev and (len(prev[-1]) == 1 or prev[-1].lower().strip(".") in lexicon().honorific):
            continue
        out.append((pos, cut))
        pos = cut
        while pos < b and text[pos].isspace():
            pos += 1
    if pos < b:
        out.append((pos, b))
    return out


def _mark_role(text: str, i: int, a: int, b: int, is_open: bool) -> str:
    ch = text[i]
    if ch in OPEN_ONLY:
        return "open"
    if ch in CLOSE_ONLY:
        return "close"
    left = text[i - 1] if i > a else " "
    right = text[i + 1] if i + 1 < b else " "
    space_left = left in _SPACE_BEFORE_OPEN or left in MARKS
    space_right = right in _AFTER_CLOSE or right in MARKS
    if space_left and not space_right:
        return "open"
    if space_right and not space_left:
        return "close"
    return "close" if is_open else "open"


@dataclass
class Span:
    qs: int               # first character inside the marks
    qe: int               # first character after the quoted words
    ms: int               # the opening mark
    me: int               # just after the closing mark (== qe when unclosed)
    paragraph: int
    closed: bool = True
    paragraph_initial: bool = False


def read_marks(text: str, paragraphs: list[tuple[int, int]]) -> list[Span]:
    spans: list[Span] = []
    carry: Span | None = None   # a quotation left open at the end of the previous paragraph
    for pi, (a, b) in enumerate(paragraphs):
        open_at = None
        marks = [m.start() for m in _MARK.finditer(text, a, b)]
        lead = a
        while lead < b and text[lead].isspace():
            lead += 1
        if carry is not None:
            if marks and marks[0] == lead and _mark_role(text, lead, a, b, False) == "open":
                open_at = carry       # the quotation runs on into this paragraph
                marks = marks[1:]
            else:
                spans.append(carry)
            carry = None
        for i in marks:
            role = _mark_role(text, i, a, b, open_at is not None)
            if role == "open":
                if isinstance(open_at, Span):
                    # a new opening mark inside a carried quotation: close the carried one
                    open_at.qe = open_at.me = rstrip_at(text, i)
                    spans.append(open_at)
                elif open_at is not None:
                    spans.append(Span(open_at + 1, rstrip_at(text, i), open_at, rstrip_at(text, i), pi,
                                       closed=False, paragraph_initial=open_at == lead))
                open_at = i
            elif open_at is not None:
                if isinstance(open_at, Span):
                    open_at.qe, open_at.me, open_at.closed = i, i + 1, True
                    spans.append(open_at)
                else:
                    spans.append(Span(open_at + 1, i, open_at, i + 1, pi, paragraph_initial=open_at == lead))
                open_at = None
        if open_at is not None:
            if isinstance(open_at, Span):
                open_at.qe = open_at.me = rstrip_at(text, b)
                carry = open_at
            else:
                carry = Span(open_at + 1, rstrip_at(text, b), open_at, rstrip_at(text, b), pi,
                              closed=False, paragraph_initial=open_at == lead)
    if carry is not None:
        spans.append(carry)
    spans.sort(key=lambda s: s.qs)
    return [s for s in spans if text[s.qs:s.qe].strip()]


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the words inside quotation marks, whatever the
    marks' style; a quotation left open runs to the end of its paragraph.

    >>> quote_spans('"Kami tidak ingin," kata Lavrov. ”Tidak.”')
    [(1, 18), (34, 40)]
    """
    return [(s.qs, s.qe) for s in read_marks(text, paragraphs(text))]


def rstrip_at(text: str, i: int) -> int:
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i
