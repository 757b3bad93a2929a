"""The study's evidence, by name: measurement tables and the hand-coded sheets.

Chapters and the claim checks (:mod:`analysis.claims`) read the evidence
from one place, so a claim in the prose and the table beside it rest on the
same rows.  Every table has an ``article_id`` column.

Measurement (general methods, validated out of sample where stated):
``articles``, ``sentences``, ``mentions``, ``quotes``, ``people``,
``references`` (names for the agreement), ``evaluation`` (evaluative and
modal words), ``headlines``, ``agentless``.

Hand coding (the analyst's reading, from ``coding_dir``): ``frames`` (the
frame codebook), ``attributes`` (what each article says about the
agreement), ``descriptions`` (actors described or named only by office).

Example
-------
>>> from analysis import load_corpus
>>> t = evidence(load_corpus(), None)
>>> sorted(k for k in t if k in ("frames", "mentions"))
['mentions']
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis import actors, ceasefire, coding, framing

__all__ = ["evidence", "sheets", "questions", "SHEETS", "HAND_CODED"]

#: The hand-coded sheets: table name -> (file in the coding folder, kind).
SHEETS = {
    "frames": ("frames.csv", "frames"),
    "attributes": ("ceasefire.csv", "attributes"),
    "descriptions": ("descriptions.csv", "descriptions"),
}
#: Tables that are the analyst's hand coding, not measurement.
HAND_CODED = frozenset(SHEETS)


def sheets(corpus, coding_dir: str | Path) -> dict[str, pd.DataFrame]:
    """The hand-coded sheets, each checked against the corpus (evidence verified)."""
    coding_dir = Path(coding_dir)
    out = {}
    for name, (file, kind) in SHEETS.items():
        sheet = coding.read_sheet(coding_dir / file, corpus, kind=kind)
        out[name] = sheet.assign(outlet=sheet["article_id"].map(corpus.articles["outlet"]))
    return out


def questions(coding_dir: str | Path) -> pd.DataFrame:
    """The questions the attribute sheet answers, in the order they are reported."""
    path = Path(coding_dir) / "ceasefire_questions.csv"
    q = pd.read_csv(path, dtype=str, keep_default_na=False)
    if list(q.columns[:2]) != ["question", "text"]:
        raise coding.CodingError(f"{path.name}: needs the columns question,text")
    return q


def evidence(corpus, coding_dir: str | Path | None) -> dict[str, pd.DataFrame]:
    """Every evidence table by name (hand sheets only when ``coding_dir`` is given)."""
    a = corpus.articles
    arts = a.reset_index().rename(columns={a.index.name or "index": "article_id"})
    arts["published"] = [d.strftime("%Y-%m-%d") if pd.notna(d) else "" for d in a["published"]]
    m = actors.mentions(corpus)
    out = {
        "articles": arts,
        "sentences": corpus.sentences,
        "mentions": m,
        "quotes": actors.quotes(corpus),
        "people": actors.people(corpus),
        "references": ceasefire.references(corpus),
        "evaluation": ceasefire.evaluation(corpus),
        "headlines": framing.headlines_and_leads(corpus).reset_index(),
        "agentless": actors.agentless_passives(corpus),
    }
    if coding_dir is not None:
        out.update(sheets(corpus, coding_dir))
    return out
