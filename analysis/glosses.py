"""English glosses of the Indonesian text, kept as data beside the book.

The glosses are the analyst's hand work on the study's articles, so they
live with the other coding sheets in ``book/coding/glosses.tsv`` (or the
file named by the ``NK_GLOSSES`` environment variable), not in the package.

Glosses are a careful reader's renderings, not professional translation.
They are looked up sentence by sentence, so a paragraph is glossed when each
of its sentences is.  A sentence with no gloss on file (for instance from an
article added after the glosses were written) is marked as such rather than
guessed.

Example
-------
>>> gloss("Prancis didesak membantu Armenia")
'France urged to help Armenia'
>>> gloss("Kalimat yang belum diterjemahkan.")
'[no gloss on file]'
"""

from __future__ import annotations

import csv
import os
from functools import lru_cache
from pathlib import Path

import pandas as pd

from analysis.text import split_sentences

DATA = Path(__file__).resolve().parent / "data"
GLOSSES_FILE = Path(os.environ.get("NK_GLOSSES") or DATA.parent.parent / "book" / "coding" / "glosses.tsv")
MISSING = "[no gloss on file]"

__all__ = ["gloss", "has_gloss", "word_gloss", "table", "glossary", "MISSING"]


_QUOTES = str.maketrans("", "", "\"“”")


def _key(text: str) -> str:
    """Whitespace and quotation marks do not matter for the lookup."""
    return " ".join(text.translate(_QUOTES).split())


@lru_cache(maxsize=1)
def _glosses() -> dict[str, str]:
    if not GLOSSES_FILE.is_file():
        return {}
    with GLOSSES_FILE.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return {_key(r["indonesian"]): r["english"] for r in rows}


def has_gloss(text: str) -> bool:
    """Whether every sentence of ``text`` has a gloss on file."""
    g = _glosses()
    return _key(text) in g or all(_key(s) in g for _, _, s in split_sentences(text))


def gloss(text: str) -> str:
    """English gloss of an Indonesian sentence or paragraph."""
    g = _glosses()
    if _key(text) in g:
        return g[_key(text)]
    parts = [g.get(_key(s)) for _, _, s in split_sentences(text)]
    if not parts or any(p is None for p in parts):
        return MISSING
    return " ".join(parts)


@lru_cache(maxsize=1)
def _word_glosses() -> dict[str, str]:
    words = GLOSSES_FILE.with_name("word_glosses.tsv")
    out = {}
    if words.is_file():
        with words.open(encoding="utf-8", newline="") as fh:
            out = {r["indonesian"].lower(): r["english"] for r in csv.DictReader(fh, delimiter="\t")}
    for w, g in zip(glossary()["indonesian"], glossary()["english"]):
        out.setdefault(w.lower(), g)
    return out


def word_gloss(word: str) -> str:
    """English gloss of one Indonesian word: from the word list beside the
    sentence glosses, else from the package's lexicons; ``MISSING`` if none.

    >>> word_gloss("mendorong")
    'push for'
    >>> word_gloss("xyzzy")
    '[no gloss on file]'
    """
    return _word_glosses().get(word.lower(), MISSING)


def table() -> pd.DataFrame:
    """Every gloss on file, as the appendix shows it."""
    return pd.DataFrame(list(_glosses().items()), columns=["indonesian", "english"])


def glossary() -> pd.DataFrame:
    """Every Indonesian word or phrase the book's lexicons use, with its gloss.

    Built from the lexicon data files themselves (attribution, evaluation,
    ceasefire naming, codebook cues), so it cannot drift from them.
    """
    data = DATA
    rows = []
    lex = pd.read_csv(data / "attribution_lexicon.csv", keep_default_na=False)
    rows += [(w, g, "attribution") for w, g in zip(lex["word"], lex["gloss"])]
    ev = pd.read_csv(data / "evaluation_lexicon.csv", keep_default_na=False)
    rows += [(w, g, "evaluation") for w, g in zip(ev["word"], ev["gloss"])]
    terms = pd.read_csv(data / "ceasefire_terms.csv", keep_default_na=False)
    rows += [(w, g, "ceasefire naming") for w, g in zip(terms["surface"], terms["gloss"])]
    cues = pd.read_csv(data / "frame_cues.csv", keep_default_na=False)  # one row per cue and its gloss
    rows += [(c, g, "frame codebook") for c, g in zip(cues["cue"], cues["gloss"])]
    df = pd.DataFrame(rows, columns=["indonesian", "english", "used_in"])
    out = df.groupby(["indonesian"], sort=True).agg(
        english=("english", "first"), used_in=("used_in", lambda s: ", ".join(dict.fromkeys(s)))
    ).reset_index()
    return out
