"""Which wire service an article relays, and how it says so.

Indonesian online news marks relayed copy with phrases such as
"seperti yang dilansir dari Reuters" or "dikutip dari Reuters".  Photo credits
("(foto: AFP)") are a different relation: the picture, not the text, came
from that agency.  The agencies are listed in ``data/agencies.tsv``.

Example
-------
>>> relay_in('"...," kata Macron dikutip dari Reuters, Jumat (20/11/2020).')
('Reuters', 'dikutip dari Reuters')
>>> relay_in("Prancis mendorong pengawasan internasional.") is None
True
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

AGENCIES_FILE = Path(__file__).resolve().parent / "data" / "agencies.tsv"

__all__ = ["relay_in", "citations", "agencies"]

# The verbs of relaying: dilansir (dari), dikutip (dari), mengutip, melansir, menurut.
_RELAY_VERBS = r"(?:(?:seperti\s+(?:yang\s+)?)?(?:di|me)lansir(?:\s+dari)?|dikutip\s+dari|mengutip|menurut|via)"


def agencies() -> pd.DataFrame:
    """The agency list as a table."""
    return pd.read_csv(AGENCIES_FILE, sep="\t")


@lru_cache(maxsize=1)
def _relay_pattern() -> tuple[re.Pattern, dict[str, str]]:
    table = agencies()
    alternatives = "|".join(f"(?P<a{i}>{p})" for i, p in enumerate(table["pattern"]))
    pattern = re.compile(rf"{_RELAY_VERBS}\s+(?:kantor\s+berita\s+)?(?:{alternatives})\b")
    names = {f"a{i}": name for i, name in enumerate(table["agency"])}
    return pattern, names


def relay_in(sentence: str) -> tuple[str, str] | None:
    """The agency a sentence says it relays, with the phrase that says so."""
    pattern, names = _relay_pattern()
    match = pattern.search(sentence)
    if not match:
        return None
    group = next(g for g, v in match.groupdict().items() if v)
    return names[group], match.group()


def citations(corpus) -> pd.DataFrame:
    """Every relay phrase and photo credit in the corpus, one row each.

    Columns: ``article_id, outlet, agency, relation`` (``text`` for relayed
    copy, ``photo`` for a photo credit), ``phrase``, ``sentence``.
    """
    rows = []
    sents = corpus.sentences
    for article_id, sentence_id, text in zip(sents["article_id"], sents["sentence_id"], sents["text"]):
        found = relay_in(text)
        if found:
            rows.append((article_id, found[0], "text", found[1], text))
    for article_id, credit in corpus.articles["photo_credit"].dropna().items():
        rows.append((article_id, credit, "photo", f"(foto: {credit})", ""))
    out = pd.DataFrame(rows, columns=["article_id", "agency", "relation", "phrase", "sentence"])
    out.insert(1, "outlet", out["article_id"].map(corpus.articles["outlet"]))
    return out
