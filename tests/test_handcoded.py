"""The hand-coded sheets as the book shows them (analysis.handcoded).

Made-up sheets for two outlets, Kabarsatu.com (k1) and Wartadua.id (w1),
and a third article no sheet covers (x1); every expected table is worked out
by hand from the rows below.
"""

from __future__ import annotations

import pandas as pd

from analysis import handcoded

CODEBOOK = pd.DataFrame({"question": ["Disagreement?", "A human face?", "A moral message?"]},
                        index=pd.Index(["C1", "H1", "M1"], name="item"))
LABELS = pd.Series({"k1": "Kabarsatu.com", "w1": "Wartadua.id"})
FRAMES = pd.DataFrame({
    "article_id": ["k1", "k1", "k1", "w1", "w1", "w1"],
    "outlet": ["Kabarsatu.com"] * 3 + ["Wartadua.id"] * 3,
    "item": ["C1", "H1", "M1", "C1", "H1", "M1"],
    "answer": ["yes", "yes", "no", "yes", "no", "yes"],
    "evidence": ["Kedua pihak bertikai.", "Seorang ibu menangis.", "", "Mereka berselisih.", "",
                 "Perang itu dosa."],
    "note": ["", "a mother's tears", "", "", "", "a preacher's words"],
})


def test_the_grid_lists_every_item_in_codebook_order_with_each_articles_answer():
    grid = handcoded.frame_grid(FRAMES, CODEBOOK, LABELS)
    assert list(grid.columns) == ["Item", "Question", "Kabarsatu.com", "Wartadua.id"]
    assert grid.values.tolist() == [
        ["C1", "Disagreement?", "yes", "yes"],
        ["H1", "A human face?", "yes", "no"],
        ["M1", "A moral message?", "no", "yes"],
    ]


def test_the_chapter_grid_keeps_only_items_answered_differently():
    grid = handcoded.frame_grid(FRAMES, CODEBOOK, LABELS, differing_only=True)
    assert grid["Item"].tolist() == ["H1", "M1"]


def test_an_article_no_sheet_covers_reads_not_hand_coded():
    labels = pd.concat([LABELS, pd.Series({"x1": "Ketiga.net"})])
    grid = handcoded.frame_grid(FRAMES, CODEBOOK, labels)
    assert grid["Ketiga.net"].tolist() == ["not hand-coded"] * 3
    # The uncovered article does not make every item "differ".
    assert handcoded.frame_grid(FRAMES, CODEBOOK, labels, differing_only=True)["Item"].tolist() == ["H1", "M1"]


def test_with_many_articles_the_grid_lists_where_each_item_is_yes():
    labels = pd.Series({f"a{i}": f"Outlet {i}" for i in range(5)})
    frames = pd.DataFrame({"article_id": ["a0", "a3", "a3"], "item": ["H1", "H1", "C1"],
                           "answer": ["yes", "yes", "no"]})
    grid = handcoded.frame_grid(frames, CODEBOOK, labels)
    assert grid.values.tolist() == [["C1", "Disagreement?", "none"],
                                    ["H1", "A human face?", "Outlet 0, Outlet 3"],
                                    ["M1", "A moral message?", "none"]]


def test_one_coded_article_shows_every_item_as_differing():
    one = FRAMES[FRAMES["article_id"] == "k1"]
    assert handcoded.frame_grid(one, CODEBOOK, LABELS, differing_only=True)["Item"].tolist() == ["C1", "H1", "M1"]


def test_evidence_for_differing_items_is_every_yes_with_its_note():
    ev = handcoded.frames_differ_evidence(FRAMES, CODEBOOK)
    assert ev[["Item", "Article", "Evidence", "Coder's note"]].values.tolist() == [
        ["H1: A human face?", "Kabarsatu.com", "Seorang ibu menangis.", "a mother's tears"],
        ["M1: A moral message?", "Wartadua.id", "Perang itu dosa.", "a preacher's words"],
    ]
    assert list(ev.columns) == ["Item", "Article", "Evidence", "Gloss", "Coder's note"]


def test_attribute_answers_follow_the_questions_then_the_outlet_and_name_silence():
    attrs = pd.DataFrame({
        "question": ["ends", "who", "who", "ends"], "outlet": ["Wartadua.id", "Wartadua.id", "Kabarsatu.com",
                                                                "Kabarsatu.com"],
        "answer": ["", "Rusia", "Rusia; Turki", "pertempuran berakhir"],
        "evidence": ["", "Rusia menengahi.", "Rusia dan Turki menengahi.", "Pertempuran berakhir."]})
    questions = pd.DataFrame({"question": ["who", "ends"], "text": ["Who brokered it?", "Does it end the fighting?"]})
    t = handcoded.attributes_evidence(attrs, questions)
    assert t[["Question", "Outlet", "Answer", "Evidence"]].values.tolist() == [
        ["Who brokered it?", "Kabarsatu.com", "Rusia; Turki", "Rusia dan Turki menengahi."],
        ["Who brokered it?", "Wartadua.id", "Rusia", "Rusia menengahi."],
        ["Does it end the fighting?", "Kabarsatu.com", "pertempuran berakhir", "Pertempuran berakhir."],
        ["Does it end the fighting?", "Wartadua.id", "(silent)", ""],
    ]
    # No gloss is looked up for a silent answer.
    assert t["Gloss"].iloc[3] == ""


def test_descriptions_keep_their_rows_and_columns():
    d = pd.DataFrame({"outlet": ["Kabarsatu.com"], "actor": ["Minsk Group"],
                      "description": ["kelompok internasional"], "named": ["no"], "evidence": [""]})
    t = handcoded.descriptions_evidence(d)
    assert t.values.tolist() == [["Kabarsatu.com", "Minsk Group", "kelompok internasional", "no", ""]]
    assert list(t.columns) == ["Outlet", "Actor", "Description", "Named elsewhere", "Gloss of the sentence"]
