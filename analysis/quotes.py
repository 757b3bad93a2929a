"""Quotations and their speakers in any Indonesian news text.

``find_quotes(text)`` reads one article as plain text (paragraphs separated
by blank lines, or by line breaks) and returns one row per quotation: where
it is, what kind it is, the reporting word, who said it, in which office,
and which wire or outlet the sentence cites for it.  It knows nothing about
any particular article or conflict: its word lists are data files in
``data/quotes/`` (reporting verbs, relay phrases, titles and offices, words
that end a name), and its accuracy is measured on PFSA-ID, a public corpus
of hand-annotated Kompas articles (``analysis.evaluation``).

How it reads
------------
1. **Quote marks.**  ``"``, ``“ ”``, ``„``, ``« »`` and Kompas print's ``”``
   used to open as well as close.  A mark opens when it stands before a word
   and after a space, closes when it stands after a word and before a space
   or punctuation, and otherwise takes the state of the paragraph.  A
   quotation left open at the end of a paragraph runs on into the next when
   that one opens with a mark (the convention for multi-paragraph quotes).
2. **Cues.**  A reporting word right after the closing mark (``"…," kata X``,
   ``ujarnya``), or before the opening mark in the same sentence
   (``X mengatakan, "…"``, ``kata X, "…"``, ``menurut X: "…"``).  A word one
   edit away from a listed reporting verb, whose Sastrawi stem is not some
   other dictionary root, counts as that verb (a misspelling).
3. **Kinds.**  ``direct``: the cue stands outside the marks.  ``mixed``: the
   marks enclose a fragment inside a reported clause (``X mengatakan
   pemerintah "tidak akan mundur"``).  ``indirect``: a reporting verb with a
   named speaker and no marks (``X menegaskan bahwa …``, ``menurut X, …``).
   Quoted words with no cue are a quotation only where they open a
   paragraph and continue an earlier speaker; a short quoted phrase without
   a cue, or one after *berjudul*, *bertajuk* and the like, is a scare quote
   or a title and is left out.
4. **Speakers.**  The noun phrase after a postposed cue or before a verb,
   split into a name (the last run of capitalised words that are not
   offices, organisations or places) and a role (the rest).  *Ia*, *dia*,
   *beliau* and the clitic *-nya* (``katanya``) resolve to the person last
   introduced; a surname or a bare title resolves to the fullest earlier
   name that shares it.  A speaker introduced with an age in brackets
   (``Ani (34)``) or as a resident, trader, victim and so on is marked an
   ordinary person.
5. **Relays.**  *dilansir dari*, *dikutip dari*, *dimuat*, *mengutip*,
   *X melaporkan*, *kata X kepada Reuters* in the quotation's sentence.

Example
-------
>>> text = ('JAKARTA, KOMPAS.com - Menteri Kesehatan Budi Santoso meninjau '
...         'rumah sakit.\\n\\n"Kami siap," kata Budi kepada wartawan.')
>>> q = find_quotes(text)
>>> q[["kind", "cue", "speaker", "speaker_role"]].values.tolist()
[['direct', 'kata', 'Budi Santoso', 'Menteri Kesehatan']]
>>> text[q.loc[0, "start"]:q.loc[0, "end"]]
'Kami siap,'
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import pandas as pd
from nltk.metrics.distance import edit_distance

from analysis.text import read_word_list, stemmer

DATA = Path(__file__).resolve().parent / "data" / "quotes"
VERBS_FILE = DATA / "reporting_verbs.csv"
RELAY_FILE = DATA / "relay_phrases.csv"
TITLES_FILE = DATA / "titles.csv"
NAME_STOPS_FILE = DATA / "name_stops.csv"
TITLE_CUES_FILE = DATA / "title_cues.txt"
PLACES_FILE = DATA / "places.txt"
ABBREVIATIONS_FILE = DATA / "office_abbreviations.csv"
OUTLETS_FILE = Path(__file__).resolve().parent / "data" / "outlets.tsv"

__all__ = ["find_quotes", "find_people", "reporting_verbs", "COLUMNS", "QuoteError"]

COLUMNS = [
    "start", "end", "text", "kind", "cue", "speaker", "speaker_role",
    "speaker_type", "speaker_surface", "relayed_via", "relay_inherited", "continued", "paragraph",
]

OPEN_ONLY = "“„«"
CLOSE_ONLY = "»"
EITHER = "\"”"
MARKS = OPEN_ONLY + CLOSE_ONLY + EITHER
_MARK = re.compile("[" + MARKS + "]")
_SPACE_BEFORE_OPEN = set(" \t\n([{—–-/")
_AFTER_CLOSE = set(" \t\n,.;:!?)]}…—–-")
PRONOUNS = {"ia", "dia", "beliau", "mereka", "dirinya"}
_LOWER_NAME_PARTICLES = {"bin", "binti", "van", "von", "de", "der", "al", "el", "da", "di", "la", "le"}

MAX_NP_WORDS = 12   # tokens in a speaker's noun phrase: at most twice this
MAX_CUE_GAP_WORDS = 12
MIN_UNCUED_WORDS = 4


class QuoteError(ValueError):
    """Input that ``find_quotes`` cannot read (not a string)."""


# --------------------------------------------------------------------------
# Data
# --------------------------------------------------------------------------


def reporting_verbs() -> pd.DataFrame:
    """The reporting words, where they stand (``after`` the quotation,
    ``before`` it or introducing indirect speech, ``passive``, ``according``)
    and an English gloss."""
    return pd.read_csv(VERBS_FILE, keep_default_na=False)


@dataclass(frozen=True)
class _Lexicon:
    after: frozenset
    before: frozenset
    passive: frozenset
    according: frozenset
    honorific: frozenset
    office: frozenset
    ordinary: frozenset
    group: frozenset
    ordinary_phrases: tuple
    place_head: frozenset
    org_head: frozenset
    org_word: frozenset
    time: frozenset
    function: frozenset
    connective: frozenset
    title_cues: frozenset
    relays: tuple
    outlets: tuple
    deletions: dict = field(hash=False, compare=False)
    #: places in general and, per article, words it uses as places or bodies
    places: frozenset = frozenset()
    #: words of news outlets' names (Kompas, Reuters): never a speaker's name
    outlet_words: frozenset = frozenset()
    #: abbreviated offices and what they stand for (mensos: menteri sosial)
    abbreviations: dict = field(default_factory=dict, hash=False, compare=False)

    @property
    def cues(self) -> frozenset:
        return self.after | self.before | self.passive | self.according


def _outlet_words(table: pd.DataFrame) -> frozenset:
    return frozenset(w.lower() for name in table["name"] for w in name.split() if len(w) > 2 and w[0].isupper())


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    v = reporting_verbs()
    by = {p: frozenset(v.loc[v["position"] == p, "form"]) for p in ("after", "before", "passive", "according")}
    t = pd.read_csv(TITLES_FILE, keep_default_na=False)
    cls = {c: frozenset(w for w in t.loc[t["class"] == c, "word"] if " " not in w) for c in t["class"].unique()}
    ordinary_phrases = tuple(w for w in t.loc[t["class"] == "ordinary", "word"] if " " in w)
    s = pd.read_csv(NAME_STOPS_FILE, keep_default_na=False)
    stops = {c: frozenset(s.loc[s["class"] == c, "word"]) for c in s["class"].unique()}
    r = pd.read_csv(RELAY_FILE, keep_default_na=False)
    relays = tuple((re.compile(rf"\b{p}\b", re.I), side) for p, side in zip(r["pattern"], r["source_side"]))
    o = pd.read_csv(OUTLETS_FILE, sep="\t", keep_default_na=False)
    outlets = tuple((name, re.compile(rf"\b(?:{pattern})\b")) for name, pattern in zip(o["name"], o["pattern"]))
    title_cues = frozenset(read_word_list(TITLE_CUES_FILE))
    # One-deletion neighbourhoods of the longer cues, for misspellings.
    deletions: dict[str, str] = {}
    for form in sorted(by["before"] | by["after"] | by["passive"]):
        if len(form) >= 7:
            deletions.setdefault(form, form)
            for d in _deletions(form):
                deletions.setdefault(d, form)
    return _Lexicon(
        after=by["after"], before=by["before"], passive=by["passive"], according=by["according"],
        honorific=cls.get("honorific", frozenset()), office=cls.get("office", frozenset()),
        ordinary=cls.get("ordinary", frozenset()), group=cls.get("group", frozenset()),
        ordinary_phrases=ordinary_phrases,
        place_head=stops["place_head"], org_head=stops["org_head"], org_word=stops["org_word"],
        places=frozenset(read_word_list(PLACES_FILE)), outlet_words=_outlet_words(o),
        abbreviations=dict(pd.read_csv(ABBREVIATIONS_FILE, keep_default_na=False).itertuples(index=False)),
        time=stops["time"], function=stops["function"] | stops["connective"],
        connective=stops["connective"], title_cues=title_cues, relays=relays, outlets=outlets, deletions=deletions,
    )


@lru_cache(maxsize=8192)
def _misspelt_cue(word: str) -> str | None:
    """The reporting verb ``word`` misspells, if any.

    One edit (insertion, deletion, substitution or transposition) from a
    listed verb of at least seven letters, and not another word: Sastrawi's
    stem of it must not be a different dictionary root.

    >>> _misspelt_cue("mengatkan"), _misspelt_cue("menugaskan")
    ('mengatakan', None)
    """
    lex = _lexicon()
    if len(word) < 6 or word in lex.cues or not word.isalpha():
        return None
    candidates = {lex.deletions[k] for k in ({word} | _deletions(word)) if k in lex.deletions}
    for cue in sorted(candidates):
        if edit_distance(word, cue, transpositions=True) != 1:
            continue
        stem = _stem(word)
        if stem == _stem(cue) or not _is_word(stem):
            return cue
    return None


@lru_cache(maxsize=16384)
def _cue_form(word: str) -> tuple[str, str] | None:
    """``(lemma, position)`` for a reporting word as written, else None.

    ``katanya`` gives ``('kata', 'clitic')``: the speaker is the clitic.
    """
    lex = _lexicon()
    w = word.lower()
    if w in lex.after:
        return w, "after"
    if w.endswith("nya") and w[:-3] in lex.after:
        return w[:-3], "clitic"
    for pos in ("before", "passive", "according"):
        if w in getattr(lex, pos):
            return w, pos
    fixed = _misspelt_cue(w)
    if fixed:
        return fixed, "before" if fixed in lex.before else ("passive" if fixed in lex.passive else "after")
    return None


# --------------------------------------------------------------------------
# Tokens
# --------------------------------------------------------------------------

_COMMA = re.compile(r"\s*,\s*")
_WORD = re.compile(r"[^\W_]+")
_TOKEN = re.compile(r"[^\W_](?:[\w’'\-]*[^\W_])?\.?|\S")
_INITIAL = re.compile(r"^[A-Z]\.$")


class Tok:
    """A token with its character offsets; ``word``, ``lower`` and ``cap``
    are computed once, since every rule asks for them."""

    __slots__ = ("text", "start", "end", "word", "lower", "cap")

    def __init__(self, text: str, start: int, end: int):
        self.text, self.start, self.end = text, start, end
        first = text[0]
        self.word = first.isalnum()
        self.cap = first.isupper()
        low = text.lower()
        self.lower = low.rstrip(".") if low[-1] == "." else low

    def __repr__(self) -> str:
        return f"Tok({self.text!r}, {self.start}, {self.end})"


def _tokens(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    end = len(text) if end is None else end
    honorific = _lexicon().honorific
    out = []
    for m in _TOKEN.finditer(text, start, end):
        t = m.group()
        # A final full stop belongs to the word only for initials and short titles (Dr., H.).
        if t.endswith(".") and len(t) > 1 and not (_INITIAL.match(t) or len(t) <= 5 and t[:-1].lower() in honorific):
            out.append(Tok(t[:-1], m.start(), m.end() - 1))
            out.append(Tok(".", m.end() - 1, m.end()))
        else:
            out.append(Tok(t, m.start(), m.end()))
    return out


# --------------------------------------------------------------------------
# Paragraphs, sentences and quote marks
# --------------------------------------------------------------------------


def _paragraphs(text: str) -> list[tuple[int, int]]:
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


def _sentence_bounds(text: str, a: int, b: int, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans in [a, b); never split inside a quotation."""
    out, pos = [], a
    for m in _SENT_END.finditer(text, a, b):
        cut = m.end()
        if any(qs < cut < qe for qs, qe in quotes):
            continue
        prev = text[max(a, m.start() - 4):m.start()].split()
        # Abbreviations and initials do not end a sentence.
        if prev and (len(prev[-1]) == 1 or prev[-1].lower().strip(".") in _lexicon().honorific):
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
class _Span:
    qs: int               # first character inside the marks
    qe: int               # first character after the quoted words
    ms: int               # the opening mark
    me: int               # just after the closing mark (== qe when unclosed)
    paragraph: int
    closed: bool = True
    paragraph_initial: bool = False


