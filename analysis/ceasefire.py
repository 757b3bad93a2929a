"""How the ceasefire is named and characterised.

Two data files drive this module:

* ``data/ceasefire_terms.csv``: every expression that refers to the agreement
  (or to earlier ceasefires), grouped under a canonical term;
* ``data/evaluation_lexicon.csv``: evaluative and modal words.

What each article *says about* the agreement (who brokered it, what it
does, how it is received) is not measured here: it is the analyst's hand
coding, read with :func:`answers_table` from a coding sheet.

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
EVALUATION_FILE = DATA / "evaluation_lexicon.csv"
FUNCTION_WORDS_FILE = DATA / "function_words.txt"

__all__ = [
    "terms",
    "evaluation_lexicon",
    "find_references",
    "references",
    "naming_table",
    "evaluation",
    "kwic",
    "collocates",
    "answers_table",
]

# Words near a ceasefire term that make it an earlier one.
_EARLIER_AFTER = re.compile(r"^\W*(?:\w+\W+){0,1}(sebelumnya|pertama|lalu)\b", re.I)

def terms() -> pd.DataFrame:
    """The naming lexicon: surface, canonical term, default referent, gloss."""
    t = pd.read_csv(TERMS_FILE, keep_default_na=False)
    t["anaphoric"] = t["anaphoric"].astype(str).eq("True")
    return t


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


def find_references(sentence: str, previous: str | None = None) -> list[dict]:
    """References to the agreement in one sentence, longest expression first.

    An anaphor such as *upaya tersebut* (that effort) refers to what the
    reference before it referred to, ``previous`` (this agreement when
    there is none).

    Example
    -------
    >>> [(r["term"], r["refers_to"]) for r in find_references(
    ...     "Iran mendukung kesepakatan itu, meski dua upaya gencatan senjata sebelumnya runtuh.")]
    [('agreement', 'this_agreement'), ('ceasefire attempt', 'earlier_ceasefire')]
    >>> [r["refers_to"] for r in find_references("Upaya tersebut runtuh dan gencatan senjata dilanggar.",
    ...                                          previous="earlier_ceasefire")]
    ['earlier_ceasefire', 'earlier_ceasefire']
    """
    taken, found = [], []
    patterns = _term_patterns()
    for pattern, row in (patterns[i] for i in _term_index().candidates(sentence)):
        for m in pattern.finditer(sentence):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append(m.span())
            refers = row.default_refers_to
            if refers == "previous":
                refers = previous or "this_agreement"
            if refers == "this_agreement" and _EARLIER_AFTER.match(sentence[m.end():]):
                refers = "earlier_ceasefire"
            found.append({
                "surface": m.group(), "term": row.term, "refers_to": refers,
                "anaphoric": row.anaphoric, "start": m.start(), "end": m.end(),
            })
    found.sort(key=lambda r: r["start"])
    # A bare ceasefire term in a sentence about an earlier ceasefire is that
    # one: "that effort failed when both sides broke the ceasefire".
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
    previous: dict[str, str] = {}
    for article_id, sid, kind, text, n in zip(s["article_id"], s["sentence_id"], s["kind"], s["text"], last):
        for r in find_references(text, previous.get(article_id) if kind == "body" else None):
            rows.append({"article_id": article_id, "sentence_id": sid, "kind": kind, **r,
                         "relative_position": sid / n})
            if kind == "body" and r["refers_to"] != "other":
                previous[article_id] = r["refers_to"]
    columns = ["article_id", "sentence_id", "kind", "surface", "term", "refers_to", "anaphoric",
               "start", "end", "relative_position"]
    return pd.DataFrame(rows, columns=columns)


def naming_table(corpus, refs: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per article and term: references, rate per 1,000 body words (a
    descriptive figure), surfaces; with the article's outlet."""
    refs = references(corpus) if refs is None else refs
    g = refs.groupby(["article_id", "refers_to", "term"], sort=True)
    out = g.agg(references=("surface", "size"),
                surfaces=("surface", lambda s: "; ".join(dict.fromkeys(x.lower() for x in s)))).reset_index()
    out["per_1000_words"] = (out["references"] / out["article_id"].map(corpus.articles["n_words"]) * 1000).round(1)
    out.insert(1, "outlet", out["article_id"].map(corpus.articles["outlet"]))
    return out.sort_values(["article_id", "refers_to", "references", "term"],
                           ascending=[True, False, False, True], kind="stable").reset_index(drop=True)


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


def answers_table(sheet: pd.DataFrame, questions: pd.DataFrame, labels: pd.Series, wide_max: int = 3) -> pd.DataFrame:
    """A hand-coded sheet of answers side by side: one row per question, one
    column per article (``labels`` maps article ids to column names), with
    "silent" where an article answers nothing and "not hand-coded" where the
    sheet does not cover it.  With more than ``wide_max`` articles the table
    is long instead (question, article, answer), so it still fits a page.

    Example
    -------
    >>> sheet = pd.DataFrame({"article_id": ["a", "a", "b"], "question": ["who", "who", "who"],
    ...                       "answer": ["X", "Y", ""]})
    >>> q = pd.DataFrame({"question": ["who", "when"], "text": ["Who?", "When?"]})
    >>> answers_table(sheet, q, pd.Series({"a": "A", "b": "B", "c": "C"})).values.tolist()
    [['Who?', 'X; Y', 'silent', 'not hand-coded'], ['When?', 'silent', 'silent', 'not hand-coded']]
    """
    rows = []
    coded = set(sheet["article_id"])
    for qid, text in zip(questions["question"], questions["text"]):
        for article_id, label in labels.items():
            if article_id not in coded:
                answer = "not hand-coded"
            else:
                a = sheet[(sheet["article_id"] == article_id) & (sheet["question"] == qid)]["answer"]
                answer = "; ".join(dict.fromkeys(x for x in a if x)) or "silent"
            rows.append({"Question": text, "Article": label, "Answer": answer})
    long = pd.DataFrame(rows, columns=["Question", "Article", "Answer"])
    if len(labels) > wide_max:
        return long
    wide = long.pivot(index="Question", columns="Article", values="Answer")
    wide = wide.reindex(list(questions["text"]))[list(labels)]
    wide.columns.name = None
    return wide.reset_index()
