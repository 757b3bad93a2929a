"""Which wire or outlet a sentence cites for what it reports, and photo credits.

Indonesian online news marks relayed copy with phrases such as *seperti
dilansir dari Reuters*, *dikutip dari AFP*, *mengutip Antara*, *dimuat di*,
*X melaporkan* or *kata X kepada Reuters*.  The phrases are data
(``data/quotes/relay_phrases.csv``), and so is the registry of outlets and
wire services they are checked against (``data/outlets.tsv``).  Photo
credits ("(foto: AFP)") are a different relation: the picture, not the
text, came from that agency.

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

import pandas as pd

from analysis.lexicon import Lexicon, lexicon, outlets
from analysis.speakers import tokens

__all__ = ["relay_in", "citations", "outlets", "outlet_of"]


_SOURCE_DESCRIPTORS = {"laman", "situs", "media", "kantor", "berita", "harian", "surat", "kabar", "stasiun",
                       "televisi", "tv", "radio", "majalah", "portal", "akun", "resmi", "jaringan", "agensi",
                       "outlet", "koran", "laporan", "wawancara", "dengan", "the"}


def outlet_of(name: str, lex: Lexicon | None = None) -> str | None:
    """The registry name of the outlet ``name`` refers to, or None; the
    longest match wins ("Kompas TV" is not "Kompas").

    >>> outlet_of("Kompas TV"), outlet_of("KOMPAS.com"), outlet_of("harian Kompas"), outlet_of("Warta")
    ('Kompas TV', 'Kompas.com', 'Kompas', None)
    """
    lex = lex or lexicon()
    best, length = None, 0
    for canonical, pattern in lex.outlets:
        for m in pattern.finditer(name):
            if m.end() - m.start() > length:
                best, length = canonical, m.end() - m.start()
    return best


@lru_cache(maxsize=1)
def _any_relay(lex: Lexicon) -> re.Pattern:
    """All relay phrases in one pattern: most sentences have none."""
    return re.compile("|".join(f"(?:{p.pattern})" for p, _ in lex.relays), re.I)


def relay_in(sentence: str) -> tuple[str, str] | None:
    """The wire or outlet a sentence cites for what it reports, and the
    phrase that says so.

    >>> relay_in('"Kami siap," kata Ali seperti dilansir dari Reuters, Senin.')
    ('Reuters', 'seperti dilansir dari Reuters')
    >>> relay_in('"Kami siap," kata Ali kepada wartawan.') is None
    True
    """
    lex = lexicon()
    if not _any_relay(lex).search(sentence):
        return None
    for pattern, side in lex.relays:
        for m in pattern.finditer(sentence):
            if side == "after":
                toks = tokens(sentence, m.end(), min(len(sentence), m.end() + 80))
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
                known = outlet_of(name, lex)
                if m.group().lower() == "kepada" and known is None:
                    continue   # "kata X kepada Kompas/wartawan": an interview, not a relay
                return known or name, sentence[m.start():run[-1].end]
            else:
                toks = tokens(sentence, max(0, m.start() - 60), m.start())
                run = []
                for t in reversed(toks):
                    if t.word and (t.cap or t.lower in {"the", "of"}):
                        run.insert(0, t)
                    else:
                        break
                if not run:
                    continue
                name = sentence[run[0].start:run[-1].end]
                known = outlet_of(name, lex)
                if known is None:
                    continue
                return known, sentence[run[0].start:m.end()]
    return None




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
