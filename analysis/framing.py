"""Framing: a transparent frame codebook, distinctive vocabulary, headlines and leads.

The codebook (``data/frame_codebook.csv``) holds Semetko & Valkenburg's (2000)
twenty yes/no items, Entman's (1993) four framing functions and the
applicable war/peace journalism indicators of Galtung and Lee & Maslog
(2005).  Each item is answered by Indonesian cue phrases (with English
glosses) or by a rule over the actor and quotation tables, and every
answer carries the sentences that justify it.

Distinctive vocabulary compares two articles or outlets with the log-odds
ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008) and
Dunning's (1993) G².

Example
-------
>>> from analysis import load_corpus
>>> f = code_frames(load_corpus())
>>> f.query("article_id == 'kompas-2020-11-13' and item == 'C4'")["present"].item()
True
"""

from __future__ import annotations

import math
from bisect import bisect_right
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pandas as pd

from analysis import actors
from analysis.text import first_word, stemmer, whole_words, word_set, words

DATA = Path(__file__).resolve().parent / "data"
CODEBOOK_FILE = DATA / "frame_codebook.csv"
VARIANTS_FILE = DATA / "variants.csv"

__all__ = ["codebook", "code_frames", "frame_profile", "agreement", "normalise", "term_counts",
           "keyness", "comparisons", "log_odds_dirichlet", "g2", "first_appearance", "cue_positions",
           "cue_kwic", "headlines_and_leads"]

SV_FRAMES = ["responsibility", "human interest", "conflict", "morality", "economic"]


def codebook() -> pd.DataFrame:
    """The bilingual codebook as a table."""
    return pd.read_csv(CODEBOOK_FILE, keep_default_na=False)


_LITERAL_CUES = re.compile(r"[\w -]+(?:\|[\w -]+)*")


@lru_cache(maxsize=1)
def _compiled():
    """(codebook row, cue pattern, first words) per item.

    ``first words`` is the set of lower-cased first words of the cue phrases
    when every cue is a plain phrase (words, spaces, hyphens), else None. An
    article none of whose words is among them cannot contain the cue, so the
    pattern need not be run on it.
    """
    out = []
    for row in codebook().itertuples(index=False):
        pattern = whole_words(row.cues) if row.cues else None
        first = None
        if row.cues and _LITERAL_CUES.fullmatch(row.cues):
            first = frozenset(first_word(c.strip()) for c in row.cues.split("|"))
            if None in first:
                first = None  # a phrase opening with a hyphen: match as a regular expression
        out.append((row, pattern, first))
    return tuple(out)


def _lists(df: pd.DataFrame, *columns: str) -> list[list]:
    """Columns as plain lists: iterating pandas string columns value by value is slow."""
    return [df[c].tolist() for c in columns]


