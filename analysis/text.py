"""Tokens and sentences, with NLTK parts that need no downloaded data.

Words come from an NLTK ``RegexpTokenizer``; sentences from an untrained
``PunktSentenceTokenizer``.  Nothing here removes stopwords: Indonesian
stopword lists contain *kata*, *ujar*, *menurut*, *mengatakan* and *oleh*,
the very words attribution depends on.

Example
-------
>>> words("Rusia kirim pasukan penjaga perdamaian di Nagorno-Karabakh.")
['Rusia', 'kirim', 'pasukan', 'penjaga', 'perdamaian', 'di', 'Nagorno-Karabakh']
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pandas as pd
from nltk.tokenize import PunktSentenceTokenizer, RegexpTokenizer

__all__ = ["words", "split_sentences", "sentences", "whole_words", "read_word_list", "FirstWordIndex", "first_word", "word_set", "stemmer", "replace_marked", "ANALYSED_KINDS"]

#: Line kinds whose text is analysed: everything the outlet wrote about the story.
ANALYSED_KINDS = ("headline", "caption", "subheading", "body")

# Words keep inner hyphens and apostrophes ("Nagorno-Karabakh", "upaya-upaya")
# and numbers keep their separators ("10/11/2020", "27").
_WORD = RegexpTokenizer(r"\w+(?:[-'/.]\w+)*")
_PUNKT = PunktSentenceTokenizer()


def words(text: str) -> list[str]:
    """Word tokens of ``text`` in order, case kept."""
    return _WORD.tokenize(text)


def split_sentences(text: str) -> list[tuple[int, int, str]]:
    """Sentences of one paragraph as ``(start, end, text)`` character spans.

    Example
    -------
    >>> [s for _, _, s in split_sentences("Prancis mendorong. Prancis khawatir.")]
    ['Prancis mendorong.', 'Prancis khawatir.']
    """
    out = []
    for offset, chunk in _chunks(text):
        out += [(offset + a, offset + b, chunk[a:b]) for a, b in _PUNKT.span_tokenize(chunk)]
    return out


#: Punkt reads a paragraph in pieces of at most this many characters, cut
#: after a sentence end where there is one, so that a runaway paragraph
#: costs time in proportion to its length.
MAX_CHUNK = 100_000


def _chunks(text: str) -> list[tuple[int, str]]:
    pos, out = 0, []
    while len(text) - pos > MAX_CHUNK:
        end = pos + MAX_CHUNK
        cut = max(text.rfind(". ", pos, end), text.rfind("? ", pos, end), text.rfind("! ", pos, end))
        cut = cut + 2 if cut > pos else (text.rfind(" ", pos, end) + 1 if text.rfind(" ", pos, end) > pos else end)
        out.append((pos, text[pos:cut]))
        pos = cut
    out.append((pos, text[pos:]))
    return out


def sentences(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Sentence table for the analysed kinds of a corpus's ``paragraphs``.

    The headline is sentence 0 of its article; the other sentences are
    numbered from 1 in reading order.
    """
    rows = []
    analysed = paragraphs[paragraphs["kind"].isin(ANALYSED_KINDS)]
    for article_id, group in analysed.groupby("article_id", sort=False):
        n = 0
        for position, kind, text in zip(group["position"], group["kind"], group["text"]):
            for start, end, sent in split_sentences(text):
                sid = 0 if kind == "headline" else n + 1
                if kind != "headline":
                    n += 1
                rows.append(
                    {
                        "article_id": article_id,
                        "sentence_id": sid,
                        "position": position,
                        "kind": kind,
                        "start": start,
                        "end": end,
                        "text": sent,
                    }
                )
    return pd.DataFrame(
        rows, columns=["article_id", "sentence_id", "position", "kind", "start", "end", "text"]
    )


def whole_words(pattern: str, literal: bool = False) -> re.Pattern:
    """A case-insensitive pattern that matches only whole words or phrases.

    ``pattern`` is a regular expression (or, with ``literal=True``, a plain
    phrase); it never matches inside a longer word.

    Example
    -------
    >>> bool(whole_words("khawatir").search("dikhawatirkan")), bool(whole_words("khawatir").search("Prancis khawatir"))
    (False, True)
    """
    body = re.escape(pattern) if literal else pattern
    return re.compile(r"(?<!\w)(?:" + body + r")(?!\w)", re.I)


_WORD_RUN = re.compile(r"\w+")


def first_word(phrase: str) -> str | None:
    """The lower-cased first run of word characters of ``phrase``, if any.

    Example
    -------
    >>> first_word("Nagorno-Karabakh"), first_word("--")
    ('nagorno', None)
    """
    match = _WORD_RUN.match(phrase)
    return match.group().lower() if match else None


def word_set(text: str) -> set[str]:
    """Every run of word characters in ``text``, lower-cased, once each."""
    return set(_WORD_RUN.findall(text.lower()))


class FirstWordIndex:
    r"""Which of many whole-word phrases a text could contain, by first word.

    A phrase matched with ``(?<!\w)`` and ``(?!\w)`` boundaries (as
    :func:`whole_words` builds) can only occur where its first run of word
    characters is a whole word of the text. Trying only those phrases gives the
    same matches as trying them all, at a fraction of the cost when the
    phrase list is long. Matching is assumed case-insensitive at most, so
    words are compared lower-cased; phrases that do not start with a word
    character are always candidates.

    Example
    -------
    >>> index = FirstWordIndex(["gencatan senjata", "kesepakatan", "perjanjian damai"])
    >>> index.candidates("Kesepakatan gencatan senjata itu")
    [0, 1]
    """

    def __init__(self, phrases):
        self._by_word: dict[str, list[int]] = {}
        self._always: list[int] = []
        for i, phrase in enumerate(phrases):
            first = first_word(phrase)
            if first:
                self._by_word.setdefault(first, []).append(i)
            else:
                self._always.append(i)

    def candidates(self, text: str) -> list[int]:
        """Positions (in the original order) of the phrases worth trying on ``text``."""
        found = set(self._always)
        for word in word_set(text):
            found.update(self._by_word.get(word, ()))
        return sorted(found)


def read_word_list(path: Path) -> set[str]:
    """Lower-cased words of a one-word-a-line file; ``#`` lines are comments."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return {w.strip().lower() for w in lines if w.strip() and not w.lstrip().startswith("#")}


@lru_cache(maxsize=1)
def stemmer():
    """Sastrawi's Indonesian stemmer, built once (it ships its own dictionary).

    Sastrawi keeps its ~30,000 root words in a list and tests membership by
    scanning it, dozens of times per word stemmed (about 20 ms a word).  The
    same words in a set give the same answers at once.

    >>> stemmer().stem("perdamaian")
    'damai'
    """
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    built = StemmerFactory().create_stemmer()
    dictionary = built.delegatedStemmer.dictionary
    dictionary.words = frozenset(dictionary.words)
    return built


def replace_marked(document: str, name: str, new: str) -> str:
    """``document`` with the text between ``<!-- name:start -->`` and
    ``<!-- name:end -->`` replaced by ``new``; unchanged without the markers.

    >>> replace_marked("a <!-- x:start -->old<!-- x:end --> b", "x", "new")
    'a <!-- x:start -->\\nnew<!-- x:end --> b'
    """
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    if start not in document or end not in document:
        return document
    head, rest = document.split(start, 1)
    _, tail = rest.split(end, 1)
    return f"{head}{start}\n{new}{end}{tail}"
