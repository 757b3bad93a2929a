"""How the ceasefire is named and characterised.

Three data files drive this module:

* ``data/ceasefire_terms.csv``: every expression that refers to the agreement
  (or to earlier ceasefires), grouped under a canonical term;
* ``data/ceasefire_attributes.csv``: cue patterns that answer who brokered
  and signed it, who is left out, what it does, when it was reached, how it
  is received, its history, who monitors it and what comes next;
* ``data/evaluation_lexicon.csv``: evaluative and modal words.

Example
-------
>>> from analysis import load_corpus
>>> r = references(load_corpus())
>>> sorted(set(r["refers_to"]))
['earlier_ceasefire', 'other', 'this_agreement']
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

from analysis import actors
from analysis.prose import join_names
from analysis.text import FirstWordIndex, read_word_list, whole_words, words

DATA = Path(__file__).resolve().parent / "data"
TERMS_FILE = DATA / "ceasefire_terms.csv"
ATTRIBUTES_FILE = DATA / "ceasefire_attributes.csv"
EVALUATION_FILE = DATA / "evaluation_lexicon.csv"
FUNCTION_WORDS_FILE = DATA / "function_words.txt"

__all__ = [
    "terms",
    "attribute_rules",
    "evaluation_lexicon",
    "find_references",
    "references",
    "naming_table",
    "attributes",
    "ATTRIBUTES",
    "evaluation",
    "kwic",
    "collocates",
]

#: Attributes in the order the chapter reports them, with their questions.
ATTRIBUTES = {
    "brokered_by": "Who brokered it?",
    "signed_by": "Who signed or agreed to it?",
    "left_out": "Who is left out of it?",
    "what_it_does": "What does it do?",
    "when_reached": "When was it reached?",
    "reception": "How is it received, and by whom?",
    "history": "What came before it?",
    "monitors": "Who monitors or implements it?",
    "what_next": "What comes next?",
}

# Words near a ceasefire term that make it an earlier one.
_EARLIER_AFTER = re.compile(r"^\W*(?:\w+\W+){0,1}(sebelumnya|pertama|lalu)\b", re.I)

_ENGLISH = {
    "Senin": "Monday", "Selasa": "Tuesday", "Rabu": "Wednesday", "Kamis": "Thursday",
    "Jumat": "Friday", "Sabtu": "Saturday", "Minggu": "Sunday",
    "pagi": "morning", "siang": "midday", "sore": "afternoon", "malam": "evening",
    "Januari": "January", "Februari": "February", "Maret": "March", "Mei": "May",
    "Juni": "June", "Juli": "July", "Agustus": "August", "Oktober": "October",
    "Desember": "December", "Moskwa": "Moscow",
}


def _english(text: str) -> str:
    """Day, month and part-of-day words (and Moskwa) in English."""
    return " ".join(_ENGLISH.get(w, w) for w in text.split())


def terms() -> pd.DataFrame:
    """The naming lexicon: surface, canonical term, default referent, gloss."""
    t = pd.read_csv(TERMS_FILE, keep_default_na=False)
    t["anaphoric"] = t["anaphoric"].astype(str).eq("True")
    return t


def attribute_rules() -> pd.DataFrame:
    """The attribute cue rules, as data."""
    return pd.read_csv(ATTRIBUTES_FILE, keep_default_na=False)


def evaluation_lexicon() -> pd.DataFrame:
    """Evaluative and modal words with their glosses."""
    return pd.read_csv(EVALUATION_FILE, keep_default_na=False)


@lru_cache(maxsize=1)
def _term_patterns() -> tuple:
    t = terms().sort_values("surface", key=lambda s: -s.str.len(), kind="stable")
    return tuple(
        (whole_words(row.surface, literal=True), row)
        for row in t.itertuples(index=False)
    )


@lru_cache(maxsize=1)
def _term_index() -> FirstWordIndex:
    return FirstWordIndex(row.surface for _, row in _term_patterns())


def find_references(sentence: str) -> list[dict]:
    """References to the agreement in one sentence, longest expression first.

    Example
    -------
    >>> [(r["term"], r["refers_to"]) for r in find_references(
    ...     "Turki menyetujui kesepakatan terkahir itu, setelah 3 upaya gencatan senjata sebelumnya gagal.")]
    [('agreement', 'this_agreement'), ('ceasefire attempt', 'earlier_ceasefire')]
    """
    taken, found = [], []
    patterns = _term_patterns()
    for pattern, row in (patterns[i] for i in _term_index().candidates(sentence)):
        for m in pattern.finditer(sentence):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append(m.span())
            refers = row.default_refers_to
            if refers == "this_agreement" and _EARLIER_AFTER.match(sentence[m.end():]):
                refers = "earlier_ceasefire"
            found.append({
                "surface": m.group(), "term": row.term, "refers_to": refers,
                "anaphoric": row.anaphoric, "start": m.start(), "end": m.end(),
            })
    found.sort(key=lambda r: r["start"])
    # A bare ceasefire term in a sentence about an earlier ceasefire is that one:
    # "upaya tersebut gagal setelah ... melanggar gencatan senjata".
    if any(r["refers_to"] == "earlier_ceasefire" for r in found):
        for r in found:
            if r["term"] == "ceasefire" and r["refers_to"] == "this_agreement":
                r["refers_to"] = "earlier_ceasefire"
    return found


def references(corpus) -> pd.DataFrame:
    """Every reference to the agreement or an earlier ceasefire, one row each.

    Columns: ``article_id, sentence_id, kind, surface, term, refers_to``
    (``this_agreement``, ``earlier_ceasefire`` or ``other``), ``anaphoric``,
    ``start, end``, ``relative_position`` (0 = headline, 1 = last sentence).
    """
    s = corpus.sentences
    last = s.groupby("article_id")["sentence_id"].transform("max").clip(lower=1)
    rows = []
    for article_id, sid, kind, text, n in zip(s["article_id"], s["sentence_id"], s["kind"], s["text"], last):
        for r in find_references(text):
            rows.append({"article_id": article_id, "sentence_id": sid, "kind": kind, **r,
                         "relative_position": sid / n})
    columns = ["article_id", "sentence_id", "kind", "surface", "term", "refers_to", "anaphoric",
               "start", "end", "relative_position"]
    return pd.DataFrame(rows, columns=columns)


def naming_table(corpus, refs: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per outlet and term: references, rate per 1,000 body words, surfaces."""
    refs = references(corpus) if refs is None else refs
    refs = refs.assign(outlet=refs["article_id"].map(corpus.articles["outlet"]))
    body_words = corpus.articles.groupby("outlet")["n_words"].sum()
    g = refs.groupby(["outlet", "refers_to", "term"], sort=True)
    out = g.agg(references=("surface", "size"),
                surfaces=("surface", lambda s: "; ".join(dict.fromkeys(x.lower() for x in s)))).reset_index()
    out["per_1000_words"] = (out["references"] / out["outlet"].map(body_words) * 1000).round(1)
    return out.sort_values(["outlet", "refers_to", "references", "term"],
                           ascending=[True, False, False, True], kind="stable").reset_index(drop=True)


