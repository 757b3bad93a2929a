"""Scoring the extraction against a hand reading, on tables made up by hand.

Covers ``analysis.validation``: ``prf`` (multiset precision, recall and F1,
rounded to three places, with the empty cases), ``mention_scores`` and
``quote_scores`` (the hand table given is the one used; only hand-coded
articles are scored; an inherited wire is not the sentence's own), the
hand sheets as read from CSV (blank cells stay blank strings, a blank
relay is missing) and ``disagreements`` (every kind of row, and its
columns even when there is nothing to list).
"""

import pandas as pd
import pytest

from analysis import validation
from analysis.validation import disagreements, mention_scores, prf, quote_scores

SCORES = ["true_positive", "precision", "recall", "f1"]


def keyed(*values):
    return pd.DataFrame({"k": list(values)})


# --------------------------------------------------------------------------
# prf
# --------------------------------------------------------------------------

def test_prf_with_uneven_precision_and_recall():
    # auto finds a b c (b, c right), hand has b c d e: p = 2/3, r = 2/4,
    # f1 = 2 * 2/3 * 1/2 / (2/3 + 1/2) = 4/7.
    assert prf(keyed("a", "b", "c"), keyed("b", "c", "d", "e"), ["k"]) == {
        "true_positive": 2, "precision": 0.667, "recall": 0.5, "f1": 0.571,
    }


def test_prf_rounds_to_three_places():
    # 1/3 and 2/3 would show more places unrounded; f1 = 2 * 1/3 * 2/3 / 1 = 4/9.
    assert prf(keyed("a", "x", "y"), keyed("a", "b"), ["k"]) == {
        "true_positive": 1, "precision": 0.333, "recall": 0.5, "f1": 0.4,
    }
    assert prf(keyed("a", "b", "x"), keyed("a", "b", "c"), ["k"]) == {
        "true_positive": 2, "precision": 0.667, "recall": 0.667, "f1": 0.667,
    }
    assert prf(keyed("a", "b", "c"), keyed("a", "b", "c", "d", "e", "f", "g", "h", "i"), ["k"]) == {
        "true_positive": 3, "precision": 1.0, "recall": 0.333, "f1": 0.5,
    }


def test_prf_counts_rows_as_a_multiset():
    # auto finds "a" twice, hand has it once: one true positive, not two.
    assert prf(keyed("a", "a"), keyed("a"), ["k"]) == {
        "true_positive": 1, "precision": 0.5, "recall": 1.0, "f1": 0.667,
    }


def test_prf_with_nothing_in_common_is_zero():
    assert prf(keyed("a", "b"), keyed("c"), ["k"]) == {
        "true_positive": 0, "precision": 0.0, "recall": 0.0, "f1": 0.0,
    }