def _quote_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[_Span]:
    spans: list[_Span] = []
    carry: _Span | None = None   # a quotation left open at the end of the previous paragraph
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
                if isinstance(open_at, _Span):
                    # a new opening mark inside a carried quotation: close the carried one
                    open_at.qe = open_at.me = _rstrip(text, i)
                    spans.append(open_at)
                elif open_at is not None:
                    spans.append(_Span(open_at + 1, _rstrip(text, i), open_at, _rstrip(text, i), pi,
                                       closed=False, paragraph_initial=open_at == lead))
                open_at = i
            elif open_at is not None:
                if isinstance(open_at, _Span):
                    open_at.qe, open_at.me, open_at.closed = i, i + 1, True
                    spans.append(open_at)
                else:
                    spans.append(_Span(open_at + 1, i, open_at, i + 1, pi, paragraph_initial=open_at == lead))
                open_at = None
        if open_at is not None:
            if isinstance(open_at, _Span):
                open_at.qe = open_at.me = _rstrip(text, b)
                carry = open_at
            else:
                carry = _Span(open_at + 1, _rstrip(text, b), open_at, _rstrip(text, b), pi,
                              closed=False, paragraph_initial=open_at == lead)
    if carry is not None:
        spans.append(carry)
    spans.sort(key=lambda s: s.qs)
    return [s for s in spans if text[s.qs:s.qe].strip()]