def code_frames(corpus) -> pd.DataFrame:
    """Answer every codebook item for every article, with evidence.

    Columns: ``article_id, outlet, scheme, frame, item, question, present``
    (bool), ``evidence`` (the justifying sentences, joined with " | "),
    ``cues`` (the cue phrases found) and ``sentence_ids``.

    Rules: ``cue`` (a cue phrase occurs), ``cue_with_state`` (in a sentence
    that also names a state), ``states_named`` (two or more states are
    named), ``elite_voices`` (most quotations come from persons or states),
    ``people_voices`` (a group of ordinary people is quoted).
    """
    s = corpus.sentences
    m = actors.mentions(corpus)
    q = actors.quotes(corpus)
    types = dict(zip(actors.gazetteer()["actor"], actors.gazetteer()["type"]))
    # Group sentences, states named and quotations by article once, as plain
    # lists: filtering the whole tables per article would cost O(articles²).
    sentences_of: dict[str, list[tuple]] = {}
    for article_id, sid, kind, text in zip(*_lists(s, "article_id", "sentence_id", "kind", "text")):
        sentences_of.setdefault(article_id, []).append((sid, kind, text))
    states_of: dict[str, dict[int, set]] = {}
    for article_id, sid, kind, actor in zip(*_lists(m, "article_id", "sentence_id", "type", "actor")):
        if kind == "state":
            states_of.setdefault(article_id, {}).setdefault(sid, set()).add(actor)
    quotes_of: dict[str, list[tuple]] = {}
    for article_id, sid, sentence, speaker, actor in zip(*_lists(q, "article_id", "sentence_id", "sentence", "speaker",
                                                                 "actor")):
        quotes_of.setdefault(article_id, []).append((sid, sentence, speaker, types.get(actor)))
    rows = []
    for article_id in corpus.articles.index:
        sents = sentences_of.get(article_id, [])
        text_of = {sid: text for sid, _, text in sents}
        # Plain cue phrases are found in the article's sentences joined by
        # line breaks, and each match is mapped back to its sentence. A
        # phrase (words, spaces, hyphens) cannot match a line break, so no
        # match runs from one sentence into the next: the result is that of
        # matching sentence by sentence, which is what a cue written as a
        # regular expression still gets.
        whole = "\n".join(text for _, _, text in sents)
        offsets, at = [], 0
        for _, _, text in sents:
            offsets.append(at)
            at += len(text) + 1
        article_words = word_set(whole)
        states_by_sentence = dict(sorted(states_of.get(article_id, {}).items()))
        qa = quotes_of.get(article_id, [])
        for row, pattern, first_words in _compiled():
            hits = []
            if row.rule in ("cue", "cue_with_state"):
                found_in: dict[int, list[str]] = {}
                if first_words is None:
                    for i, (_, _, text) in enumerate(sents):
                        found = [x.group() for x in pattern.finditer(text)]
                        if found:
                            found_in[i] = found
                elif not first_words.isdisjoint(article_words):
                    for match in pattern.finditer(whole):
                        found_in.setdefault(bisect_right(offsets, match.start()) - 1, []).append(match.group())
                kinds = set(row.kinds.split("|")) if row.kinds else None
                for i, found in found_in.items():
                    sid, kind, text = sents[i]
                    if kinds and kind not in kinds:
                        continue
                    if row.rule == "cue" or states_by_sentence.get(sid):
                        hits.append((sid, text, found))
            elif row.rule == "states_named":
                seen = set()
                for sid, states in states_by_sentence.items():
                    seen |= states
                    if len(states) >= 2 and not hits:
                        hits.append((sid, text_of[sid], sorted(states)))
                if len(seen) < 2:
                    hits = []
            elif row.rule in ("elite_voices", "people_voices"):
                if row.rule == "elite_voices":
                    chosen = [x for x in qa if x[3] in ("person", "state", "organisation")]
                    ok = len(qa) > 0 and len(chosen) / len(qa) > 0.5
                else:
                    chosen = [x for x in qa if x[3] == "group of people"]
                    ok = len(chosen) > 0
                if ok:
                    hits = [(sid, text, [spk]) for sid, text, spk, _ in chosen]
            else:
                raise ValueError(f"{CODEBOOK_FILE.name}: unknown rule {row.rule!r} for item {row.item}")
            rows.append({
                "article_id": article_id, "scheme": row.scheme, "frame": row.frame, "item": row.item,
                "question": row.question, "present": bool(hits),
                "evidence": " | ".join(dict.fromkeys(t for _, t, _ in hits)),
                "cues": "; ".join(dict.fromkeys(c.lower() for _, _, cs in hits for c in cs)),
                "sentence_ids": [int(sid) for sid, _, _ in hits],
            })
    out = pd.DataFrame(rows)
    out.insert(1, "outlet", out["article_id"].map(corpus.articles["outlet"]))
    return out


def frame_profile(frames: pd.DataFrame) -> pd.DataFrame:
    """Share of each Semetko & Valkenburg frame's items present, per outlet."""
    sv = frames[frames["scheme"] == "Semetko & Valkenburg"]
    prof = sv.groupby(["outlet", "frame"])["present"].mean().unstack()
    return prof.reindex(columns=SV_FRAMES)


