r"""Framing: a transparent frame codebook, distinctive vocabulary, headlines and leads.

The codebook (``data/frame_codebook.csv``) holds Semetko & Valkenburg's (2000)
twenty yes/no items, Entman's (1993) four framing functions and the
applicable war/peace journalism indicators of Galtung and Lee & Maslog
(2005).  Each item is answered by Indonesian cue phrases or by a rule over
the actor and quotation tables, and every answer carries the sentences that
justify it.

The cues live in ``data/frame_cues.csv``, one row per cue: the item, the
phrase, its English gloss and the basis on which the phrase expresses the
item's concept in general Indonesian.  A cue is a plain phrase (words,
spaces, hyphens), matched case-insensitively as whole words.  A hit does not
count when a negator (``data/negators.txt``) stands within the three words
before it in the same sentence, nor when its sentence names a year earlier
than the article's publication year (background, not the story's present);
both kinds of hit stay visible in the ``negated`` and ``background`` columns.

Distinctive vocabulary compares two articles or outlets with the log-odds
ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008) and
Dunning's (1993) G².

Example
-------
A made-up article, published (by its dated reference) in 2020:

>>> import tempfile
>>> from analysis import load_corpus
>>> folder = Path(tempfile.mkdtemp())
>>> _ = (folder / "contoh.txt").write_text(
...     "Judul Berita Contoh Tentang Kota Itu\n\nPenulis Contoh\n\n"
...     "JAKARTA, Contoh.com - Pada Jumat (13/11/2020) wali kota mengecam serangan itu.\n\n"
...     "Warga kota tidak akan kalah. Kota itu menang dalam sengketa tahun 2018.\n", encoding="utf-8")
>>> f = code_frames(load_corpus(folder)).set_index("item")
>>> c2, c4 = f.loc["C2"], f.loc["C4"]
>>> bool(c2["present"]), c2["cues"]
(True, 'mengecam')
>>> bool(c4["present"]), c4["negated"], c4["background"]
(False, 'kalah', 'menang')
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
CUES_FILE = DATA / "frame_cues.csv"
NEGATORS_FILE = DATA / "negators.txt"
VARIANTS_FILE = DATA / "variants.csv"

__all__ = ["codebook", "cue_table", "negators", "code_frames", "agreement", "normalise",
           "term_counts", "keyness", "comparisons", "log_odds_dirichlet", "g2",
           "headlines_and_leads", "NEGATION_WINDOW"]

SV_FRAMES = ["responsibility", "human interest", "conflict", "morality", "economic"]
CUE_RULES = ("cue", "cue_with_state")

#: A negator negates a cue when it is one of this many words before it.
NEGATION_WINDOW = 3

# A cue is a plain phrase: it opens with a word character and holds only
# word characters, spaces and hyphens, so it never runs across a line break.
_PLAIN_CUE = re.compile(r"\w[\w -]*")


def cue_table() -> pd.DataFrame:
    """The cues, one row each: ``item, cue, gloss, basis`` (``data/frame_cues.csv``).

    Checked on reading: every cue is a plain phrase with a gloss, listed once
    for its item, for an item of the codebook answered by cues, and every
    such item has cues.

    Example
    -------
    >>> cue_table().query("cue == 'pemantauan'")["gloss"].tolist()
    ['monitoring']
    """
    return _cue_table().copy()


@lru_cache(maxsize=1)
def _cue_table() -> pd.DataFrame:
    cues = pd.read_csv(CUES_FILE, keep_default_na=False, dtype=str)
    book = pd.read_csv(CODEBOOK_FILE, keep_default_na=False)
    rule_of = dict(zip(book["item"], book["rule"]))
    problems = []
    for n, (item, cue, gloss) in enumerate(zip(cues["item"], cues["cue"], cues["gloss"]), start=2):
        if rule_of.get(item) not in CUE_RULES:
            problems.append(f"line {n}: item {item!r} is not answered by cues")
        if not _PLAIN_CUE.fullmatch(cue) or cue != " ".join(cue.split()):
            problems.append(f"line {n}: cue {cue!r} is not a plain phrase (words, single spaces, hyphens)")
        if not gloss.strip():
            problems.append(f"line {n}: cue {cue!r} has no gloss")
    twice = cues[cues.assign(key=cues["cue"].str.lower()).duplicated(["item", "key"])]
    problems += [f"cue {c!r} is listed twice for {i}" for i, c in zip(twice["item"], twice["cue"])]
    problems += [f"item {i} has no cues" for i, r in rule_of.items() if r in CUE_RULES and i not in set(cues["item"])]
    if problems:
        raise ValueError(f"{CUES_FILE.name}: " + "; ".join(problems))
    return cues


def codebook() -> pd.DataFrame:
    """The codebook as a table, with each item's cues (from :func:`cue_table`)
    joined by ``|`` in a ``cues`` column, for display."""
    book = pd.read_csv(CODEBOOK_FILE, keep_default_na=False)
    cues = cue_table().groupby("item", sort=False)["cue"].agg("|".join)
    book.insert(book.columns.get_loc("question") + 1, "cues", book["item"].map(cues).fillna(""))
    return book


@lru_cache(maxsize=1)
def _negator_lists() -> tuple[frozenset, frozenset]:
    negating, cancelling = set(), set()
    for line in NEGATORS_FILE.read_text(encoding="utf-8").splitlines():
        word = line.strip().lower()
        if word and not word.startswith("#"):
            if word.startswith("+"):
                cancelling.add(word[1:].strip())
            else:
                negating.add(word)
    return frozenset(negating), frozenset(cancelling)


def negators() -> list[str]:
    """The words that negate a cue after them (``data/negators.txt``).

    >>> negators()[:3]
    ['belum', 'bukan', 'enggan']
    """
    return sorted(_negator_lists()[0])


# Enough characters before a cue to hold the words of the negation window.
_BEFORE = 300


def _negated(text: str, start: int, end: int) -> bool:
    """Whether the cue at ``text[start:end]`` (one sentence) is negated: a
    negator stands within :data:`NEGATION_WINDOW` words before it, not
    directly followed by a word that cancels it ("tidak hanya", not only)."""
    negating, cancelling = _negator_lists()
    before = [w.lower() for w in words(text[max(0, start - _BEFORE):start])]
    if start > _BEFORE:
        before = before[1:]  # the first word may be cut in two by the window
    before = before[-NEGATION_WINDOW:]
    after = before[1:] + [first_word(text[start:end]) or ""]
    return any(w in negating and nxt not in cancelling for w, nxt in zip(before, after))


# A four-digit year, 1800-2099, standing alone or closing a date such as
# 20/11/2018. Indonesian news writes counts with a thousands point
# (1.500), so a bare four-digit number in that range is read as a year.
_YEAR = re.compile(r"(?<![\d.,])\b(1[89]\d\d|20\d\d)\b(?![.,]\d)")


def _background(text: str, year: int | None) -> bool:
    """Whether a sentence names a year before the article's year ``year``."""
    return year is not None and any(int(y) < year for y in _YEAR.findall(text))


