"""Measured findings as Markdown sentences, one bullet per outlet.

Chapters glue these (``{glue:md}``), so a finding is stated for every
outlet in the corpus, not only the two seeds, and every name in it is
computed.  All article-derived text is escaped.  Interpretation is not made
here: it is the chapters' prose, each claim checked by
:mod:`analysis.claims`.

Example
-------
>>> from analysis import load_corpus
>>> print(speaker_contrast(load_corpus()))
- **iNews\\.id** alone quotes Emmanuel Macron.
- **Kompas\\.com** alone quotes Nikol Pashinyan\\, Ratusan demonstran and Sergei Lavrov.
"""

from __future__ import annotations

from IPython.display import Markdown

from analysis import actors
from analysis.prose import join_names
from analysis.tables import escape

__all__ = ["speaker_contrast", "as_markdown"]


def as_markdown(text: str) -> Markdown:
    """Wrap Markdown for ``glue`` (rendered with ``{glue:md}``)."""
    return Markdown(text)


def speaker_contrast(corpus) -> str:
    """Speakers quoted by one outlet and not by any other, one bullet per outlet."""
    q = actors.quotes(corpus).assign(outlet=lambda d: d["article_id"].map(corpus.articles["outlet"]))
    by_outlet = q.groupby("outlet")["speaker"].agg(lambda s: set(s.dropna()))
    bullets = []
    outlets = sorted(corpus.articles["outlet"].unique(), key=str.lower)
    if len(outlets) == 1:
        mine = sorted(by_outlet.get(outlets[0], set()))
        return f"- **{escape(outlets[0])}** quotes {escape(join_names(mine)) if mine else 'no one'}."
    for outlet in outlets:
        mine = by_outlet.get(outlet, set())
        others = set().union(*[v for k, v in by_outlet.items() if k != outlet]) if len(by_outlet) > 1 else set()
        only = sorted(mine - others)
        text = escape(join_names(only)) if only else "no one the other outlets do not also quote"
        bullets.append(f"- **{escape(outlet)}** alone quotes {text}.")
    return "\n".join(bullets)