def agreement(frames: pd.DataFrame, hand: pd.DataFrame) -> dict:
    """Krippendorff's alpha (nltk.metrics.agreement) between the coder and the
    hand-coded sheet, with the list of disagreements.

    Example
    -------
    >>> import pandas as pd
    >>> f = pd.DataFrame({"article_id": ["a"] * 4, "item": list("wxyz"), "present": [True, False, True, False]})
    >>> agreement(f, f.copy())["alpha"]
    1.0
    """
    from nltk.metrics.agreement import AnnotationTask

    # Only the articles both sides cover: the hand sheet is of the seeds, and
    # a corpus may hold more articles, or fewer.
    common = set(hand["article_id"]) & set(frames["article_id"])
    frames = frames[frames["article_id"].isin(common)]
    hand = hand[hand["article_id"].isin(common)]
    if not common:
        return {"alpha": None, "units": 0, "agreed": 0,
                "disagreements": pd.DataFrame(columns=["article_id", "item", "present_coder", "present_hand"])}
    merged = frames[["article_id", "item", "present"]].merge(
        hand[["article_id", "item", "present"]], on=["article_id", "item"], suffixes=("_coder", "_hand"),
        how="outer", indicator=True,
    )
    missing = merged[merged["_merge"] != "both"]
    if len(missing):
        raise ValueError(f"hand sheet and coder cover different items: {missing[['article_id', 'item']].values.tolist()}")
    data = []
    for r in merged.itertuples():
        unit = f"{r.article_id}:{r.item}"
        data.append(("coder", unit, str(bool(r.present_coder))))
        data.append(("hand", unit, str(_as_bool(r.present_hand))))
    alpha = AnnotationTask(data=data).alpha()
    disagree = merged[[bool(a) != _as_bool(b) for a, b in zip(merged["present_coder"], merged["present_hand"])]]
    return {"alpha": round(alpha, 3), "units": len(merged),
            "agreed": int(len(merged) - len(disagree)),
            "disagreements": disagree[["article_id", "item", "present_coder", "present_hand"]].reset_index(drop=True)}


def _as_bool(value) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "yes", "1")
    return bool(value)


# --------------------------------------------------------------------------
# Distinctive vocabulary
# --------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    v = pd.read_csv(VARIANTS_FILE, keep_default_na=False)
    return dict(zip(v["variant"], v["canonical"]))


@lru_cache(maxsize=65536)
def normalise(token: str) -> str:
    """Lower case, spelling variants merged, then Sastrawi's stem.

    Example
    -------
    >>> normalise("Perancis") == normalise("Prancis")
    True
    >>> normalise("perdamaian")
    'damai'
    """
    t = token.lower()
    t = _variants().get(t, t)
    if any(ch.isdigit() for ch in t):
        return t
    return "-".join(stemmer().stem(part) or part for part in t.split("-"))


def _group_ids(corpus, group: str, exclude: str | None = None) -> list[str]:
    a = corpus.articles
    if group == "rest":
        return [i for i in a.index if i not in _group_ids(corpus, exclude)]
    return [group] if group in a.index else list(a.index[a["outlet"] == group])


def comparisons(corpus) -> list[tuple[str, str]]:
    """The keyness comparisons the chapter draws: the two outlets against each
    other, or, with more outlets, each outlet against the rest of the corpus."""
    outlets = sorted(corpus.articles["outlet"].unique(), key=str.lower)
    if len(outlets) == 2:
        return [(outlets[0], outlets[1])]
    return [(o, "rest") for o in outlets] if len(outlets) > 2 else []


def _article_terms(corpus) -> dict[str, tuple[Counter, dict]]:
    """Normalised term counts and surface forms of each article's body, once."""
    p = corpus.paragraphs
    body = p[p["kind"] == "body"]
    out = {}
    for article_id in corpus.articles.index:
        counts, forms = Counter(), {}
        for para in body[body["article_id"] == article_id]["text"]:
            for w in words(para):
                t = normalise(w)
                counts[t] += 1
                forms.setdefault(t, set()).add(w.lower())
        out[article_id] = (counts, forms)
    return out


def _combine(per_article: dict, ids: list[str]) -> tuple[Counter, Counter, dict]:
    counts, docs, forms = Counter(), Counter(), {}
    for article_id in ids:
        c, f = per_article[article_id]
        counts.update(c)
        docs.update(c.keys())
        for t, fs in f.items():
            forms.setdefault(t, set()).update(fs)
    return counts, docs, forms