# --------------------------------------------------------------------------
# Attributes
# --------------------------------------------------------------------------


def _nearest_chain(cands: list[dict], sentence: str, lo: int, hi: int) -> list[dict]:
    """The coordinated group of names nearest to the span [lo, hi)."""
    if not cands:
        return []

    def distance(n):
        return 0 if lo <= n["start"] < hi else (lo - n["end"] if n["end"] <= lo else n["start"] - hi)

    inside = [n for n in cands if lo <= n["start"] < hi]
    if inside:
        return inside
    nearest = min(cands, key=lambda n: (distance(n), n["start"]))
    for chain in actors._chains(sorted(cands, key=lambda n: n["start"]), sentence):
        if nearest in chain:
            return chain
    return [nearest]


def _fill(rule, match: re.Match, sentence: str, names: list[dict]) -> str:
    """The rule's English value with actors and captured words filled in."""
    by_role = {}
    for role in ("agent", "speaker", "stance", "partner", "patient"):
        cands = [n for n in names if n["role"] == role and n["type"] != "news agency"]
        by_role[role] = [n["actor"] for n in _nearest_chain(cands, sentence, *match.span())]
    wanted = [r for r in rule.actor_roles.split("|") if r]
    chosen = list(dict.fromkeys(a for r in wanted for a in by_role.get(r, [])))
    values = {
        "actors": join_names(chosen) or "unnamed actors",
        "agents": join_names(by_role["agent"]) or "unnamed actors",
        "patients": join_names(by_role["patient"]) or "others",
    }
    values.update({k: _english(v) for k, v in match.groupdict().items() if v})
    return rule.value.format(**values)


