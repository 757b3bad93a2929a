"""Chapter 5: the side-by-side comparison of every article, built from the
other modules' results.

Example
-------
>>> from analysis import load_corpus
>>> t = comparison_table(load_corpus())
>>> list(t.columns)[:2]
['Dimension', 'See']
"""

from __future__ import annotations

import pandas as pd

from analysis import actors, ceasefire, framing
from analysis.prose import join_names, plural

__all__ = ["comparison_table", "ROLE_ACTORS"]

#: The actors whose roles the comparison reports (France and the US together).
ROLE_ACTORS = {
    "Russia": ["Russia"],
    "Turkey": ["Turkey"],
    "France and the United States": ["France", "United States", "Emmanuel Macron"],
    "Armenia": ["Armenia", "Nikol Pashinyan"],
    "Azerbaijan": ["Azerbaijan", "Ilham Aliyev"],
}


def _roles(matrix: pd.DataFrame, outlet: str, names: list[str]) -> str:
    sub = matrix[(matrix["outlet"] == outlet) & matrix["actor"].isin(names)]
    if sub.empty:
        return "not named"
    totals = sub[[r for r in actors.ROLES if r in sub.columns]].sum()
    totals = totals[totals > 0].sort_values(ascending=False, kind="stable")
    return ", ".join(f"{role} {int(n)}" for role, n in totals.items())


def comparison_table(corpus) -> pd.DataFrame:
    """One row per dimension, one column per outlet, and the chapter section
    (as a MyST reference) where the evidence is shown."""
    m = actors.mentions(corpus)
    matrix = actors.agency_matrix(corpus, m)
    summary = actors.outlet_summary(corpus, m)
    frames = framing.code_frames(corpus)
    hl = framing.headlines_and_leads(corpus)
    refs = ceasefire.references(corpus)
    ev = ceasefire.evaluation(corpus)
    g = actors.gazetteer()
    aff = dict(zip(g["actor"], g["affiliation"]))
    outlets = sorted(corpus.articles["outlet"].unique(), key=str.lower)
    by_outlet = {o: list(corpus.articles.index[corpus.articles["outlet"] == o]) for o in outlets}

    def per(func):
        return {o: "; ".join(func(i) for i in by_outlet[o]) for o in outlets}

    rows = []
    rows.append(("Headline frame", "{ref}`ch-framing`", per(
        lambda i: (f"{hl.loc[i, 'subject']} as {hl.loc[i, 'subject_role']}"
                   if hl.loc[i, "subject_role"] else "no actor in subject position")
        + f", modality: {hl.loc[i, 'modality']}")))
    rows.append(("Main voices", "{numref}`tbl-voices`", per(
        lambda i: join_names([f"{sp} ({aff[actor]})" if aff.get(actor) else sp
                              for sp, actor, _ in summary.loc[i, "speakers"]])
        or "no one quoted")))
    for label, names in ROLE_ACTORS.items():
        rows.append((f"Roles given to {label}", "{numref}`tbl-agency`",
                     {o: _roles(matrix, o, names) for o in outlets}))

    def angles(i):
        f = frames[(frames["article_id"] == i) & (frames["frame"] == "human interest") & frames["present"]]
        people = frames[(frames["article_id"] == i) & (frames["item"] == "P1")]["present"].any()
        items = ", ".join(f["item"]) or "none"
        return f"human-interest items {items}; ordinary people quoted: {'yes' if people else 'no'}"

    rows.append(("Domestic and humanitarian angles", "{numref}`tbl-codebook`", per(angles)))

    def naming(i):
        r = refs[(refs["article_id"] == i) & (refs["refers_to"] == "this_agreement")]
        top = r["term"].value_counts().sort_index().sort_values(ascending=False, kind="stable")
        words = ev[ev["article_id"] == i]
        judged = ", ".join(dict.fromkeys(words[words["kind"] == "evaluative"]["word"])) or "none"
        if not len(top):
            return "not named"
        return f"mostly '{top.index[0]}' ({plural(len(r), 'reference')}); evaluative words: {judged}"

    rows.append(("How the ceasefire is named and judged", "{numref}`tbl-naming`", per(naming)))
    out = pd.DataFrame([{"Dimension": d, "See": see, **vals} for d, see, vals in rows])
    return out