def term_counts(corpus, group: str, exclude: str | None = None,
                per_article: dict | None = None) -> tuple[Counter, Counter, dict]:
    """Counts of normalised terms for an article id, an outlet name, or
    ``"rest"`` (every article not in ``exclude``).

    Returns raw counts, document counts (articles containing the term) and
    the surface forms seen for each term.
    """
    ids = _group_ids(corpus, group, exclude)
    if not ids:
        raise ValueError(f"{group!r} is neither an article id nor an outlet in the corpus")
    return _combine(_article_terms(corpus) if per_article is None else per_article, ids)


def log_odds_dirichlet(y_a: int, n_a: int, y_b: int, n_b: int, alpha_w: float, alpha_0: float) -> tuple[float, float]:
    """Monroe, Colaresi & Quinn (2008), eq. 16–22: log-odds ratio with an
    informative Dirichlet prior, and its z-score.

    Example
    -------
    >>> round(log_odds_dirichlet(3, 10, 1, 10, 1.0, 4.0)[0], 4)
    0.8755
    """
    delta = (math.log((y_a + alpha_w) / (n_a + alpha_0 - y_a - alpha_w))
             - math.log((y_b + alpha_w) / (n_b + alpha_0 - y_b - alpha_w)))
    variance = 1 / (y_a + alpha_w) + 1 / (y_b + alpha_w)
    return delta, delta / math.sqrt(variance)


def g2(y_a: int, n_a: int, y_b: int, n_b: int) -> float:
    """Dunning's (1993) log-likelihood G² for a term's counts in two corpora.

    Example
    -------
    >>> round(g2(10, 100, 0, 100), 3)
    14.39
    """
    total = n_a + n_b
    expected_a = n_a * (y_a + y_b) / total
    expected_b = n_b * (y_a + y_b) / total
    out = 0.0
    for observed, expected in ((y_a, expected_a), (y_b, expected_b)):
        if observed:
            out += observed * math.log(observed / expected)
    for observed, expected in ((n_a - y_a, n_a - expected_a), (n_b - y_b, n_b - expected_b)):
        if observed:
            out += observed * math.log(observed / expected)
    return 2 * out


def keyness(corpus, a: str, b: str, prior_scale: float = 1.0) -> pd.DataFrame:
    """Distinctive terms of ``a`` against ``b`` (article ids, outlets, or
    ``b="rest"`` for every other article).

    The prior is the pooled counts of the whole corpus (every article in
    ``seeds/``), scaled by ``prior_scale``; it is the background corpus the
    chapter states.  Columns: ``term, forms, count_a, count_b, docs_a,
    docs_b, log_odds, log_odds_z, g2, single_article`` (the term occurs in
    only one article of the whole corpus: G² inflates such terms).
    Positive ``log_odds_z`` leans to ``a``.
    """
    per_article = _article_terms(corpus)
    ca, da, fa = term_counts(corpus, a, per_article=per_article)
    cb, db, fb = term_counts(corpus, b, exclude=a, per_article=per_article)
    background, bdocs, _ = _combine(per_article, list(corpus.articles.index))
    n_a, n_b = sum(ca.values()), sum(cb.values())
    alpha_0 = prior_scale * sum(background.values())
    rows = []
    for term in sorted(set(ca) | set(cb)):
        alpha_w = prior_scale * background[term]
        lo, z = log_odds_dirichlet(ca[term], n_a, cb[term], n_b, alpha_w, alpha_0)
        rows.append({
            "term": term, "forms": ", ".join(sorted(fa.get(term, set()) | fb.get(term, set()))),
            "count_a": ca[term], "count_b": cb[term], "docs_a": da[term], "docs_b": db[term],
            "log_odds": lo, "log_odds_z": z, "g2": g2(ca[term], n_a, cb[term], n_b),
            "single_article": bdocs[term] == 1,
        })
    out = pd.DataFrame(rows)
    return out.sort_values(["log_odds_z", "term"], ascending=[False, True], kind="stable").reset_index(drop=True)


# --------------------------------------------------------------------------
# Position: headlines, leads, where frames appear
# --------------------------------------------------------------------------


