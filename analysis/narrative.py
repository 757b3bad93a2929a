"""Per-outlet finding sentences, composed from computed results.

Chapters glue these as Markdown (``{glue:md}``), so a finding is stated for
every article in the corpus, not only the two seeds, and every name and
number in it is computed.  All article-derived text is escaped.

Example
-------
>>> from analysis import load_corpus
>>> md = actor_findings(load_corpus())
>>> md.count("\\n- ") + md.startswith("- ")
2
"""

from __future__ import annotations

import pandas as pd
from IPython.display import Markdown

from analysis import actors
from analysis.prose import join_names, number_word, plural, times
from analysis.tables import escape

__all__ = ["actor_findings", "speaker_contrast", "as_markdown"]


def as_markdown(text: str) -> Markdown:
    """Wrap Markdown for ``glue`` (rendered with ``{glue:md}``)."""
    return Markdown(text)


def _named(actor: str, affiliations: dict) -> str:
    aff = affiliations.get(actor)
    return f"{actor} ({aff})" if aff else actor


def _speaker(speaker: str, actor: str | None, kind: str, affiliations: dict) -> str:
    """A speaker as the article gives it, with the actor list's English name
    where they differ: "*Ratusan demonstran* (Demonstrators, Armenia)"."""
    if actor is None:
        return escape(speaker)
    if actor == speaker:
        return escape(_named(actor, affiliations))
    words = f"*{escape(speaker)}*" if kind == "group" else escape(speaker)
    aff = affiliations.get(actor)
    return f"{words} ({escape(actor)}{', ' + escape(aff) if aff else ''})"


def actor_findings(corpus, m: pd.DataFrame | None = None) -> str:
    """One bullet per article: who is named, who acts, who speaks, via which wire."""
    m = actors.mentions(corpus) if m is None else m
    summary = actors.outlet_summary(corpus, m)
    matrix = actors.agency_matrix(corpus, m)
    g = actors.gazetteer()
    aff = dict(zip(g["actor"], g["affiliation"].replace("", None)))
    ap = actors.agentless_passives(corpus)
    bullets = []
    for article_id, s in summary.iterrows():
        mx = matrix[matrix["outlet"] == s["outlet"]]
        agent = mx.sort_values(["agent", "actor"], ascending=[False, True], kind="stable").iloc[0] if len(mx) else None
        stance = mx[mx["stance"] > 0]["actor"].tolist()
        speakers = [_speaker(sp, actor, kind, aff) for sp, actor, kind in s["speakers"]]
        verbs = ap[ap["article_id"] == article_id]["verb"].tolist()
        parts = [
            f"**{escape(s['outlet'])}** names {plural(s['actors_named'], 'actor')} "
            f"in {plural(s['mentions'], 'mention')}.",
        ]
        if agent is not None and agent["agent"] > 0:
            parts.append(
                f"Its most frequent agent is {escape(agent['actor'])} "
                f"({agent['agent']} of its {agent['all']} mentions)."
            )
        parts.append(
            f"Stances are taken by {escape(join_names(stance))}." if stance else "No actor is given a stance verb."
        )
        if speakers:
            parts.append(
                f"It quotes {join_names(speakers)} "
                f"({s['direct']} direct, {s['indirect']} indirect), "
                + (f"relaying {escape(join_names(s['wires']))}." if s["wires"] else "naming no wire.")
            )
        else:
            parts.append("It quotes no one.")
        parts.append(
            f"{plural(len(verbs), 'agentless passive')} "
            + ("leaves" if len(verbs) == 1 else "leave")
            + " the doer unnamed"
            + (f" ({escape(', '.join(verbs))})." if verbs else ".")
        )
        bullets.append("- " + " ".join(parts))
    return "\n".join(bullets)


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


def ceasefire_findings(corpus) -> str:
    """One bullet per article: what it calls the agreement, what it is silent on."""
    from analysis import ceasefire

    refs = ceasefire.references(corpus)
    attrs = ceasefire.attributes(corpus)
    bullets = []
    for article_id, art in corpus.articles.iterrows():
        r = refs[(refs["article_id"] == article_id) & (refs["refers_to"] == "this_agreement")]
        earlier = refs[(refs["article_id"] == article_id) & (refs["refers_to"] == "earlier_ceasefire")]
        a = attrs[attrs["article_id"] == article_id]
        silent = [q.rstrip("?").lower() for q in a[a["value"] == ""]["question"]]
        n_questions = a["question"].nunique()
        rate = len(r) / art["n_words"] * 1000 if art["n_words"] else 0
        top = r["term"].value_counts().sort_index().sort_values(ascending=False, kind="stable")
        parts = [
            f"**{escape(art['outlet'])}** refers to the agreement {times(len(r))} "
            f"({rate:.1f} per 1,000 body words)"
            + (f", most often as \u201c{escape(top.index[0])}\u201d" if len(top) else "")
            + (f", and to earlier ceasefires {times(len(earlier))}." if len(earlier) else
               ", and never to earlier ceasefires."),
            (f"Of the {n_questions} questions asked of every article, it is silent on "
             f"{number_word(len(silent))}: " + escape("; ".join(silent)) + "."
             if silent else f"It answers all {n_questions} questions asked of every article."),
        ]
        bullets.append("- " + " ".join(parts))
    return "\n".join(bullets)


def framing_findings(corpus, frames: pd.DataFrame, headlines: pd.DataFrame) -> str:
    """One bullet per article: headline subject and modality, frames, voices."""
    from analysis import framing

    bullets = []
    sv = frames[frames["scheme"] == "Semetko & Valkenburg"]
    for article_id, h in headlines.iterrows():
        f = sv[sv["article_id"] == article_id]
        per = f.groupby("frame")["present"].agg(["sum", "size"]).reindex(framing.SV_FRAMES)
        strongest = per.assign(share=per["sum"] / per["size"]).sort_values("share", ascending=False, kind="stable")
        frames_text = ", ".join(f"{name} {int(r['sum'])}/{int(r['size'])}" for name, r in strongest.iterrows())
        pj = frames[(frames["article_id"] == article_id) & (frames["scheme"] != "Semetko & Valkenburg")
                    & (frames["scheme"] != "Entman")]
        war = int(pj[(pj["frame"] == "war journalism")]["present"].sum())
        peace = int(pj[(pj["frame"] == "peace journalism")]["present"].sum())
        n_war = int((pj["frame"] == "war journalism").sum())
        n_peace = int((pj["frame"] == "peace journalism").sum())
        subject = (f"the headline's subject is {escape(h['subject'])} ({escape(h['subject_role'])}; "
                   if h["subject_role"] else "the headline puts no actor in subject position (")
        bullets.append(
            f"- **{escape(h['outlet'])}**: {subject}modality: {escape(h['modality'])}). "
            f"Frame items present: {escape(frames_text)}. "
            f"War-journalism indicators {war}/{n_war}, peace-journalism indicators {peace}/{n_peace}."
        )
    return "\n".join(bullets)