def _rstrip(text: str, i: int) -> int:
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i


# --------------------------------------------------------------------------
# Noun phrases: who is speaking
# --------------------------------------------------------------------------


@dataclass
class Speaker:
    """A speaker as written: its surface, name, role and kind."""

    surface: str = ""
    name: str = ""
    role: str = ""
    pronoun: str = ""
    ordinary: bool = False
    group: bool = False
    #: a one-word "name" that opens a sentence and is also an ordinary word
    #: (Sudah, Sistem): a name only if the article has introduced it before
    weak: bool = False
    start: int = -1
    end: int = -1

    @property
    def empty(self) -> bool:
        return not (self.name or self.role or self.pronoun or self.group)


def _np_word(t: Tok, lex: _Lexicon) -> bool:
    """Can this token be part of a speaker's noun phrase?"""
    if not t.word:
        return False
    low = t.lower
    if (low in lex.time or low in lex.function) and t.cap:
        return False
    if t.cap or t.text[0].isdigit() and len(t.text) <= 4:
        return True
    return low in lex.office or low in lex.honorific or low in lex.ordinary or low in lex.org_head \
        or low in lex.group or low in PRONOUNS or low in _NAME_JOINERS or low in {"itu", "tersebut", "ini", "setempat", "para"}


def _apposition(right: list[Tok], left_last: Tok, lex: _Lexicon) -> bool:
    """Reading backwards over a comma: do the words left of it belong to the
    same person as ``right``?  Yes for a role after a name ("Lavrov,
    Menteri Luar Negeri Rusia,") and for a bare name after a role that ends
    in a place or body ("Menteri Luar Negeri Rusia, Sergei Lavrov"); no for
    two people ("… perdana menteri Armenia, Presiden Prancis Emmanuel Macron")."""
    words = [t for t in right if t.word]
    names = [t for t in words if _is_name_token(t, lex)]
    if not names:
        return True
    return len(names) == len(words) and not _is_name_token(left_last, lex)


def _part_after(toks: list[Tok], k: int) -> list[Tok]:
    """The tokens from k up to the next comma."""
    out = []
    while k < len(toks) and toks[k].text != "," and len(out) < 12:
        out.append(toks[k])
        k += 1
    return out


def _name_then_stop(toks: list[Tok], k: int, lex: _Lexicon) -> bool:
    """Is token k the start of a short name that ends the phrase
    ("…, kata juru bicara Satgas, Tutuko Raharjo, dalam …")?"""
    n = 0
    while k < len(toks) and toks[k].word and toks[k].cap and n < 5:
        k, n = k + 1, n + 1
    if not 1 <= n <= 4:
        return False
    return k == len(toks) or not toks[k].word or toks[k].lower in lex.function


def _np_after_cue(toks: list[Tok], i: int, lex: _Lexicon) -> tuple[int, int, bool]:
    """The noun phrase after *kata*, *ujar* or *menurut*: as ``_np_forward``,
    but a lone capitalised word there is a name even if it is also a day."""
    a, b, age = _np_forward(toks, i, lex)
    if a == b and i < len(toks) and toks[i].word and toks[i].cap:
        b = i + 1
    return a, b, age


def _role_word(t: Tok, lex: _Lexicon) -> bool:
    """Does this word open a role (an office, a title, an ordinary person's
    description or a body)?"""
    return t.lower in lex.office or t.lower in lex.honorific or t.lower in lex.ordinary or t.lower in lex.org_head \
        or t.lower in lex.group


def _np_forward(toks: list[Tok], i: int, lex: _Lexicon) -> tuple[int, int, bool]:
    """Tokens [i, j) that form a noun phrase from token i; and whether an
    age in brackets follows it."""
    j = i
    age = False
    while j < len(toks) and j - i < 2 * MAX_NP_WORDS:
        t = toks[j]
        if t.word:
            low = t.lower
            if not _np_word(t, lex):
                break
            if low in PRONOUNS and j > i:
                break
            if low in {"itu", "tersebut", "ini", "setempat"}:
                j += 1
                break
            if low in _NAME_JOINERS and not (j + 1 < len(toks) and toks[j + 1].cap and j > i):
                break
            j += 1
            if low in PRONOUNS:
                break
        elif t.text == "," and j > i and j + 1 < len(toks) and toks[j + 1].word and _np_word(toks[j + 1], lex) \
                and toks[j + 1].lower not in PRONOUNS and not _cue_form(toks[j + 1].text) \
                and (_role_word(toks[j + 1], lex) or not any(_is_name_token(x, lex) for x in toks[i:j])
                     or _name_then_stop(toks, j + 1, lex)):
            # an apposition: "Sergei Lavrov, Menteri Luar Negeri" or
            # "Menteri Luar Negeri Rusia, Sergei Lavrov" (no name yet)
            j += 1
        elif t.text == "/" and j > i and j + 1 < len(toks) and toks[j + 1].cap and toks[j - 1].cap:
            j += 1     # "Menteri Riset dan Teknologi/Kepala BRIN"
        elif t.text == "(":
            k = j + 1
            close = next((m for m in range(k, min(k + 8, len(toks))) if toks[m].text == ")"), None)
            if close is None:
                break
            inner = toks[k:close]
            if len(inner) == 1 and inner[0].text.isdigit() and len(inner[0].text) <= 3:
                age = True
                break
            if inner and all(x.word and (x.text.isupper() or x.cap) for x in inner):
                j = close + 1          # an acronym in brackets: Komisi Pemilihan Umum (KPU)
                continue
            break
        else:
            break
    while j > i and not toks[j - 1].word and toks[j - 1].text != ")":
        j -= 1
    while j > i and toks[j - 1].lower == "dan":
        j -= 1
    return i, j, age


#: Lower-case words that join capitalised words inside one name or title
#: ("Menteri Pemuda dan Olahraga", "Head of Research").
_NAME_JOINERS = {"dan", "and", "of", "on", "at", "for", "the", "&"}

_SKIP_BEFORE_VERB = {"juga", "pun", "kemudian", "lalu", "sebelumnya", "telah", "sudah", "pernah", "kembali",
                     "lantas", "sempat", "bahkan", "hanya", "tetap", "akan", "terus", "masih", "tak", "tidak",
                     "secara", "langsung", "tegas", "singkat"}


def _skip_time_adverbial(toks: list[Tok], j: int, lo: int, lex: _Lexicon) -> int:
    """Step back over ", Minggu (3/5/2020)," or ", Kamis," before token j."""
    k = j
    if k > lo and toks[k - 1].text == ",":
        k -= 1
    if k > lo and toks[k - 1].text == ")":
        openp = next((m for m in range(k - 2, max(lo - 1, k - 12), -1) if toks[m].text == "("), None)
        if openp is None:
            return j
        k = openp
    if k > lo and toks[k - 1].lower in lex.time and toks[k - 1].cap:
        k -= 1
        return k if k < j else j
    return j