@lru_cache(maxsize=1)
def _compiled_rules() -> tuple:
    return tuple(
        (whole_words(rule.cue), rule)
        for rule in attribute_rules().itertuples(index=False)
    )


def attributes(corpus) -> pd.DataFrame:
    """What each article says about the agreement, attribute by attribute.

    Columns: ``article_id, outlet, attribute, question, value`` (a short
    English statement) and ``evidence`` (the Indonesian sentence).  An
    attribute an article is silent on appears once with empty value and
    evidence: silence is a finding.

    A rule's scope says where its cue counts: ``reference`` (the sentence
    refers to this agreement), ``window`` (it or the sentence before does) or
    ``sentence`` (anywhere).

    Example
    -------
    >>> from analysis import load_corpus
    >>> a = attributes(load_corpus())
    >>> a.query("article_id == 'inews-2020-11-20' and attribute == 'brokered_by'")["value"].tolist()
    ['brokered by Russia']
    """
    m = actors.by_sentence(actors.mentions(corpus))
    refs = references(corpus)
    this = refs[refs["refers_to"] == "this_agreement"]
    with_ref = set(zip(this["article_id"], this["sentence_id"]))
    s = corpus.sentences
    rows = []
    for article_id in corpus.articles.index:
        sents = s[s["article_id"] == article_id]
        found = []
        for sid, text in zip(sents["sentence_id"], sents["text"]):
            names = m.get((article_id, sid), [])
            in_scope = {
                "sentence": True,
                "reference": (article_id, sid) in with_ref,
                "window": (article_id, sid) in with_ref or (article_id, sid - 1) in with_ref,
            }
            for pattern, rule in _compiled_rules():
                if not in_scope[rule.scope]:
                    continue
                for match in pattern.finditer(text):
                    found.append({"attribute": rule.attribute, "value": _fill(rule, match, text, names),
                                  "evidence": text, "sentence_id": sid})
        for attribute, question in ATTRIBUTES.items():
            hits = [f for f in found if f["attribute"] == attribute]
            if not hits:
                hits = [{"attribute": attribute, "value": "", "evidence": "", "sentence_id": None}]
            for h in hits:
                rows.append({"article_id": article_id, "question": question, **h})
    out = pd.DataFrame(rows, columns=["article_id", "attribute", "question", "value", "evidence", "sentence_id"])
    out.insert(1, "outlet", out["article_id"].map(corpus.articles["outlet"]))
    return out.drop_duplicates(["article_id", "attribute", "value", "evidence"]).reset_index(drop=True)


# --------------------------------------------------------------------------
# Evaluation, KWIC, collocates
# --------------------------------------------------------------------------


def evaluation(corpus) -> pd.DataFrame:
    """Evaluative and modal words in sentences about the agreement (or the
    sentence after one), with the actors acting, speaking or taking a stance
    in that sentence.

    Example
    -------
    >>> from analysis import load_corpus
    >>> e = evaluation(load_corpus())
    >>> e.query("word == 'akhirnya'")[["outlet", "actors"]].values.tolist()
    [['iNews.id', 'Armenia and Azerbaijan']]
    """
    lex = evaluation_lexicon()
    patterns = [(whole_words(w, literal=True), w, k, g)
                for w, k, g in zip(lex["word"], lex["kind"], lex["gloss"])]
    refs = references(corpus)
    about = set(zip(refs["article_id"], refs["sentence_id"]))
    m = actors.mentions(corpus)
    m = actors.by_sentence(m[m["role"].isin(["agent", "speaker", "stance"])])
    s = corpus.sentences
    rows = []
    for article_id, sid, text in zip(s["article_id"], s["sentence_id"], s["text"]):
        if (article_id, sid) not in about and (article_id, sid - 1) not in about:
            continue
        acting = [r["actor"] for r in m.get((article_id, sid), [])]
        for pattern, word, kind, gloss in patterns:
            if pattern.search(text):
                rows.append({"article_id": article_id, "sentence_id": sid, "word": word, "kind": kind,
                             "gloss": gloss, "actors": join_names(list(dict.fromkeys(acting))) or "none named",
                             "sentence": text})
    out = pd.DataFrame(rows, columns=["article_id", "sentence_id", "word", "kind", "gloss", "actors", "sentence"])
    out.insert(1, "outlet", out["article_id"].map(corpus.articles["outlet"]))
    return out.sort_values(["article_id", "sentence_id", "kind", "word"], kind="stable").reset_index(drop=True)