def _year(published) -> int | None:
    if published is None or (not isinstance(published, str) and pd.isna(published)):
        return None
    return pd.Timestamp(published).year


@lru_cache(maxsize=1)
def _compiled():
    """(codebook row, cue pattern, first words) per item.

    ``first words`` is the set of lower-cased first words of the item's cue
    phrases. An article none of whose words is among them cannot contain a
    cue, so the pattern need not be run on it. Longer cues come first in the
    pattern, so that "bekerja sama" is found whole rather than as "kerja sama".
    """
    cues = _cue_table()
    out = []
    for row in pd.read_csv(CODEBOOK_FILE, keep_default_na=False).itertuples(index=False):
        phrases = sorted(cues.loc[cues["item"] == row.item, "cue"], key=lambda c: (-len(c), c))
        pattern = whole_words("|".join(map(re.escape, phrases))) if phrases else None
        out.append((row, pattern, frozenset(first_word(c) for c in phrases)))
    return tuple(out)


def _lists(df: pd.DataFrame, *columns: str) -> list[list]:
    """Columns as plain lists: iterating pandas string columns value by value is slow."""
    return [df[c].tolist() for c in columns]


def code_frames(corpus) -> pd.DataFrame:
    """Answer every codebook item for every article, with evidence.

    Columns: ``article_id, outlet, scheme, frame, item, question, present``
    (bool), ``evidence`` (the justifying sentences, joined with " | "),
    ``cues`` (the cue phrases found), ``sentence_ids``, ``negated`` (cue
    phrases found only after a negator) and ``background`` (cue phrases
    found only in sentences naming a year before the article's).

    Rules: ``cue`` (a cue phrase occurs), ``cue_with_state`` (in a sentence
    that also names a state), ``states_named`` (two or more states are
    named), ``elite_voices`` (most quotations come from persons or states),
    ``people_voices`` (a group of ordinary people is quoted).  A cue hit
    counts only when it is neither negated nor background (see the module
    docstring).
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
    published = corpus.articles["published"] if "published" in corpus.articles else {}
    rows = []
    for article_id in corpus.articles.index:
        sents = sentences_of.get(article_id, [])
        text_of = {sid: text for sid, _, text in sents}
        year = _year(published.get(article_id))
        # Cue phrases are found in the article's sentences joined by line
        # breaks, and each match is mapped back to its sentence. A plain
        # phrase (words, spaces, hyphens) cannot match a line break, so no
        # match runs from one sentence into the next: the result is that of
        # matching sentence by sentence.
        whole = "\n".join(text for _, _, text in sents)
        offsets, at = [], 0
        for _, _, text in sents:
            offsets.append(at)
            at += len(text) + 1
        article_words = word_set(whole)
        background_of: dict[int, bool] = {}
        states_by_sentence = dict(sorted(states_of.get(article_id, {}).items()))
        qa = quotes_of.get(article_id, [])
        for row, pattern, first_words in _compiled():
            hits, negated, background = [], [], []
            if row.rule in CUE_RULES:
                found_in: dict[int, list[tuple]] = {}
                if pattern is not None and not first_words.isdisjoint(article_words):
                    for match in pattern.finditer(whole):
                        i = bisect_right(offsets, match.start()) - 1
                        found_in.setdefault(i, []).append(
                            (match.group(), match.start() - offsets[i], match.end() - offsets[i]))
                kinds = set(row.kinds.split("|")) if row.kinds else None
                for i, found in found_in.items():
                    sid, kind, text = sents[i]
                    if kinds and kind not in kinds:
                        continue
                    if row.rule == "cue_with_state" and not states_by_sentence.get(sid):
                        continue
                    if i not in background_of:
                        background_of[i] = _background(text, year)
                    if background_of[i]:
                        background += [c for c, _, _ in found]
                        continue
                    counted = []
                    for cue, a, b in found:
                        (negated if _negated(text, a, b) else counted).append(cue)
                    if counted:
                        hits.append((sid, text, counted))
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
            found = list(dict.fromkeys(c.lower() for _, _, cs in hits for c in cs))
            rows.append({
                "article_id": article_id, "scheme": row.scheme, "frame": row.frame, "item": row.item,
                "question": row.question, "present": bool(hits),
                "evidence": " | ".join(dict.fromkeys(t for _, t, _ in hits)),
                "cues": "; ".join(found),
                "sentence_ids": [int(sid) for sid, _, _ in hits],
                "negated": "; ".join(c for c in dict.fromkeys(c.lower() for c in negated) if c not in found),
                "background": "; ".join(c for c in dict.fromkeys(c.lower() for c in background) if c not in found),
            })
    out = pd.DataFrame(rows, columns=["article_id", "scheme", "frame", "item", "question", "present", "evidence",
                                      "cues", "sentence_ids", "negated", "background"])
    out.insert(1, "outlet", out["article_id"].map(corpus.articles["outlet"]))
    return out


def agreement(frames: pd.DataFrame, hand: pd.DataFrame) -> dict:
    """Krippendorff's alpha (nltk.metrics.agreement) between the coder and the
    hand-coded sheet, with the list of disagreements. The sheet answers each
    item in a ``present`` column (True/False) or an ``answer`` column (yes/no),
    in one row per article and item or in several (one per evidence sentence)
    that give the same answer.

    Example
    -------
    >>> import pandas as pd
    >>> f = pd.DataFrame({"article_id": ["a"] * 4, "item": list("wxyz"), "present": [True, False, True, False]})
    >>> agreement(f, f.copy())["alpha"]
    1.0
    """
    from nltk.metrics.agreement import AnnotationTask

    if "present" not in hand.columns and "answer" in hand.columns:
        hand = hand.rename(columns={"answer": "present"})  # a sheet answering yes/no
    # A sheet may give one row per evidence sentence: one answer per item.
    answers = hand.assign(present=[_as_bool(v) for v in hand["present"]]).groupby(
        ["article_id", "item"], sort=False)["present"].agg(["min", "max"])
    mixed = answers[answers["min"] != answers["max"]]
    if len(mixed):
        raise ValueError(f"hand sheet answers both yes and no for {mixed.index.tolist()}")
    hand = answers["max"].rename("present").reset_index()
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