def _np_backward(toks: list[Tok], j: int, lex: _Lexicon, lo: int) -> tuple[int, int, bool]:
    """The noun phrase that ends just before token j (not before ``lo``)."""
    while j > lo and toks[j - 1].lower in _SKIP_BEFORE_VERB:
        j -= 1
    j = _skip_time_adverbial(toks, j, lo, lex)
    if j > lo and toks[j - 1].text == ",":
        # "X, Menteri Y, mengatakan": an apposition closed by a comma
        j -= 1
    i = j
    age = False
    while i > lo and j - i < 2 * MAX_NP_WORDS:
        t = toks[i - 1]
        if t.word:
            if not _np_word(t, lex):
                break
            if t.lower in _NAME_JOINERS and not (i - 2 >= lo and toks[i - 2].cap):
                break
            if t.lower in PRONOUNS:
                if i == j:
                    i -= 1     # a pronoun stands alone: "ia mengatakan"
                break
            i -= 1
        elif t.text == "," and i - 1 > lo and _np_word(toks[i - 2], lex) and toks[i - 2].lower not in PRONOUNS \
                and _apposition(toks[i:j], toks[i - 2], lex):
            i -= 1
        elif t.text == "/" and i - 1 > lo and toks[i - 2].cap and i < j and toks[i].cap:
            i -= 1
        elif t.text == ")":
            k = i - 2
            openp = next((m for m in range(k, max(lo - 1, k - 8), -1) if toks[m].text == "("), None)
            if openp is None:
                break
            inner = toks[openp + 1:i - 1]
            if len(inner) == 1 and inner[0].text.isdigit() and len(inner[0].text) <= 3:
                age = True
            elif not (inner and all(x.word and (x.text.isupper() or x.cap) for x in inner)):
                break
            i = openp
        else:
            break
    while i < j and not toks[i].word:
        i += 1
    # "Sementara itu, X": keep what follows the last comma if the head is a connective.
    return i, j, age


def _speaker(text: str, toks: list[Tok], i: int, j: int, age: bool, lex: _Lexicon,
             after_cue: bool = False) -> Speaker:
    """Split tokens [i, j) into a name and a role.  ``lex.places``: words the
    article uses as places or bodies, which do not start a name."""
    np = [t for t in toks[i:j]]
    if not np:
        return Speaker()
    sp = Speaker(surface=text[np[0].start:np[-1].end], start=np[0].start, end=np[-1].end, ordinary=age)
    words = [t for t in np if t.word]
    if len(words) == 1 and words[0].lower in PRONOUNS:
        sp.pronoun = words[0].lower
        sp.group = words[0].lower == "mereka"
        return sp
    lowers = {t.lower for t in words}
    low_text = sp.surface.lower()
    if words[-1].lower in {"itu", "ini", "tersebut"}:
        # "pejabat itu", "Sejauh ini": a description, not a name
        sp.role = sp.surface
        sp.group = not (lowers & lex.office)
        sp.ordinary = bool(lowers & lex.ordinary)
        return sp
    # An ordinary person: the phrase is headed by a word such as warga or
    # pedagang ("warga Desa X"), not merely containing one ("Ketua Asosiasi
    # Pedagang").
    for part in _COMMA.split(sp.surface):
        head = [w for w in part.lower().split() if w not in lex.honorific and w not in lex.function
                and w not in {"para", "seorang", "salah", "satu", "sang"}]
        if head and (head[0] in lex.ordinary or any(" ".join(head).startswith(p) for p in lex.ordinary_phrases)):
            sp.ordinary = True
    # The name is the last run of capitalised words that are not offices,
    # organisations, places or acronyms; in "Name, Role" order, the first.
    parts: list[list[Tok]] = [[]]
    for t in np:
        if t.text == ",":
            parts.append([])
        else:
            parts[-1].append(t)
    # Prefer a part that is a name and nothing else ("…, Sutaryono, …"), then
    # one whose name follows a title or office, then the last.
    best, best_score = None, -1
    for part in parts:
        run = _name_run(part, lex)
        while run and run[0].lower in lex.places:
            run = run[1:]
        if not run:
            continue
        k = part.index(run[0])
        score = 2 if len(run) == len([t for t in part if t.word]) else \
            1 if k > 0 and part[k - 1].lower in lex.office | lex.honorific else 0
        if score >= best_score:
            best, best_score = run, score
    if not best and after_cue:
        # Right after "kata" or "ujar" a capitalised word is a name even if it
        # is also a word, a day or a place ("kata Hari", "ujar Minggu").
        caps = [t for t in np if t.word and t.cap and not _role_word(t, lex) and t.lower not in lex.function]
        if caps and caps[-1] is np[-1]:
            best = [caps[-1]]
    if best:
        sp.name = text[best[0].start:best[-1].end]
        k = toks.index(best[0], i)
        if (k == 0 or toks[k - 1].text in ".!?" + MARKS) and (_is_word(best[0].lower) or _derived(best[0].lower)
                                                              or _is_word(_stem(best[0].lower))):
            # A capital that only opens the sentence (Seiring, Tambahan, Sri):
            # the name is the rest, or, alone, a name only if known already.
            if len(best) == 1:
                sp.weak = True
            else:
                dropped = best[0]
                best = best[1:]
                sp.name = text[best[0].start:best[-1].end]
                np = [t for t in np if t is not dropped]
        # The role: the words beside the name in its own part of the phrase,
        # else the other parts ("Menteri Luar Negeri Rusia, Sergei Lavrov").
        own = next((part for part in parts if best[0] in part), [])
        role_toks = [t for t in own if t.word and (t.start < best[0].start or t.start > best[-1].end)]
        if not [t for t in role_toks if t.lower not in lex.honorific]:
            role_toks = [t for t in np if t.start < best[0].start or t.start > best[-1].end]
        role = text[role_toks[0].start:role_toks[-1].end] if role_toks else ""
        sp.role = role.strip(" ,").removesuffix("(").strip(" ,")
        if sp.role and not ({t.lower for t in role_toks if t.word} - lex.honorific - {"dan", "para"}):
            sp.role = ""
    else:
        first = next(t for t in words if t.lower not in lex.function)
        if not (_role_word(first, lex) or first.lower in lex.org_word or first.text.isupper() and len(first.text) > 1):
            return Speaker()   # "menurut Peraturan Menteri …", "menurut data …": a source, not a speaker
        sp.role = sp.surface.strip(" ,")
        has_office = bool(lowers & lex.office)
        sp.group = not has_office and not sp.ordinary
    return sp


def _is_word(word: str) -> bool:
    """Is ``word`` an Indonesian root word in Sastrawi's dictionary?"""
    return stemmer().delegatedStemmer.dictionary.contains(word)


@lru_cache(maxsize=16384)
def _stem(word: str) -> str:
    return stemmer().stem(word)


_CONFIX = re.compile(r"^(?:(?:me|pe|ke|per|ber|di|ter)\w+(?:an|kan|i)|(?:me|ber)\w{4,}|\w{3,}kan)$")


@lru_cache(maxsize=16384)
def _derived(word: str) -> bool:
    """Is ``word`` a derived Indonesian word (Menanggapi, Kepulauan,
    Peraturan): an affixed form of a dictionary root, so not a name?"""
    if not _CONFIX.match(word) or _is_word(word):
        return False
    stem = _stem(word)
    return stem != word and len(stem) >= 4 and _is_word(stem)