def kwic(corpus, refs: pd.DataFrame | None = None, width: int = 45) -> pd.DataFrame:
    """Keyword in context for every reference: left, keyword, right."""
    refs = references(corpus) if refs is None else refs
    s = corpus.sentences.set_index(["article_id", "sentence_id"])["text"]
    rows = []
    for r in refs.itertuples():
        text = s.loc[(r.article_id, r.sentence_id)]
        left = text[max(0, r.start - width):r.start]
        right = text[r.end:r.end + width]
        rows.append({
            "article_id": r.article_id, "sentence_id": r.sentence_id,
            "left": ("…" if r.start > width else "") + left,
            "keyword": r.surface,
            "right": right + ("…" if r.end + width < len(text) else ""),
            "term": r.term, "refers_to": r.refers_to,
        })
    out = pd.DataFrame(rows, columns=["article_id", "sentence_id", "left", "keyword", "right", "term", "refers_to"])
    out.insert(1, "outlet", out["article_id"].map(corpus.articles["outlet"]))
    return out


def collocates(corpus, refs: pd.DataFrame | None = None, window: int = 4, min_count: int = 2) -> pd.DataFrame:
    """Words within ``window`` words of a reference to this agreement.

    Counted per outlet; the reference's own words are not counted, nor are
    one-letter tokens or the function words in ``data/function_words.txt``
    (this display is the only place they are left out).  Words seen fewer
    than ``min_count`` times over all outlets are dropped.
    """
    function_words = read_word_list(FUNCTION_WORDS_FILE)
    refs = references(corpus) if refs is None else refs
    refs = refs[refs["refers_to"] == "this_agreement"]
    s = corpus.sentences.set_index(["article_id", "sentence_id"])["text"]
    rows = []
    for r in refs.itertuples():
        text = s.loc[(r.article_id, r.sentence_id)]
        left = words(text[:r.start])[-window:]
        right = words(text[r.end:])[:window]
        outlet = corpus.articles.loc[r.article_id, "outlet"]
        rows += [(outlet, w.lower()) for w in left + right if len(w) > 1 and w.lower() not in function_words]
    df = pd.DataFrame(rows, columns=["outlet", "word"])
    counts = df.groupby(["word", "outlet"]).size().unstack(fill_value=0)
    counts["all"] = counts.sum(axis=1)
    counts = counts[counts["all"] >= min_count]
    return counts.sort_values(["all"], ascending=False, kind="stable").reset_index()


def summary_table(attrs: pd.DataFrame, wide_max: int = 3) -> pd.DataFrame:
    """Side by side: one row per question, one column per outlet ("silent" where
    the outlet says nothing).  With more than ``wide_max`` outlets the table is
    long instead (question, outlet, answer), so it still fits a page.
    """
    answers = (
        attrs.groupby(["question", "outlet"], sort=False)["value"]
        .agg(lambda v: "; ".join(x for x in v if isinstance(x, str) and x) or "silent")
        .reset_index()
    )
    order = {q: i for i, q in enumerate(ATTRIBUTES.values())}
    answers = answers.sort_values("question", key=lambda s: s.map(order), kind="stable")
    if answers["outlet"].nunique() > wide_max:
        return answers.rename(columns={"question": "Question", "outlet": "Outlet", "value": "Answer"})
    wide = answers.pivot(index="question", columns="outlet", values="value")
    wide = wide.reindex(list(ATTRIBUTES.values()))
    wide = wide[sorted(wide.columns, key=str.lower)]
    return wide.reset_index().rename(columns={"question": "Question"})