def test_prf_with_nothing_found_or_nothing_to_find_is_zero_not_an_error():
    assert prf(keyed(), keyed("a"), ["k"]) == {"true_positive": 0, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert prf(keyed("a"), keyed(), ["k"]) == {"true_positive": 0, "precision": 0.0, "recall": 0.0, "f1": 0.0}


def test_prf_compares_every_key_column_and_treats_missing_as_blank():
    auto = pd.DataFrame({"s": [1, 1, 2], "actor": ["Rusia", "Turki", "Rusia"], "relay": [None, "AFP", ""]})
    hand = pd.DataFrame({"s": [1, 1, 2], "actor": ["Rusia", "Turki", "Prancis"], "relay": ["", "AFP", ""]})
    # (1, Rusia, blank) and (1, Turki, AFP) agree; row 3 differs in actor.
    assert prf(auto, hand, ["s", "actor", "relay"])["true_positive"] == 2
    assert prf(auto, hand, ["s"])["true_positive"] == 3


# --------------------------------------------------------------------------
# mention_scores and quote_scores
# --------------------------------------------------------------------------

def mention(article, sentence, actor, role):
    return {"article_id": article, "sentence_id": sentence, "actor": actor, "surface": actor, "role": role}


def test_mention_scores_use_the_given_hand_table_and_only_its_articles():
    hand = pd.DataFrame([mention("a1", 1, "Russia", "agent"), mention("a1", 2, "Turkey", "patient")])
    auto = pd.DataFrame([
        mention("a1", 1, "Russia", "agent"),
        mention("a1", 2, "Turkey", "agent"),      # right actor, wrong role
        mention("a2", 1, "France", "agent"),      # an article the hand reading does not cover
    ])
    scores = mention_scores(auto, hand)
    assert scores.index.tolist() == ["mentions (the same actor in the same sentence)", "mentions with the same role"]
    assert scores.columns.tolist() == SCORES
    assert scores.values.tolist() == [[2, 1.0, 1.0, 1.0], [1, 0.5, 0.5, 0.5]]


def quote(article, sentence, actor, cue, relay, inherited=False, continued=False):
    return {"article_id": article, "sentence_id": sentence, "actor": actor, "kind": "direct", "cue": cue,
            "relayed_via": relay, "relay_inherited": inherited, "continued": continued}


def test_quote_scores_count_only_the_wire_the_sentence_names():
    hand = pd.DataFrame([
        quote("a1", 3, "Sergei Lavrov", "kata", "Reuters"),
        quote("a1", 5, "Sergei Lavrov", "ujarnya", None),           # the wire is named only in sentence 3
        quote("a1", 6, "Sergei Lavrov", "", "Reuters", continued=True),
    ]).drop(columns="relay_inherited")
    auto = pd.DataFrame([
        quote("a1", 3, "Sergei Lavrov", "kata", "Reuters"),
        quote("a1", 5, "Sergei Lavrov", "ujarnya", "Reuters", inherited=True),
        quote("a1", 6, "Sergei Lavrov", "", "Reuters", inherited=True, continued=True),
        quote("b9", 1, "Emmanuel Macron", "kata", None),          # not hand-coded
    ])
    scores = quote_scores(auto, hand)
    assert scores.index.tolist() == ["quotations (speaker and kind)", "with cue, relay and continuation"]
    assert scores.columns.tolist() == SCORES
    assert scores.values.tolist() == [[3, 1.0, 1.0, 1.0], [3, 1.0, 1.0, 1.0]]


def test_quote_scores_see_a_wrong_cue_relay_or_continuation():
    hand = pd.DataFrame([
        quote("a1", 3, "Sergei Lavrov", "kata", "Reuters"),
        quote("a1", 4, "Sergei Lavrov", "ujar", None),
        quote("a1", 5, "Nikol Pashinyan", "tegas", None),
        quote("a1", 6, "Nikol Pashinyan", "", None, continued=True),
    ]).drop(columns="relay_inherited")
    auto = pd.DataFrame([
        quote("a1", 3, "Sergei Lavrov", "ujar", "Reuters"),                 # wrong cue
        quote("a1", 4, "Sergei Lavrov", "ujar", "AFP"),                     # a wire the sentence names, wrongly
        quote("a1", 5, "Nikol Pashinyan", "tegas", None),
        quote("a1", 6, "Nikol Pashinyan", "", None, continued=False),       # continuation missed
    ])
    scores = quote_scores(auto, hand)
    assert scores.values.tolist() == [[4, 1.0, 1.0, 1.0], [1, 0.25, 0.25, 0.25]]


# --------------------------------------------------------------------------
# The hand sheets as read from CSV
# --------------------------------------------------------------------------

def test_hand_quotes_blank_relay_is_missing_and_blank_cue_is_empty():
    q = validation.hand_quotes()
    assert q.columns.tolist() == ["article_id", "sentence_id", "actor", "kind", "cue", "relayed_via",
                                  "continued", "note"]
    # The sheet has six quotations; three name no wire in their sentence:
    # those are missing values, not empty strings.
    assert q["relayed_via"].isna().tolist() == [True, False, False, False, True, True]
    assert q["relayed_via"].dropna().tolist() == ["Reuters"] * 3
    # A continuation has no reporting word of its own: an empty string, not NaN.
    assert q["cue"].tolist()[3] == ""
    assert q["continued"].tolist() == [False, False, False, True, False, False]


def test_hand_sheets_keep_blank_and_na_like_cells_as_text(tmp_path, monkeypatch):
    (tmp_path / "hand_mentions.csv").write_text(
        "article_id,sentence_id,actor,surface,role,note\n"
        "a1,1,NA,NA,agent,\n", encoding="utf-8")
    (tmp_path / "hand_quotes.csv").write_text(
        "article_id,sentence_id,actor,kind,cue,relayed_via,continued,note\n"
        "a1,1,Namibia,direct,,AFP,False,NA\n", encoding="utf-8")
    monkeypatch.setattr(validation, "HAND_DIR", tmp_path)
    m = validation.hand_mentions()
    assert m.values.tolist() == [["a1", 1, "NA", "NA", "agent", ""]]
    q = validation.hand_quotes()
    assert q.values.tolist() == [["a1", 1, "Namibia", "direct", "", "AFP", False, "NA"]]


# --------------------------------------------------------------------------
# disagreements
# --------------------------------------------------------------------------

KEY = ["article_id", "sentence_id", "actor"]


def test_disagreements_list_each_kind_of_row():
    auto = pd.DataFrame([
        {"article_id": "a1", "sentence_id": 1, "actor": "Russia", "role": "agent"},    # agrees
        {"article_id": "a1", "sentence_id": 2, "actor": "Turkey", "role": "agent"},    # role differs
        {"article_id": "a1", "sentence_id": 3, "actor": "France", "role": "stance"},   # auto only
        {"article_id": "a1", "sentence_id": 4, "actor": "Armenia", "role": None},      # missing role
        {"article_id": "z9", "sentence_id": 1, "actor": "Iran", "role": "agent"},      # not hand-coded
    ])
    hand = pd.DataFrame([
        {"article_id": "a1", "sentence_id": 1, "actor": "Russia", "role": "agent"},
        {"article_id": "a1", "sentence_id": 2, "actor": "Turkey", "role": "patient"},
        {"article_id": "a1", "sentence_id": 4, "actor": "Armenia", "role": "partner"},
        {"article_id": "a1", "sentence_id": 5, "actor": "Azerbaijan", "role": "other"},  # hand only
    ])
    out = disagreements(auto, hand, KEY, ["role"])
    assert out.columns.tolist() == KEY + ["source", "role"]
    rows = sorted(out.astype(object).where(out.notna(), None).values.tolist())
    assert rows == [
        ["a1", "2", "Turkey", "differs", "agent (auto) / patient (hand)"],
        ["a1", "3", "France", "auto only", None],
        ["a1", "4", "Armenia", "differs", " (auto) / partner (hand)"],
        ["a1", "5", "Azerbaijan", "hand only", None],
    ]


def test_a_missing_value_and_a_blank_cell_agree():
    auto = pd.DataFrame([{"article_id": "a1", "sentence_id": 1, "actor": "Russia", "role": None}])
    hand = pd.DataFrame([{"article_id": "a1", "sentence_id": 1, "actor": "Russia", "role": ""}])
    assert disagreements(auto, hand, KEY, ["role"]).empty


def test_no_disagreements_still_have_the_columns():
    rows = [{"article_id": "a1", "sentence_id": 1, "actor": "Russia", "role": "agent", "surface": "Rusia"}]
    out = disagreements(pd.DataFrame(rows), pd.DataFrame(rows), KEY, ["role", "surface"])
    assert out.empty
    assert out.columns.tolist() == KEY + ["source", "role", "surface"]


def test_only_the_compared_columns_that_differ_are_filled():
    auto = pd.DataFrame([{"article_id": "a1", "sentence_id": 1, "actor": "Russia", "role": "agent", "surface": "Rusia"}])
    hand = pd.DataFrame([{"article_id": "a1", "sentence_id": 1, "actor": "Russia", "role": "agent", "surface": "Moskwa"}])
    out = disagreements(auto, hand, KEY, ["role", "surface"])
    assert out.columns.tolist() == KEY + ["source", "role", "surface"]
    row = out.iloc[0]
    assert (row["source"], row["surface"]) == ("differs", "Rusia (auto) / Moskwa (hand)")
    assert pd.isna(row["role"])