def _is_name_token(t: Tok, lex: _Lexicon) -> bool:
    if not t.word or not t.cap:
        return False
    low = t.lower
    if low in lex.office or low in lex.org_head or low in lex.org_word or low in lex.place_head \
            or low in lex.time or low in lex.function or low in PRONOUNS or low in lex.ordinary \
            or low in lex.honorific:
        return False
    if len(t.text) > 1 and t.text.isupper() and not _INITIAL.match(t.text):
        return False   # an acronym: an organisation, not a name
    if low in lex.outlet_words:
        return False
    return not any(ch.isdigit() for ch in t.text) and not _derived(low)


def _name_run(part: list[Tok], lex: _Lexicon) -> list[Tok]:
    """The last run of name tokens in a comma-free part of a noun phrase."""
    run: list[Tok] = []
    best: list[Tok] = []
    prev = None
    for t in part:
        if _is_name_token(t, lex) and not (prev is not None and prev.lower in lex.place_head | lex.org_head
                                           and not run):
            run.append(t)
        elif run and t.lower in _LOWER_NAME_PARTICLES and not t.cap:
            run.append(t)
        else:
            if run:
                best = run
            run = []
        prev = t
    if run:
        best = run
    while best and not best[-1].cap:
        best = best[:-1]
    return best[-4:] if len(best) > 4 else best


# --------------------------------------------------------------------------
# People in the article: who "ia", "-nya", a surname or a title refers to
# --------------------------------------------------------------------------


@dataclass
class _Person:
    name: str
    role: str
    ordinary: bool
    group: bool

    @property
    def words(self) -> tuple[str, ...]:
        return _name_words(self.name)


def _same_word(x: str, y: str) -> bool:
    """The same name word, or one a short form of the other (Risma, Rismaharini)."""
    return x == y or (len(x) >= 4 and len(y) >= 4 and (x.startswith(y) or y.startswith(x)))


def _same_person(new: str, old: _Person) -> bool:
    """Does the name ``new`` refer to ``old``?  The last word of one must be a
    word of the other: "Nurhadi" is not "Ahmad Toni Fatoni" although both may
    be written after the same place name."""
    words = _name_words(new)
    if not words or not old.words:
        return False
    return any(_same_word(words[-1], w) for w in old.words) or any(_same_word(old.words[-1], w) for w in words)


@lru_cache(maxsize=16384)
def _name_words(name: str) -> tuple[str, ...]:
    return tuple(w for w in re.findall(r"[^\W\d_]+(?:[’'][^\W\d_]+)*", name.lower()) if len(w) >= 3)


class _Discourse:
    """People an article has introduced so far, and which of them was the
    last to speak or to stand as a sentence's subject (who *ia* and *-nya*
    point back to)."""

    def __init__(self, lex: _Lexicon):
        self.people: list[_Person] = []     # in order of introduction
        self.salient: list[_Person] = []    # speakers and subjects, most recent last
        self.lex = lex

    def introduce(self, sp: Speaker, salient: bool) -> _Person | None:
        """Register a person as written; ``salient`` if the person speaks or
        is a sentence's subject.  Returns the person it refers to."""
        if sp.pronoun or not (sp.name or sp.role):
            return None
        person = None
        if sp.name:
            person = self.known(sp)
            if person is None and sp.weak:
                return None
            if person is not None:
                if len(_name_words(sp.name)) > len(person.words):
                    person.name = sp.name       # a later, fuller mention of the same person
                person.role = person.role or sp.role
                person.ordinary = person.ordinary or sp.ordinary
            else:
                person = _Person(sp.name, sp.role, sp.ordinary, sp.group)
                self.people.append(person)
                # A person introduced in full is who a following "-nya" means,
                # wherever in the sentence the introduction stands.
                salient = salient or len(person.words) >= 2
        else:
            if not sp.group:
                person = self._by_role(sp.role)
            if person is None:
                person = _Person("", sp.role, sp.ordinary, sp.group)
                self.people.append(person)
        if salient:
            self.touch(person)
        return person

    def name_words(self) -> set[str]:
        return {w for p in self.people for w in p.words}

    def known(self, sp: Speaker) -> _Person | None:
        """The person an already-introduced name refers to, if any."""
        if not sp.name:
            return None
        return next((p for p in reversed(self.people) if _same_person(sp.name, p)), None)

    def _by_role(self, role: str) -> _Person | None:
        """The person last introduced with this office: "Presiden" is
        "Presiden Joko Widodo" but not "Wakil Presiden Ma'ruf Amin"."""
        wanted = self._office_words(role)
        if not wanted:
            return None
        for p in reversed(self.salient + self.people):
            if p.name and self._office_words(p.role)[:len(wanted)] == wanted:
                return p
        return None

    def _office_words(self, role: str) -> list[str]:
        out = []
        for w in _WORD.findall(role.lower()):
            if w not in self.lex.honorific:
                out.extend(self.lex.abbreviations.get(w, w).split())
        return out

    def touch(self, p: _Person) -> None:
        if p in self.salient:
            self.salient.remove(p)
        self.salient.append(p)

    def last(self, group: bool = False) -> _Person | None:
        for p in reversed(self.salient):
            if p.group == group and (p.name or group or p.role):
                return p
        return None




def find_people(text: str) -> pd.DataFrame:
    """People and bodies named with a title, office or age, anywhere in ``text``.

    One row per mention: ``start, end, surface, name, role, ordinary``.  This
    is the open-world counterpart of a gazetteer: it finds whoever the
    article names, e.g. ``Menteri Luar Negeri Retno Marsudi`` or
    ``Ani (34), warga Bogor``.

    >>> find_people("Wakil Presiden Ma'ruf Amin tiba. Ani (34) menunggu.")[["name", "role", "ordinary"]].values.tolist()
    [["Ma'ruf Amin", 'Wakil Presiden', False], ['Ani', '', True]]
    """
    lex = _lexicon()
    rows = []
    for sp in _people_in(text, lex):
        rows.append({"start": sp.start, "end": sp.end, "surface": sp.surface, "name": sp.name,
                     "role": sp.role, "ordinary": sp.ordinary})
    return pd.DataFrame(rows, columns=["start", "end", "surface", "name", "role", "ordinary"])


def _people_in(text: str, lex: _Lexicon, toks: list[Tok] | None = None) -> list[Speaker]:
    """Noun phrases that name a person: a title or office followed by a
    capitalised name, or a name followed by an age in brackets."""
    toks = _tokens(text) if toks is None else toks
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        low = t.lower
        starts = t.word and (low in lex.office or low in lex.honorific) and (t.cap or i == 0 or not toks[i - 1].cap)
        if starts:
            a, b, age = _np_forward(toks, i, lex)
            sp = _speaker(text, toks, a, b, age, lex)
            if sp.name:
                out.append(sp)
                i = max(b, i + 1)
                continue
        if t.word and t.cap and i + 3 < len(toks) and toks[i + 1].text == "(" and toks[i + 2].text.isdigit() \
                and toks[i + 3].text == ")" and len(toks[i + 2].text) <= 3:
            a, b, _ = _np_backward(toks, i + 1, lex, max(0, i - 5))
            sp = _speaker(text, toks, a, b, True, lex)
            if sp.name:
                out.append(sp)
        i += 1
    return out