def cue_positions(frames: pd.DataFrame, corpus) -> pd.DataFrame:
    """One row per (article, Semetko & Valkenburg frame, sentence with a cue)."""
    last = corpus.sentences.groupby("article_id")["sentence_id"].max().clip(lower=1)
    sv = frames[frames["scheme"] == "Semetko & Valkenburg"]
    rows = []
    for r in sv.itertuples():
        for sid in r.sentence_ids:
            rows.append({"article_id": r.article_id, "outlet": r.outlet, "frame": r.frame,
                         "sentence_id": sid, "relative_position": sid / last[r.article_id]})
    return pd.DataFrame(rows, columns=["article_id", "outlet", "frame", "sentence_id", "relative_position"]).drop_duplicates()


def first_appearance(frames: pd.DataFrame) -> pd.DataFrame:
    """The first sentence (0 = headline) where each frame's cues appear, per article."""
    rows = []
    for r in frames.itertuples():
        if r.sentence_ids:
            rows.append({"outlet": r.outlet, "article_id": r.article_id, "frame": r.frame, "first": min(r.sentence_ids)})
    df = pd.DataFrame(rows)
    table = df.groupby(["frame", "outlet"])["first"].min().unstack()
    order = SV_FRAMES + [f for f in table.index if f not in SV_FRAMES]
    return table.reindex([f for f in order if f in table.index])


def headlines_and_leads(corpus) -> pd.DataFrame:
    """Headline and lead per article with glosses, the headline's subject,
    its main verb and modality.
    """
    from analysis.glosses import gloss

    m = actors.mentions(corpus)
    s = corpus.sentences
    modal = {"akan": "will", "harus": "must", "minta": "asks for", "khawatir": "fears",
             "dapat": "can", "segera": "soon"}
    rows = []
    for article_id, art in corpus.articles.iterrows():
        head = art["headline"]
        hm = m[(m["article_id"] == article_id) & (m["sentence_id"] == 0)]
        subjects = hm[hm["role"].isin(["agent", "stance", "speaker", "patient"])]
        first_role = subjects["role"].iloc[0] if len(subjects) else None
        subject = list(dict.fromkeys(subjects[subjects["role"] == first_role]["actor"])) if first_role else []
        verbs = [w for w in words(head) if actors._verb_role(w)]
        mods = [f"{w} ({modal[w.lower()]})" for w in words(head) if w.lower() in modal]
        body = s[(s["article_id"] == article_id) & (s["kind"] == "body")]
        lead_position = body["position"].min() if len(body) else None
        lead = " ".join(body[body["position"] == lead_position]["text"]) if len(body) else ""
        rows.append({
            "article_id": article_id, "outlet": art["outlet"],
            "headline": head, "headline_gloss": gloss(head),
            "subject": ", ".join(subject) or "none", "subject_role": first_role or "",
            "main_verb": verbs[0] if verbs else "", "modality": "; ".join(mods) or "none",
            "lead": lead, "lead_gloss": gloss(lead) if lead else "",
        })
    return pd.DataFrame(rows).set_index("article_id")


def cue_kwic(frames: pd.DataFrame, corpus, width: int = 40) -> pd.DataFrame:
    """Each frame cue found, in context, with the cue's English gloss."""
    cb = codebook()
    gloss_of = {}
    for cues, glosses in zip(cb["cues"], cb["cue_gloss"]):
        for cue, g in zip(cues.split("|"), glosses.split("; ")):
            if cue:
                gloss_of.setdefault(cue.lower(), g)
    s = corpus.sentences.set_index(["article_id", "sentence_id"])["text"]
    rows = []
    sv = frames[(frames["scheme"] == "Semetko & Valkenburg") & frames["present"]]
    for r in sv.itertuples():
        cues = [c for c in r.cues.split("; ") if c in gloss_of]
        for sid in sorted(set(r.sentence_ids)):
            text = s.loc[(r.article_id, sid)]
            for cue in cues:
                m = whole_words(cue, literal=True).search(text)
                if m:
                    rows.append({
                        "outlet": r.outlet, "frame": r.frame,
                        "left": ("…" if m.start() > width else "") + text[max(0, m.start() - width):m.start()],
                        "cue": m.group(),
                        "right": text[m.end():m.end() + width] + ("…" if m.end() + width < len(text) else ""),
                        "gloss": gloss_of[cue],
                    })
    return pd.DataFrame(rows, columns=["outlet", "frame", "left", "cue", "right", "gloss"]).drop_duplicates()
