"""Check the automatic extraction against a careful hand reading.

The hand coding lives in ``tests/data/hand_mentions.csv`` (every actor
mention with its role) and ``tests/data/hand_quotes.csv`` (every quotation
with its speaker's actor, its reporting word and the wire its sentence
names).  Scores are precision, recall and F1, and every
disagreement is listed rather than hidden.  Only articles the hand reading
covers are scored, so an added article does not count as disagreement.

Example
-------
>>> auto = pd.DataFrame({"k": [1, 2, 3]}); hand = pd.DataFrame({"k": [2, 3, 4]})
>>> prf(auto, hand, ["k"])
{'true_positive': 2, 'precision': 0.667, 'recall': 0.667, 'f1': 0.667}
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

HAND_DIR = Path(__file__).resolve().parent.parent / "tests" / "data"
#: A mention is found when the same actor is found in the same sentence; the
#: surface may differ ("Barat" for the hand reading's "kekuatan Barat").
MENTION_KEY = ["article_id", "sentence_id", "actor"]
#: For listing disagreements, the words themselves.
SPAN_KEY = MENTION_KEY + ["surface"]
QUOTE_KEY = ["article_id", "sentence_id", "actor", "kind"]

__all__ = ["hand_mentions", "hand_quotes", "prf", "mention_scores", "quote_scores", "disagreements"]


def hand_mentions() -> pd.DataFrame:
    """The hand coding of every actor mention."""
    return pd.read_csv(HAND_DIR / "hand_mentions.csv", keep_default_na=False)


def hand_quotes() -> pd.DataFrame:
    """The hand coding of every quotation (empty relay = none)."""
    q = pd.read_csv(HAND_DIR / "hand_quotes.csv", keep_default_na=False)
    q["relayed_via"] = q["relayed_via"].replace("", None)
    return q


def _hand_coded(auto: pd.DataFrame, hand: pd.DataFrame) -> pd.DataFrame:
    """Only the rows of articles that the hand reading covers."""
    return auto[auto["article_id"].isin(set(hand["article_id"]))]


def _keys(df: pd.DataFrame, key: list[str]) -> list[tuple]:
    cells = df[key].astype(object).where(df[key].notna(), "")
    return [tuple(str(v) for v in r) for r in cells.itertuples(index=False)]


def prf(auto: pd.DataFrame, hand: pd.DataFrame, key: list[str]) -> dict:
    """Precision, recall and F1 of ``auto`` rows against ``hand`` rows on ``key``.

    Rows are compared as multisets, so a mention found twice counts twice.
    """
    from collections import Counter

    a, h = Counter(_keys(auto, key)), Counter(_keys(hand, key))
    tp = sum((a & h).values())
    p = tp / sum(a.values()) if a else 0.0
    r = tp / sum(h.values()) if h else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"true_positive": tp, "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def mention_scores(auto: pd.DataFrame, hand: pd.DataFrame | None = None) -> pd.DataFrame:
    """Scores for finding mentions, and for finding them with the right role."""
    hand = hand_mentions() if hand is None else hand
    auto = _hand_coded(auto, hand)
    rows = {
        "mentions (the same actor in the same sentence)": prf(auto, hand, MENTION_KEY),
        "mentions with the same role": prf(auto, hand, MENTION_KEY + ["role"]),
    }
    return pd.DataFrame(rows).T


def quote_scores(auto: pd.DataFrame, hand: pd.DataFrame | None = None) -> pd.DataFrame:
    """Scores for quotations: found with the speaker's actor and kind, and with cue and relay too."""
    hand = hand_quotes() if hand is None else hand
    auto = _hand_coded(auto, hand)
    # The hand sheet records the wire a quotation's own sentence names (or,
    # for a continuation, its opening's); a wire inherited from elsewhere in
    # the article is not in the sentence.
    stated = auto["relayed_via"].where(~auto["relay_inherited"] | auto["continued"], None)
    auto = auto.assign(relayed_via=stated.fillna(""), continued=auto["continued"].astype(str))
    hand = hand.assign(relayed_via=hand["relayed_via"].fillna(""), continued=hand["continued"].astype(str))
    rows = {
        "quotations (speaker and kind)": prf(auto, hand, QUOTE_KEY),
        "with cue, relay and continuation": prf(auto, hand, QUOTE_KEY + ["cue", "relayed_via", "continued"]),
    }
    return pd.DataFrame(rows).T


def disagreements(auto: pd.DataFrame, hand: pd.DataFrame, key: list[str], compare: list[str]) -> pd.DataFrame:
    """Rows where the extraction and the hand reading differ.

    ``source`` says which side has the row (``auto only``, ``hand only``) or
    that both have it with different ``compare`` values (``differs``).
    """
    auto = _hand_coded(auto, hand)

    def text(df):
        return df[key + compare].astype(object).where(df[key + compare].notna(), "").astype(str)

    merged = text(auto).merge(
        text(hand), on=key, how="outer", suffixes=("_auto", "_hand"), indicator=True
    )
    out = []
    for row in merged.to_dict("records"):
        if row["_merge"] == "left_only":
            out.append({**{k: row[k] for k in key}, "source": "auto only"})
        elif row["_merge"] == "right_only":
            out.append({**{k: row[k] for k in key}, "source": "hand only"})
        else:
            diffs = {c: f"{row[c + '_auto']} (auto) / {row[c + '_hand']} (hand)" for c in compare if row[c + "_auto"] != row[c + "_hand"]}
            if diffs:
                out.append({**{k: row[k] for k in key}, "source": "differs", **diffs})
    return pd.DataFrame(out, columns=key + ["source"] + compare)
