"""The Indonesian word lists that attribution reads, loaded once from data.

Reporting verbs, relay phrases, titles and offices, words that end a name,
places, office abbreviations and the registry of news outlets are plain files
in ``data/quotes/`` and ``data/outlets.tsv`` that a linguist can edit without
touching code.  Each file says where its words come from.  This module loads
them into one frozen ``Lexicon`` and answers two questions about single
words: is it a reporting word (``cue_form``, which also recognises a
misspelt reporting verb), and is it an ordinary Indonesian word rather than a
name (``is_root_word``, ``derived``, from Sastrawi's dictionary).

Example
-------
>>> cue_form("katanya"), cue_form("mengatakan"), cue_form("mengatkan")
(('kata', 'clitic'), ('mengatakan', 'before'), ('mengatakan', 'before'))
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
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

__all__ = ["Lexicon", "lexicon", "reporting_verbs", "outlets", "cue_form", "misspelt_cue",
           "is_root_word", "derived", "stem", "PRONOUNS"]

#: Personal pronouns that can stand for a speaker.
PRONOUNS = frozenset({"ia", "dia", "beliau", "mereka", "dirinya"})


def outlets() -> pd.DataFrame:
    """The registry of news outlets and wire services: ``name``, ``pattern``
    (a regular expression for how the name is written), ``kind`` (``wire``
    or ``outlet``), ``country`` and ``note``."""
    return pd.read_csv(OUTLETS_FILE, sep="\t", keep_default_na=False)


def reporting_verbs() -> pd.DataFrame:
    """The reporting words: where they stand (``after`` the quotation,
    ``before`` it or introducing indirect speech, ``passive``, ``according``),
    their sense (``say``, or ``act`` for a speech act such as *berjanji*,
    "promised") and an English gloss."""
    return pd.read_csv(VERBS_FILE, keep_default_na=False)


@dataclass(frozen=True)
class Lexicon:
    """Every word list, as sets for membership tests."""

    after: frozenset
    before: frozenset
    passive: frozenset
    according: frozenset
    #: reporting verbs of speech acts (berjanji, mendesak) rather than of saying
    acts: frozenset
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
def lexicon() -> Lexicon:
    v = reporting_verbs()
    by = {p: frozenset(v.loc[v["position"] == p, "form"]) for p in ("after", "before", "passive", "according")}
    t = pd.read_csv(TITLES_FILE, keep_default_na=False)
    cls = {c: frozenset(w for w in t.loc[t["class"] == c, "word"] if " " not in w) for c in t["class"].unique()}
    ordinary_phrases = tuple(w for w in t.loc[t["class"] == "ordinary", "word"] if " " in w)
    s = pd.read_csv(NAME_STOPS_FILE, keep_default_na=False)
    stops = {c: frozenset(s.loc[s["class"] == c, "word"]) for c in s["class"].unique()}
    r = pd.read_csv(RELAY_FILE, keep_default_na=False)
    relays = tuple((re.compile(rf"\b{p}\b", re.I), side) for p, side in zip(r["pattern"], r["source_side"]))
    registry = outlets()
    outlet_patterns = tuple((name, re.compile(rf"\b(?:{pattern})\b")) for name, pattern in zip(registry["name"], registry["pattern"]))
    title_cues = frozenset(read_word_list(TITLE_CUES_FILE))
    # One-deletion neighbourhoods of the longer cues, for misspellings.
    deletions: dict[str, str] = {}
    for form in sorted(by["before"] | by["after"] | by["passive"]):
        if len(form) >= 7:
            deletions.setdefault(form, form)
            for d in _deletions(form):
                deletions.setdefault(d, form)
    return Lexicon(
        after=by["after"], before=by["before"], passive=by["passive"], according=by["according"],
        acts=frozenset(v.loc[v["sense"] == "act", "form"]),
        honorific=cls.get("honorific", frozenset()), office=cls.get("office", frozenset()),
        ordinary=cls.get("ordinary", frozenset()), group=cls.get("group", frozenset()),
        ordinary_phrases=ordinary_phrases,
        place_head=stops["place_head"], org_head=stops["org_head"], org_word=stops["org_word"],
        places=frozenset(read_word_list(PLACES_FILE)), outlet_words=_outlet_words(registry),
        abbreviations=dict(pd.read_csv(ABBREVIATIONS_FILE, keep_default_na=False).itertuples(index=False)),
        time=stops["time"], function=stops["function"] | stops["connective"],
        connective=stops["connective"], title_cues=title_cues, relays=relays, outlets=outlet_patterns, deletions=deletions,
    )


@lru_cache(maxsize=8192)
def misspelt_cue(word: str) -> str | None:
    """The reporting verb ``word`` misspells, if any.

    One edit (insertion, deletion, substitution or transposition) from a
    listed verb of at least seven letters, and not another word: Sastrawi's
    stem of it must not be a different dictionary root.

    >>> misspelt_cue("mengatkan"), misspelt_cue("menugaskan")
    ('mengatakan', None)
    """
    lex = lexicon()
    if len(word) < 6 or word in lex.cues or not word.isalpha():
        return None
    candidates = {lex.deletions[k] for k in ({word} | _deletions(word)) if k in lex.deletions}
    for cue in sorted(candidates):
        if edit_distance(word, cue, transpositions=True) != 1:
            continue
        root = stem(word)
        if root == stem(cue) or not is_root_word(root):
            return cue
    return None


@lru_cache(maxsize=16384)
def cue_form(word: str) -> tuple[str, str] | None:
    """``(lemma, position)`` for a reporting word as written, else None.

    ``katanya`` gives ``('kata', 'clitic')``: the speaker is the clitic.
    """
    lex = lexicon()
    w = word.lower()
    if w in lex.after:
        return w, "after"
    if w.endswith("nya") and w[:-3] in lex.after:
        return w[:-3], "clitic"
    for pos in ("before", "passive", "according"):
        if w in getattr(lex, pos):
            return w, pos
    fixed = misspelt_cue(w)
    if fixed:
        return fixed, "before" if fixed in lex.before else ("passive" if fixed in lex.passive else "after")
    return None



def is_root_word(word: str) -> bool:
    """Is ``word`` an Indonesian root word in Sastrawi's dictionary?"""
    return stemmer().delegatedStemmer.dictionary.contains(word)


