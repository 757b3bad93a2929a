"""Chapter 5: a compact side-by-side table of the articles, from the evidence tables.

Each row is one dimension, each column one article, and a row is kept only
where the articles differ (with one article, every row is kept).  Every
row says what kind of evidence it rests on: ``measured`` (a general method
of this package) or ``hand-coded`` (the analyst's coding sheet), and where
in the book the evidence is shown.

Example
-------
>>> from analysis import load_corpus
>>> from analysis.study import evidence
>>> c = load_corpus()
>>> t = comparison_table(c, evidence(c, None))
>>> list(t.columns[:3])
['Dimension', 'Evidence', 'See']
"""

from __future__ import annotations

import pandas as pd

from analysis.prose import join_names

__all__ = ["comparison_table", "article_labels"]


def article_labels(corpus) -> pd.Series:
    """Column labels: the outlet, with the date when an outlet has several articles."""
    a = corpus.articles
    dates = a["published"].map(lambda d: f"{d:%-d %b %Y}" if pd.notna(d) else "undated")
    label = a["outlet"].where(~a["outlet"].duplicated(keep=False), a["outlet"] + " (" + dates + ")")
    # Two articles of one outlet on one day: the file names tell them apart.
    return label.where(~label.duplicated(keep=False), a["outlet"] + " (" + a.index + ")")


def _join(values, most: int = 4) -> str:
    """Distinct values as a list; beyond ``most``, the count of the rest, so
    the table stays compact (the full list is in the table the row links to).

    >>> _join(["a", "b", "a"]), _join(list("abcdef"), most=2), _join([])
    ('a and b', 'a, b and 4 more', 'none')
    """
    distinct = list(dict.fromkeys(v for v in values if v))
    if len(distinct) > most:
        return ", ".join(distinct[:most]) + f" and {len(distinct) - most} more"
    return join_names(distinct) or "none"


def _answers(values, most: int = 2) -> str:
    """Hand-coded answers, semicolon-separated (answers hold commas), at most ``most``.

    >>> _answers(["X, then Y", "Z"]), _answers(["a", "b", "c"]), _answers([""])
    ('X, then Y; Z', 'a; b; and 1 more', 'silent')
    """
    distinct = list(dict.fromkeys(v for v in values if v))
    if not distinct:
        return "silent"
    shown = "; ".join(distinct[:most])
    return shown + (f"; and {len(distinct) - most} more" if len(distinct) > most else "")


def comparison_table(corpus, tables: dict[str, pd.DataFrame], questions: pd.DataFrame | None = None,
                     keep_same: bool = False) -> pd.DataFrame:
    """One row per dimension on which the articles differ (all rows with one
    article, or with ``keep_same``)."""
    labels = article_labels(corpus)
    ids = list(corpus.articles.index)
    rows: list[tuple[str, str, str, dict]] = []

    def add(dimension, kind, see, func):
        rows.append((dimension, kind, see, {labels[i]: func(i) for i in ids}))

    arts = tables["articles"].set_index("article_id")

    def stated(value, missing):
        return value if isinstance(value, str) and value else missing

    add("Published, dateline", "measured", "{ref}`ch-articles`",
        lambda i: f"{stated(arts.loc[i, 'published'], 'undated')}, {stated(arts.loc[i, 'dateline'], 'no dateline')}")
    h = tables["headlines"].set_index("article_id")
    add("Headline's subject", "measured", "{numref}`tbl-headline-frames`",
        lambda i: (f"{h.loc[i, 'subject']} ({h.loc[i, 'subject_role']})" if h.loc[i, "subject_role"]
                   else "no actor") + f"; {h.loc[i, 'modality']}")
    q = tables["quotes"]
    add("Who is quoted", "measured", "{numref}`tbl-voices`",
        lambda i: _join(q[q["article_id"] == i]["speaker"]))
    add("Wire named", "measured", "{numref}`tbl-voices`",
        lambda i: _join(q[(q["article_id"] == i) & ~q["relay_inherited"]]["relayed_via"].dropna()))
    m = tables["mentions"]
    persons = m[m["type"] == "person"]
    add("Leaders named", "measured", "{numref}`tbl-portraits`",
        lambda i: _join(sorted(set(persons[(persons["article_id"] == i) & persons["named"]]["actor"]))))
    add("Leaders referred to only by office", "measured", "{numref}`tbl-portraits`",
        lambda i: _join(sorted(set(persons[persons["article_id"] == i].groupby("actor")["named"].any()
                                   .loc[lambda s: ~s].index))))
    r = tables["references"]
    this = r[r["refers_to"] == "this_agreement"]

    def naming(i):
        terms = this[this["article_id"] == i]["term"].value_counts().sort_index().sort_values(ascending=False,
                                                                                             kind="stable")
        return "; ".join(f"{t} {n}" for t, n in terms.items()) or "not named"

    add("Names for the agreement (references)", "measured", "{numref}`tbl-naming`", naming)
    if "descriptions" in tables:
        d = tables["descriptions"]
        add("Actors described, not named", "hand-coded", "{numref}`tbl-descriptions`",
            lambda i: _join(sorted(set(d[(d["article_id"] == i) & (d["named"] == "no")]["actor"])))
            if i in set(d["article_id"]) else "not hand-coded")
    if "attributes" in tables and questions is not None:
        at = tables["attributes"]
        for qid, text in zip(questions["question"], questions["text"]):
            add(text, "hand-coded", "{numref}`tbl-attributes`",
                lambda i, qid=qid: _answers(at[(at["article_id"] == i) & (at["question"] == qid)]["answer"])
                if i in set(at["article_id"]) else "not hand-coded")
    out = pd.DataFrame([{"Dimension": d, "Evidence": k, "See": s, **vals} for d, k, s, vals in rows])
    if len(ids) > 1 and not keep_same:
        values = out[[labels[i] for i in ids]]
        out = out[values.nunique(axis=1) > 1]
    return out.reset_index(drop=True)