def _places(toks: list[Tok], lex: _Lexicon) -> frozenset:
    """Capitalised words the article writes after *di*, *ke*, *dari* or a
    place or body word (Kabupaten, Dinas): places and bodies, not names."""
    out = set()
    heads = lex.place_head | lex.org_head | {"di", "ke", "dari"}
    for prev, t in zip(toks, toks[1:]):
        if t.word and t.cap and prev.word and prev.lower in heads:
            out.add(t.lower)
    return frozenset(out)


# --------------------------------------------------------------------------
# Relays
# --------------------------------------------------------------------------

_SOURCE_DESCRIPTORS = {"laman", "situs", "media", "kantor", "berita", "harian", "surat", "kabar", "stasiun",
                       "televisi", "tv", "radio", "majalah", "portal", "akun", "resmi", "jaringan", "agensi",
                       "outlet", "koran", "laporan", "wawancara", "dengan", "the"}


def _outlet(name: str, lex: _Lexicon) -> str | None:
    for canonical, pattern in lex.outlets:
        if pattern.search(name):
            return canonical
    return None


def relay_in(sentence: str) -> tuple[str, str] | None:
    """The wire or outlet a sentence cites for what it reports, and the
    phrase that says so.

    >>> relay_in('"Kami siap," kata Ali seperti dilansir dari Reuters, Senin.')
    ('Reuters', 'seperti dilansir dari Reuters')
    >>> relay_in('"Kami siap," kata Ali kepada wartawan.') is None
    True
    """
    lex = _lexicon()
    for pattern, side in lex.relays:
        for m in pattern.finditer(sentence):
            if side == "after":
                toks = _tokens(sentence, m.end(), min(len(sentence), m.end() + 80))
                k = 0
                while k < len(toks) and toks[k].word and toks[k].lower in _SOURCE_DESCRIPTORS and not toks[k].cap:
                    k += 1
                run = []
                while k < len(toks) and toks[k].word and (toks[k].cap or toks[k].text[0].isdigit()
                                                          or toks[k].lower in {"the", "of", "de"}):
                    if toks[k].lower in lex.time:
                        break
                    run.append(toks[k])
                    k += 1
                    if len(run) == 4:
                        break
                if not run:
                    continue
                name = sentence[run[0].start:run[-1].end]
                known = _outlet(name, lex)
                if m.group().lower() == "kepada" and known is None:
                    continue   # "kata X kepada Kompas/wartawan": an interview, not a relay
                return known or name, sentence[m.start():run[-1].end]
            else:
                toks = _tokens(sentence, max(0, m.start() - 60), m.start())
                run = []
                for t in reversed(toks):
                    if t.word and (t.cap or t.lower in {"the", "of"}):
                        run.insert(0, t)
                    else:
                        break
                if not run:
                    continue
                name = sentence[run[0].start:run[-1].end]
                known = _outlet(name, lex)
                if known is None:
                    continue
                return known, sentence[run[0].start:m.end()]
    return None


# --------------------------------------------------------------------------
# The reader
# --------------------------------------------------------------------------


def _is_title(text: str, sp: _Span, lex: _Lexicon) -> bool:
    before = re.findall(r"[\w-]+", text[max(0, sp.ms - 40):sp.ms].lower())
    return any(w in lex.title_cues for w in before[-2:])


def _word_count(s: str) -> int:
    return len(_WORD.findall(s))


def find_quotes(text: str) -> pd.DataFrame:
    """Every quotation in one article, with its speaker.

    Parameters
    ----------
    text : str
        The article as plain text; paragraphs are separated by blank lines
        (or, where there are none, by line breaks).

    Returns
    -------
    pandas.DataFrame
        One row per quotation, in reading order, with the columns in
        ``COLUMNS``: ``start``/``end`` (character offsets of the quoted or
        reported words in ``text``), ``text``, ``kind`` (``direct``,
        ``mixed`` or ``indirect``), ``cue`` (the reporting word as written,
        or None for a paragraph that continues an earlier quotation),
        ``speaker`` (the fullest name the article gives, or the body),
        ``speaker_role`` (office and organisation where given),
        ``speaker_type`` (``person``, ``ordinary person``, ``group`` or
        ``unknown``), ``speaker_surface`` (the words the sentence itself
        uses: *ia*, a surname, *-nya*), ``relayed_via``, ``continued`` and
        ``paragraph`` (0-based).

    Example
    -------
    >>> t = ('Juru bicara Kementerian Luar Negeri, Teuku Faizasyah, mengatakan '
    ...      'Indonesia mendukung perundingan.\\n\\n'
    ...      '"Kami mengikuti perkembangan," ujarnya seperti dikutip dari Antara.')
    >>> find_quotes(t)[["kind", "cue", "speaker", "relayed_via"]].values.tolist()
    [['indirect', 'mengatakan', 'Teuku Faizasyah', None], ['direct', 'ujarnya', 'Teuku Faizasyah', 'Antara']]
    """
    if not isinstance(text, str):
        raise QuoteError(f"find_quotes needs the article as a string, not {type(text).__name__}")
    rows = sorted(_Reader(text).rows, key=lambda r: r["start"])
    _inherit_relays(rows)
    return pd.DataFrame(rows, columns=COLUMNS)


def _inherit_relays(rows: list[dict]) -> None:
    """A quotation whose sentence names no wire takes the wire the article
    cites for the same speaker, else the last one it cited before: Indonesian
    outlets that rewrite a wire story name the wire once.  Such rows are
    marked ``relay_inherited``."""
    own = {}
    for r in rows:
        r["relay_inherited"] = False
        if r["relayed_via"] and not r["continued"] and r["speaker"]:
            own.setdefault(r["speaker"], r["relayed_via"])
    last = None
    for r in rows:
        if r["relayed_via"]:
            last = r["relayed_via"]
            continue
        inherited = own.get(r["speaker"]) or last
        if inherited:
            r["relayed_via"], r["relay_inherited"] = inherited, True


