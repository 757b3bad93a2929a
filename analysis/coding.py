"""The analyst's coding sheets: hand coding kept as data, with its evidence checked.

A coding sheet is a CSV file beside the book (``book/coding/``), one row
per answer.  Every row names its article (the file stem) and, where the
answer rests on the text, the exact sentence it rests on.  This module
reads a sheet and checks it; it never produces an answer itself, so what
the book shows from a sheet is the analyst's reading, labelled as such, and
what it shows from the other modules is measurement.

Checks, each failing with a :class:`CodingError` that names the sheet, the
row and the problem:

* the sheet has the columns its kind requires;
* the ``answer`` column holds only the answers the kind allows;
* an evidence sentence occurs, word for word, in its article's analysed
  text (headline, caption, subheadings and body; never boilerplate).
  Whitespace runs count as one space; nothing else is forgiven.

Rows about an article that is not in the corpus are kept and marked
``in_corpus = False``: the sheet describes the study's articles, and a
corpus without them is not an error in the sheet.

Example
-------
>>> import io
>>> from analysis import load_corpus
>>> c = load_corpus()
>>> sheet = io.StringIO("article_id,answer,evidence,note\\n"
...                     "kompas-2020-11-13,yes,Pashinyan terpilih pada 2018 setelah adanya protes jalanan "
...                     "terhadap dugaan korupsi mantan elit politik.,\\n"
...                     "elsewhere-2021-01-01,no,,")
>>> read_sheet(sheet, c, name="demo")[["article_id", "answer", "in_corpus"]].values.tolist()
[['kompas-2020-11-13', 'yes', True], ['elsewhere-2021-01-01', 'no', False]]
>>> bad = io.StringIO("article_id,answer,evidence,note\\nkompas-2020-11-13,yes,Turki menolak.,")
>>> read_sheet(bad, c, name="demo")
Traceback (most recent call last):
...
analysis.coding.CodingError: demo: line 2: the evidence is not in kompas-2020-11-13: 'Turki menolak.'
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

__all__ = ["CodingError", "read_sheet", "evidence_text", "KINDS"]

#: The columns each kind of sheet must have, and the answers it allows
#: (None: free text).
KINDS = {
    "generic": (["article_id", "answer", "evidence", "note"], None),
    "frames": (["article_id", "item", "answer", "evidence", "note"], {"yes", "no"}),
    "attributes": (["article_id", "question", "answer", "evidence", "note"], None),
    "descriptions": (["article_id", "actor", "description", "evidence", "named", "note"], None),
}

_SPACE = re.compile(r"\s+")
_TEXT_KINDS = ("headline", "caption", "subheading", "body")


class CodingError(ValueError):
    """A coding sheet that cannot be trusted: a missing column, an answer
    outside the allowed set, or evidence that is not in its article."""


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def evidence_text(corpus) -> dict[str, str]:
    """Each article's analysed text, whitespace collapsed, for evidence checks."""
    s = corpus.sentences
    s = s[s["kind"].isin(_TEXT_KINDS)]
    return {a: _norm(" ".join(g["text"])) for a, g in s.groupby("article_id", sort=False)}


def read_sheet(source, corpus, kind: str = "generic", name: str | None = None) -> pd.DataFrame:
    """Read and check one coding sheet; return its rows with ``in_corpus``.

    ``source`` is a path or an open text file; ``name`` is how errors name
    the sheet (default: the file name).
    """
    if kind not in KINDS:
        raise ValueError(f"unknown kind of coding sheet {kind!r}; known: {', '.join(KINDS)}")
    name = name or (Path(source).name if isinstance(source, (str, Path)) else "coding sheet")
    try:
        rows = pd.read_csv(source, dtype=str, keep_default_na=False)
    except (OSError, pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise CodingError(f"{name}: cannot be read as CSV ({exc})") from exc
    columns, answers = KINDS[kind]
    missing = [c for c in columns if c not in rows.columns]
    if missing:
        raise CodingError(f"{name}: missing column(s) {', '.join(missing)}")
    texts = evidence_text(corpus)
    problems = []
    for i, row in rows.iterrows():
        line = i + 2  # the header is line 1
        if answers is not None and row["answer"] not in answers:
            problems.append(f"line {line}: answer {row['answer']!r} is not one of {sorted(answers)}")
        article = row["article_id"]
        if article in texts and row["evidence"] and _norm(row["evidence"]) not in texts[article]:
            problems.append(f"line {line}: the evidence is not in {article}: {row['evidence'][:80]!r}")
    if problems:
        raise CodingError(f"{name}: " + "; ".join(problems))
    return rows.assign(in_corpus=rows["article_id"].isin(set(texts)))
