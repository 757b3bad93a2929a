"""The analyst's hand coding as the book shows it: answer grids and evidence lists.

The coding sheets (``book/coding/``, read and checked by
:mod:`analysis.coding`) hold one answer per row with the sentence it rests
on. The chapters show short grids of answers; the appendix shows every
answer with its evidence sentence and an English gloss. Both are built here,
from the sheets as :func:`analysis.study.evidence` returns them (rows for
articles in the corpus only), so a chapter's grid and the appendix's
evidence cannot disagree.

Example
-------
>>> frames = pd.DataFrame({
...     "article_id": ["k", "k", "w", "w"], "outlet": ["K.com", "K.com", "W.id", "W.id"],
...     "item": ["C1", "H1", "C1", "H1"], "answer": ["yes", "yes", "yes", "no"],
...     "evidence": ["Mereka bertikai.", "Warga menangis.", "Mereka bertikai lagi.", ""],
...     "note": ["", "a face", "", ""]})
>>> book = pd.DataFrame({"question": ["Disagreement?", "A human face?"]}, index=pd.Index(["C1", "H1"], name="item"))
>>> frame_grid(frames, book, pd.Series({"k": "K.com", "w": "W.id"}), differing_only=True).values.tolist()
[['H1', 'A human face?', 'yes', 'no']]
"""

from __future__ import annotations

import pandas as pd

from analysis.glosses import gloss

__all__ = ["frame_answers", "frame_grid", "frames_differ_evidence", "descriptions_evidence",
           "attributes_evidence"]


def _gloss(text: str) -> str:
    return gloss(text) if text else ""


def frame_answers(frames: pd.DataFrame) -> pd.DataFrame:
    """Items by articles: each article's answer to each codebook item."""
    answers = frames.groupby(["item", "article_id"])["answer"].first().unstack()
    answers.columns.name = None
    return answers


def _differing(answers: pd.DataFrame) -> pd.Index:
    """Items the articles answer differently (all items if one article is coded)."""
    if answers.shape[1] < 2:
        return answers.index
    return answers[answers.nunique(axis=1) > 1].index


def frame_grid(frames: pd.DataFrame, codebook: pd.DataFrame, labels: pd.Series,
               differing_only: bool = False, wide_max: int = 4) -> pd.DataFrame:
    """Every codebook item (or those the articles answer differently), one
    column of answers per article.

    ``codebook`` is :func:`analysis.framing.codebook` indexed by item;
    ``labels`` maps article ids to column names. An article the sheet does
    not cover reads "not hand-coded". With more than ``wide_max`` articles
    there is one column, listing the articles coded yes.
    """
    answers = frame_answers(frames)
    items = _differing(answers) if differing_only else codebook.index
    grid = answers.reindex(index=items, columns=list(labels.index)).rename(columns=labels)
    questions = [codebook.loc[i, "question"] for i in grid.index]
    if len(labels) <= wide_max:
        grid = grid.astype(object).fillna("not hand-coded")
        grid.insert(0, "Question", questions)
        grid.index.name = "Item"
        return grid.reset_index()
    return pd.DataFrame({"Item": list(grid.index), "Question": questions,
                         "Coded yes in": [", ".join(c for c in grid.columns if r[c] == "yes") or "none"
                                          for _, r in grid.iterrows()]})


def frames_differ_evidence(frames: pd.DataFrame, codebook: pd.DataFrame) -> pd.DataFrame:
    """The "yes" answers to items the articles answer differently, each with
    its evidence sentence, a gloss and the coder's note.

    >>> frames = pd.DataFrame({
    ...     "article_id": ["k", "w"], "outlet": ["K.com", "W.id"], "item": ["H1", "H1"],
    ...     "answer": ["yes", "no"], "evidence": ["Warga menangis.", ""], "note": ["a face", ""]})
    >>> book = pd.DataFrame({"question": ["A human face?"]}, index=pd.Index(["H1"], name="item"))
    >>> frames_differ_evidence(frames, book)[["Item", "Article", "Evidence", "Coder's note"]].values.tolist()
    [['H1: A human face?', 'K.com', 'Warga menangis.', 'a face']]
    """
    differ = _differing(frame_answers(frames))
    yes = frames[frames["item"].isin(differ) & (frames["answer"] == "yes")]
    return pd.DataFrame({
        "Item": yes["item"] + ": " + yes["item"].map(codebook["question"]),
        "Article": yes["outlet"],
        "Evidence": yes["evidence"],
        "Gloss": yes["evidence"].map(_gloss),
        "Coder's note": yes["note"],
    }).reset_index(drop=True)


def descriptions_evidence(descriptions: pd.DataFrame) -> pd.DataFrame:
    """Actors described or named only by office, with the sentence's gloss."""
    d = descriptions
    return pd.DataFrame({"Outlet": d["outlet"], "Actor": d["actor"], "Description": d["description"],
                         "Named elsewhere": d["named"],
                         "Gloss of the sentence": d["evidence"].map(_gloss)}).reset_index(drop=True)


def attributes_evidence(attributes: pd.DataFrame, questions: pd.DataFrame) -> pd.DataFrame:
    """Every answer about the agreement, in the order of the questions and
    then by outlet, with its evidence and a gloss; "(silent)" where an
    article says nothing.

    >>> attrs = pd.DataFrame({"question": ["why", "who", "who"], "outlet": ["A", "B", "A"],
    ...                       "answer": ["", "X", "Y"], "evidence": ["", "", ""]})
    >>> q = pd.DataFrame({"question": ["who", "why"], "text": ["Who?", "Why?"]})
    >>> attributes_evidence(attrs, q)[["Question", "Outlet", "Answer"]].values.tolist()
    [['Who?', 'A', 'Y'], ['Who?', 'B', 'X'], ['Why?', 'A', '(silent)']]
    """
    text = dict(zip(questions["question"], questions["text"]))
    order = {q: i for i, q in enumerate(questions["question"])}
    shown = attributes.sort_values(["question", "outlet"],
                                   key=lambda c: c.map(order) if c.name == "question" else c, kind="stable")
    return pd.DataFrame({
        "Question": shown["question"].map(text),
        "Outlet": shown["outlet"],
        "Answer": shown["answer"].replace("", "(silent)"),
        "Evidence": shown["evidence"],
        "Gloss": shown["evidence"].map(_gloss),
    }).reset_index(drop=True)