class _Reader:
    """One pass over an article, sentence by sentence, in reading order."""

    def __init__(self, text: str):
        self.text = text
        self.all_toks = _tokens(text)
        general = _lexicon()
        self.lex = replace(general, places=general.places | _places(self.all_toks, general))
        self.discourse = _Discourse(self.lex)
        self.rows: list[dict] = []
        self.last_direct: dict | None = None
        self.last_direct_paragraph = -10
        paragraphs = _paragraphs(text)
        self.spans = _quote_spans(text, paragraphs)
        self.quoted = [(s.ms, s.me) for s in self.spans]
        starts = {}
        for s in self.spans:
            starts.setdefault(s.paragraph, []).append(s)
        all_starts = [t.start for t in self.all_toks]
        for pi, (a, b) in enumerate(paragraphs):
            self.toks = self.all_toks[bisect_left(all_starts, a):bisect_left(all_starts, b)]
            self.paragraph(pi, a, b, starts.get(pi, []))

    def paragraph(self, pi: int, a: int, b: int, spans: list[_Span]) -> None:
        text, lex = self.text, self.lex
        self.tok_starts = [t.start for t in self.toks]
        self.used_cues: set[int] = set()
        people = sorted(_people_in(text, lex, self.toks), key=lambda s: s.start)
        sentences = _sentence_bounds(text, a, b, self.quoted)
        self.prev_end = a
        for sa, sb in sentences:
            k0 = bisect_left(self.tok_starts, sa)
            for sp in people:
                if sa <= sp.start < sb and not self.in_quote(sp.start):
                    # a person named at the start of a clause is its subject
                    self.discourse.introduce(sp, salient=self.at_clause_start(k0, sp.start))
            self.subject_mention(k0, sb)
            mine = [s for s in spans if sa <= s.ms < sb]
            for si, sp in enumerate(mine):
                nxt = mine[si + 1].ms if si + 1 < len(mine) else sb
                self.quotation(pi, sp, sa, nxt)
            if not any(qs < sb and sa < qe for qs, qe in self.quoted):
                row = _indirect(text, self.toks, self.tok_starts, sa, sb, lex, self.discourse, pi,
                                self.at_clause_start)
                if row is not None:
                    self.rows.append(row)

    def in_quote(self, pos: int) -> bool:
        return any(qs <= pos < qe for qs, qe in self.quoted)

    def at_clause_start(self, k0: int, pos: int) -> bool:
        """Does the word at ``pos`` open a clause of the sentence that starts
        at token ``k0``: first in it, or after a comma, a colon or a
        connective?"""
        k = bisect_left(self.tok_starts, pos)
        if k <= k0:
            return True
        prev = self.toks[k - 1]
        return not prev.word and prev.text in ",;:(" + MARKS or prev.lower in self.lex.connective

    def subject_mention(self, k0: int, sb: int) -> None:
        """A sentence that opens with an already-known name makes that
        person the one *ia* points to next."""
        toks = self.toks
        k = k0
        while k < len(toks) and toks[k].start < sb and (not toks[k].word or toks[k].lower in self.lex.function):
            k += 1
        if k >= len(toks) or toks[k].start >= sb or self.in_quote(toks[k].start) or not toks[k].cap:
            return
        # Only a sentence that opens with a word of a known name can re-mention someone.
        known = self.discourse.name_words()
        head = toks[k:k + 8]
        if not any(t.word and t.cap and any(_same_word(t.lower, w) for w in known) for t in head):
            return
        i, j, age = _np_forward(toks, k, self.lex)
        sp = _speaker(self.text, toks, i, j, age, self.lex)
        person = self.discourse.known(sp)
        if person is not None:
            self.discourse.touch(person)

    def quotation(self, pi: int, sp: _Span, sa: int, nxt: int) -> None:
        text, lex, toks = self.text, self.lex, self.toks
        words = _word_count(text[sp.qs:sp.qe])
        if _is_title(text, sp, lex):
            return
        cue = speaker = None
        kind = "direct"
        continued = False
        # --- a cue after the closing mark
        k = bisect_left(self.tok_starts, sp.me)
        if sp.closed and k < len(toks) and toks[k].start < nxt:
            if toks[k].text == ",":
                k += 1
            if k < len(toks) and toks[k].word and toks[k].start < nxt:
                form = _cue_form(toks[k].text)
                if form and form[1] in ("after", "clitic", "passive"):
                    cue = (toks[k], form)
                    self.used_cues.add(k)
                    if form[1] == "clitic":
                        speaker = Speaker(surface=toks[k].text, pronoun="nya")
                    else:
                        i0 = k + 1
                        if form[1] == "passive" and i0 < len(toks) and toks[i0].lower == "oleh":
                            i0 += 1
                        i, j, age = _np_after_cue(toks, i0, lex)
                        speaker = _speaker(text, toks, i, j, age, lex, after_cue=True)
                elif not form and text[sp.qs:sp.qe].rstrip()[-1:] in ",?!":
                    # '"…," Menteri X menambahkan.'
                    i, j, age = _np_forward(toks, k, lex)
                    if i < j < len(toks) and toks[j].word and toks[j].text.islower():
                        f2 = _cue_form(toks[j].text)
                        if f2 and f2[1] == "before":
                            cue = (toks[j], f2)
                            self.used_cues.add(j)
                            speaker = _speaker(text, toks, i, j, age, lex)
        # --- a cue before the opening mark, in the same sentence
        if cue is None:
            cue, speaker, kind = self.cue_before(sp, max(sa, self.prev_end))
        self.prev_end = sp.me
        if kind == "mixed" and words < MIN_UNCUED_WORDS - 1:
            return     # a word or two in marks inside a report: a scare quote
        # --- no cue
        if cue is None:
            if sp.paragraph_initial and self.last_direct is not None and pi - self.last_direct_paragraph <= 2 \
                    and words >= 2:
                continued = True
            elif words >= MIN_UNCUED_WORDS and _ends_sentence(text, sp) and sp.paragraph_initial:
                speaker = Speaker(pronoun="nya", surface="")
            else:
                return     # a scare quote, a term or a title
        self.rows.append(_row(text, sp, kind, cue, speaker, continued, pi, self.discourse,
                              self.last_direct, sa))
        self.last_direct = self.rows[-1]
        self.last_direct_paragraph = pi

    def cue_before(self, sp: _Span, lo: int):
        text, lex, toks = self.text, self.lex, self.toks
        kb = bisect_left(self.tok_starts, sp.ms) - 1
        lo_tok = bisect_left(self.tok_starts, lo)
        window = range(kb, max(lo_tok, kb - MAX_CUE_GAP_WORDS - MAX_NP_WORDS) - 1, -1)
        for m in window:
            if m in self.used_cues or not toks[m].word:
                continue
            form = _cue_form(toks[m].text)
            if not form or form[1] == "passive":
                continue
            if not toks[m].text.islower() and m != lo_tok:
                continue    # "Kemerdekaan Menyampaikan Pendapat": a name, not a verb
            gap = toks[m + 1:kb + 1]
            if form[1] in ("after", "according"):
                i, j, age = _np_after_cue(toks, m + 1, lex)
                cand = _speaker(text, toks, i, j, age, lex, after_cue=True)
                rest = toks[j:kb + 1]
            elif form[1] == "clitic":
                cand = Speaker(surface=toks[m].text, pronoun="nya")
                rest = gap
            else:
                i, j, age = _np_backward(toks, m, lex, lo_tok)
                cand = _speaker(text, toks, i, j, age, lex) if i < m else Speaker()
                if not (cand.name and cand.role) and not (i < m and self.at_clause_start(lo_tok, toks[i].start)):
                    cand = Speaker()
                if cand.empty:
                    cand = _subject(text, toks, lo_tok, m, lex)
                rest = gap
            if cand.empty:
                continue
            self.used_cues.add(m)
            rest_words = [t for t in rest if t.word]
            direct = not rest_words or (rest and rest[-1].text in ",:")
            return (toks[m], form), cand, "direct" if direct else "mixed"
        return None, None, "direct"


def _ends_sentence(text: str, sp: _Span) -> bool:
    return text[sp.qs:sp.qe].rstrip()[-1:] in ".!?…,"