_PREFIXES = ("meng", "meny", "mem", "men", "me", "peng", "peny", "pem", "pen", "per", "pel", "pe", "ber", "be",
             "ter", "te", "ke", "di", "se", "")
_NASAL = {"meny": "s", "peny": "s", "mem": "p", "pem": "p", "men": "t", "pen": "t", "meng": "k", "peng": "k",
          "ter": "r", "ber": "r", "per": "r", "pe": "r", "te": "r"}
_SUFFIXES = ("", "kan", "an", "i", "nya", "lah", "kah", "ku", "mu", "pun", "is")


def _may_have_a_root(word: str) -> bool:
    """Could Sastrawi find a dictionary root in ``word``?  A cheap test: up to
    two prefixes and two suffixes stripped, a nasal restored, leave a root.
    The stemmer, at about a millisecond a word, then runs only where it can
    succeed.  The test misses a root Sastrawi would find in about 0.2 % of
    the word types of PFSA-ID's development set (reduplicated and loan
    words such as *pembelajaran*, *finalisasi*); ``stem`` then returns the
    word unchanged."""
    cores = {word}
    for _ in range(2):
        more = set()
        for w in cores:
            for prefix in _PREFIXES[:-1]:
                if w.startswith(prefix) and len(w) > len(prefix) + 1:
                    rest = w[len(prefix):]
                    more.add(rest)
                    if prefix in _NASAL:
                        more.add(_NASAL[prefix] + rest)
        cores |= more
    for _ in range(2):
        cores |= {w[:-len(x)] for w in cores for x in _SUFFIXES[1:] if w.endswith(x) and len(w) > len(x) + 1}
    return any(is_root_word(w) for w in cores if len(w) >= 2)


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """Sastrawi's stem of ``word`` (lower case), cached."""
    if "-" not in word and not _may_have_a_root(word):
        return word
    return stemmer().stem(word)


_CONFIX = re.compile(r"^(?:(?:me|pe|ke|per|ber|di|ter)\w+(?:an|kan|i)|(?:me|ber)\w{4,}|\w{3,}kan)$")


@lru_cache(maxsize=16384)
def derived(word: str) -> bool:
    """Is ``word`` a derived Indonesian word (Menanggapi, Kepulauan,
    Peraturan): an affixed form of a dictionary root, so not a name?"""
    if not _CONFIX.match(word) or is_root_word(word):
        return False
    root = stem(word)
    return root != word and len(root) >= 4 and is_root_word(root)

