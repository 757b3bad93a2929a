"""Chapter 1 tables: what each article is, and what cleaning set aside.

Example
-------
>>> from analysis import load_corpus
>>> t = cleaning_table(load_corpus())
>>> int(t.loc["kompas-2020-11-13", "boilerplate"])
15
"""

from __future__ import annotations

import pandas as pd

from analysis.corpus import KINDS
from analysis.glosses import gloss
from analysis.text import ANALYSED_KINDS

__all__ = [
    "articles_table",
    "headlines_table",
    "cleaning_table",
    "set_aside",
    "truncation_table",
    "where_term_occurs",
]


def _date_label(row) -> str:
    if row["published"] is None or pd.isna(row["published"]):
        return "unknown"
    label = row["published"].strftime("%d %b %Y").lstrip("0")
    if row["published_source"] == "inferred":
        label += f" (inferred from “{row['published_evidence']}”)"
    return label


def articles_table(corpus) -> pd.DataFrame:
    """One row per article: outlet, date, author, editor, dateline, length, profile."""
    a = corpus.articles
    return pd.DataFrame(
        {
            "Outlet": a["outlet"],
            "Published": a.apply(_date_label, axis=1),
            "Author": a["author"].fillna("not named"),
            "Editor": a["editor"].fillna("not named"),
            "Dateline": a["dateline"].fillna("none"),
            "Body words": a["n_words"].astype(int),
            "Read with profile": a["profile"],
        }
    )


def headlines_table(corpus) -> pd.DataFrame:
    """One row per article: outlet, Indonesian headline, English gloss."""
    a = corpus.articles
    return pd.DataFrame(
        {"Outlet": a["outlet"], "Headline": a["headline"], "Gloss": a["headline"].map(gloss)}
    )


def where_term_occurs(corpus, term: str) -> pd.DataFrame:
    """For each article, lines containing ``term`` in analysed text and in boilerplate.

    Example
    -------
    >>> from analysis import load_corpus
    >>> where_term_occurs(load_corpus(), "Trump").loc["inews-2020-11-20"].tolist()
    [0, 1]
    """
    p = corpus.paragraphs
    hit = p["text"].str.contains(term, regex=False)
    analysed = p["kind"].isin(ANALYSED_KINDS)
    out = pd.DataFrame(
        {
            "analysed": (hit & analysed).groupby(p["article_id"]).sum(),
            "boilerplate": (hit & (p["kind"] == "boilerplate")).groupby(p["article_id"]).sum(),
        }
    )
    return out.reindex(corpus.articles.index, fill_value=0).astype(int)


def cleaning_table(corpus) -> pd.DataFrame:
    """Lines of each raw file by kind (rows: articles; columns: kinds)."""
    counts = pd.crosstab(corpus.paragraphs["article_id"], corpus.paragraphs["kind"])
    counts = counts.reindex(columns=list(KINDS), fill_value=0)
    counts["all lines"] = counts.sum(axis=1)
    return counts.loc[corpus.articles.index]


def set_aside(corpus) -> pd.DataFrame:
    """Boilerplate lines grouped by reason, per article, with an example line."""
    p = corpus.paragraphs[corpus.paragraphs["kind"] == "boilerplate"]
    grouped = p.groupby(["article_id", "reason"], sort=False)["text"]
    out = grouped.agg(lines="size", example="first").reset_index()
    out.insert(1, "outlet", out["article_id"].map(corpus.articles["outlet"]))
    return out


def truncation_table(corpus) -> pd.DataFrame:
    """Whether each capture stops early, and where."""
    a = corpus.articles
    return pd.DataFrame(
        {
            "Outlet": a["outlet"],
            "Truncated": a["truncated"].map({True: "yes", False: "no"}),
            "Where the capture stops": a["truncation"].fillna("complete"),
        }
    )