#: a word that looks like a verb (meN-, ber-, di-, ter- forms): where a subject ends
_VERB_LIKE = re.compile(r"^(?:me|ber|di|ter)[a-z]{3,}$")


def _subject(text: str, toks: list[Tok], lo: int, verb: int, lex: _Lexicon) -> Speaker:
    """The subject of the clause that ends at ``verb``: the noun phrase that
    opens the sentence (after a connective such as *Namun* or *Sementara
    itu,*)."""
    i = lo
    while i < verb and (not toks[i].word or toks[i].lower in lex.connective or toks[i].lower in {"itu", "dan"}):
        i += 1
    a, b, age = _np_forward(toks, i, lex)
    # quantifiers and plural markers: "Ratusan demonstran", "Para pengunjuk rasa"
    if (a == b or a == i and b == i + 1) and i < verb and toks[i].lower in lex.function | {"para"}:
        # a quantified group: "Ratusan demonstran", "Para pengunjuk rasa"
        b = i + 1
        while b < verb and b < i + 4 and toks[b].word and not _VERB_LIKE.match(toks[b].lower):
            b += 1
        if b == i + 1:
            return Speaker()
        surface = text[toks[i].start:toks[b - 1].end]
        return Speaker(surface=surface, role=surface, group=True, start=toks[i].start, end=toks[b - 1].end)
    if b > verb or a == b:
        return Speaker()
    return _speaker(text, toks, a, b, age, lex)


def _resolve(speaker: Speaker | None, discourse: _Discourse, fallback: dict | None) -> tuple[str | None, str, str, str]:
    """(speaker name, role, type, surface) for a speaker as written."""
    if speaker is None:
        if fallback is None:
            return None, "", "unknown", ""
        return fallback["speaker"], fallback["speaker_role"], fallback["speaker_type"], ""
    if speaker.pronoun:
        # ia, dia and -nya point to the last person who spoke or opened a sentence
        p = discourse.last(group=speaker.group)
        if p is None:
            return None, "", "unknown", speaker.surface
        discourse.touch(p)
        return (p.name or p.role), p.role, _type(p), speaker.surface
    p = discourse.introduce(speaker, salient=True)
    if p is None:
        return None, "", "unknown", speaker.surface
    return (p.name or p.role), (speaker.role or p.role), _type(p), speaker.surface


def _type(p: _Person) -> str:
    if p.ordinary:
        return "ordinary person"
    if p.group:
        return "group"
    return "person" if p.name else "person"


_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)|\n")


def _row(text, sp, kind, cue, speaker, continued, pi, discourse, last_direct, sa) -> dict:
    name, role, stype, surface = _resolve(speaker, discourse, last_direct if continued else None)
    stop = _SENTENCE_STOP.search(text, sp.me)
    relay = relay_in(text[sa:stop.end() if stop else len(text)]) if not continued else None
    if continued and last_direct is not None:
        relay_name = last_direct["relayed_via"]
        cue_text = None
    else:
        relay_name = relay[0] if relay else None
        cue_text = cue[0].text if cue else None
    return {
        "start": sp.qs, "end": sp.qe, "text": text[sp.qs:sp.qe], "kind": kind, "cue": cue_text,
        "speaker": name, "speaker_role": role, "speaker_type": stype, "speaker_surface": surface,
        "relayed_via": relay_name, "continued": continued, "paragraph": pi,
    }


def _indirect(text, toks, starts, sa, sb, lex, discourse, pi, at_clause_start) -> dict | None:
    """A reporting verb with a speaker and no quote marks."""
    lo, hi = bisect_left(starts, sa), bisect_left(starts, sb)
    if lo >= hi:
        return None
    for k in range(lo, hi):
        t = toks[k]
        if not t.word:
            continue
        form = _cue_form(t.text)
        if not form:
            continue
        lemma, pos = form
        if not t.text.islower() and k != lo and not (pos == "according" and toks[k - 1].text in "(,"):
            continue
        if pos == "according":
            i, j, age = _np_forward(toks, k + 1, lex)
            speaker = _speaker(text, toks, i, j, age, lex)
            if speaker.empty:
                continue
            if k == lo or all(not x.word or x.lower in lex.connective or x.lower == "itu" for x in toks[lo:k]):
                rs = toks[j].end if j < hi and toks[j].text == "," else (toks[j - 1].end if j > i else t.end)
                rs = _skip_space(text, rs + (1 if text[rs:rs + 1] == "," else 0))
                re_ = _sentence_stop(text, sb)
            else:
                rs, re_ = sa, _rstrip(text, t.start)
                while re_ > rs and text[re_ - 1] in ",":
                    re_ -= 1
        elif pos == "before":
            i, j, age = _np_backward(toks, k, lex, lo)
            speaker = _speaker(text, toks, i, j, age, lex) if i < j else Speaker()
            # A title and a name right before the verb are its subject wherever
            # they stand ("Prosedur pendataan Ketua Gugus Tugas Doni Monardo
            # mengatakan"); a bare capitalised word only at a clause start.
            if not (speaker.name and speaker.role) and not (i < j and at_clause_start(lo, toks[i].start)):
                # "X, Wakil Gubernur DKI, di Balai Kota, Kamis, menyampaikan, …"
                speaker = _subject(text, toks, lo, k, lex)
                if not (speaker.name or speaker.pronoun):
                    continue
            if speaker.empty:
                continue
            if not (speaker.name or speaker.pronoun or speaker.role):
                continue
            # the reported clause: after the verb, past "bahwa" and time adverbials
            rest = text[t.end:_sentence_stop(text, sb)]
            m = re.match(r"^[\s,:]*(?:(?:pada|dalam|di|kepada|saat|ketika)\b[^,]*?(?=\bbahwa\b)|)\s*(?:bahwa\b)?[\s,]*",
                         rest)
            rs = t.end + (m.end() if m else 0)
            re_ = _sentence_stop(text, sb)
            if _word_count(text[rs:re_]) < 3:
                continue
        elif pos in ("after", "clitic") and k > lo and toks[k - 1].text == ",":
            # a parenthetical cue: "Memang, kata Risma, pengiriman bantuan …"
            if pos == "clitic":
                speaker, j = Speaker(surface=t.text, pronoun="nya"), k + 1
            else:
                i, j, age = _np_forward(toks, k + 1, lex)
                speaker = _speaker(text, toks, i, j, age, lex)
                if not (speaker.name or speaker.pronoun or speaker.role):
                    continue
            if j < hi and toks[j].text not in ",.;":
                continue
            rs, re_ = sa, _sentence_stop(text, sb)
        else:
            continue
        if _word_count(text[rs:re_]) < 2:
            continue
        name, role, stype, surface = _resolve(speaker, discourse, None)
        if name is None:
            continue
        relay = relay_in(text[sa:sb])
        return {
            "start": rs, "end": re_, "text": text[rs:re_], "kind": "indirect", "cue": t.text,
            "speaker": name, "speaker_role": role, "speaker_type": stype, "speaker_surface": surface,
            "relayed_via": relay[0] if relay else None, "continued": False, "paragraph": pi,
        }
    return None


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def _sentence_stop(text: str, sb: int) -> int:
    e = _rstrip(text, sb)
    while e > 0 and text[e - 1] in ".!?…":
        e -= 1
    return e
