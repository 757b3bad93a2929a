"""The ceasefire module's tables, pinned cell by cell on small made-up data.

Each table here (the naming lexicon, references, the naming table,
evaluation words, the agreement-term KWIC, collocates and the hand-coded
answers) is checked whole: its columns, its row order and every value, so
that swapping the left and right context, a window off by one or a count
against the wrong outlet shows up as a failing test.

The corpora are built in memory: ``sentences`` and ``articles`` frames are
all these functions read from a corpus (evaluation, which needs the actor
finder, uses a corpus read from made-up files instead).
"""

from types import SimpleNamespace

import pandas as pd
from pandas.testing import assert_frame_equal

from analysis import ceasefire
from helpers import make_corpus


def fake_corpus(sentences, outlets, n_words=None):
    """A corpus of only the frames the ceasefire tables read.

    ``sentences`` is a list of ``(article_id, sentence_id, kind, text)``;
    ``outlets`` and ``n_words`` map article ids to their values.
    """
    s = pd.DataFrame(sentences, columns=["article_id", "sentence_id", "kind", "text"])
    a = pd.DataFrame({"outlet": pd.Series(outlets)})
    if n_words is not None:
        a["n_words"] = pd.Series(n_words)
    a.index.name = "article_id"
    return SimpleNamespace(sentences=s, articles=a)


def frame(records, columns):
    return pd.DataFrame(records, columns=columns)


# --- the naming lexicon ---------------------------------------------------------

def test_terms_reads_the_anaphoric_flag_as_booleans():
    t = ceasefire.terms()
    assert list(t.columns) == ["surface", "term", "default_refers_to", "anaphoric", "gloss"]
    assert t["anaphoric"].dtype == bool
    assert sorted(t.loc[t["anaphoric"], "surface"]) == [
        "kesepakatan ini", "kesepakatan itu", "kesepakatan terakhir itu", "kesepakatan tersebut",
        "perjanjian itu", "perjanjian tersebut", "upaya itu", "upaya tersebut"]
    assert not t.loc[t["surface"] == "gencatan senjata", "anaphoric"].item()


def test_lexicons_keep_empty_and_na_looking_cells_as_text(tmp_path, monkeypatch):
    # Made up: an empty gloss and a word spelt like a missing value stay text.
    terms = tmp_path / "terms.csv"
    terms.write_text("surface,term,default_refers_to,anaphoric,gloss\n"
                     "gencatan senjata,ceasefire,this_agreement,False,\n"
                     "NA,other,other,True,NA\n", encoding="utf-8")
    monkeypatch.setattr(ceasefire, "TERMS_FILE", terms)
    t = ceasefire.terms()
    assert t.values.tolist() == [["gencatan senjata", "ceasefire", "this_agreement", False, ""],
                                 ["NA", "other", "other", True, "NA"]]

    lexicon = tmp_path / "evaluation.csv"
    lexicon.write_text("word,kind,gloss\nrapuh,evaluative,\nnan,modal,NA\n", encoding="utf-8")
    monkeypatch.setattr(ceasefire, "EVALUATION_FILE", lexicon)
    assert ceasefire.evaluation_lexicon().values.tolist() == [["rapuh", "evaluative", ""], ["nan", "modal", "NA"]]


# --- references ------------------------------------------------------------------

def test_find_references_returns_every_field():
    got = ceasefire.find_references("Perjanjian gencatan senjata itu dilanggar dan gencatan senjata baru diumumkan.")
    assert got == [
        {"surface": "Perjanjian gencatan senjata", "term": "ceasefire agreement", "refers_to": "this_agreement",
         "anaphoric": False, "start": 0, "end": 27},
        # The second "gencatan senjata" is found although the first lies inside a longer term.
        {"surface": "gencatan senjata", "term": "ceasefire", "refers_to": "this_agreement",
         "anaphoric": False, "start": 46, "end": 62},
    ]


def test_that_effort_with_nothing_before_it_is_this_agreement():
    assert ceasefire.find_references("Upaya itu berhasil.") == [
        {"surface": "Upaya itu", "term": "that effort", "refers_to": "this_agreement",
         "anaphoric": True, "start": 0, "end": 9}]


REFERENCE_COLUMNS = ["article_id", "sentence_id", "kind", "surface", "term", "refers_to", "anaphoric",
                     "start", "end", "relative_position"]


def test_references_table_whole():
    c = fake_corpus([
        # Only a headline: its position is 0, not 0/0.
        ("a1", 0, "headline", "Kesepakatan damai diteken"),
        # An earlier truce in the headline is no antecedent for the body.
        ("a2", 0, "headline", "Gencatan senjata pertama lalu gagal"),
        ("a2", 1, "body", "Upaya itu disambut warga."),
        # "Other" (a protocol) is no antecedent either; a caption takes none.
        ("a3", 0, "headline", "Berita hari ini"),
        ("a3", 1, "body", "Gencatan senjata sebelumnya runtuh."),
        ("a3", 2, "body", "Turki meneken protokol."),
        ("a3", 3, "body", "Upaya tersebut dipuji."),
        ("a3", 4, "caption", "Upaya itu dirayakan."),
        ("a3", 5, "body", "Cuaca cerah."),
    ], {"a1": "Alpha", "a2": "Beta", "a3": "Gamma"})
    expected = frame([
        ("a1", 0, "headline", "Kesepakatan damai", "peace agreement", "this_agreement", False, 0, 17, 0.0),
        ("a2", 0, "headline", "Gencatan senjata", "ceasefire", "earlier_ceasefire", False, 0, 16, 0.0),
        ("a2", 1, "body", "Upaya itu", "that effort", "this_agreement", True, 0, 9, 1.0),
        ("a3", 1, "body", "Gencatan senjata", "ceasefire", "earlier_ceasefire", False, 0, 16, 0.2),
        ("a3", 2, "body", "protokol", "protocol", "other", False, 14, 22, 0.4),
        ("a3", 3, "body", "Upaya tersebut", "that effort", "earlier_ceasefire", True, 0, 14, 0.6),
        ("a3", 4, "caption", "Upaya itu", "that effort", "this_agreement", True, 0, 9, 0.8),
    ], REFERENCE_COLUMNS)
    assert_frame_equal(ceasefire.references(c), expected)


def test_tables_of_a_corpus_without_references_are_empty_with_their_columns():
    c = fake_corpus([("a1", 0, "headline", "Cuaca cerah"), ("a1", 1, "body", "Panen gagal.")],
                    {"a1": "Alpha"}, {"a1": 2})
    refs = ceasefire.references(c)
    assert list(refs.columns) == REFERENCE_COLUMNS and refs.empty
    nt = ceasefire.naming_table(c)
    assert nt.empty and list(nt.columns) == ["article_id", "outlet", "refers_to", "term", "references", "surfaces",
                                             "per_1000_words"]


# --- the naming table ------------------------------------------------------------

NAMING_CORPUS = dict(
    sentences=[
        ("a1", 1, "body", "Kesepakatan itu diteken; kesepakatan itu dan Kesepakatan tersebut disambut."),
        ("a1", 2, "body", "Gencatan senjata pertama lalu gagal, tetapi kesepakatan damai dan penghentian pertempuran bertahan."),
        ("a2", 1, "body", "Warga menyambut perjanjian itu."),
    ],
    outlets={"a1": "Alpha", "a2": "Beta"},
    n_words={"a1": 40, "a2": 7},
)


def test_naming_table_whole():
    c = fake_corpus(**NAMING_CORPUS)
    expected = frame([
        ("a1", "Alpha", "this_agreement", "agreement", 3, "kesepakatan itu; kesepakatan tersebut", 75.0),
        ("a1", "Alpha", "this_agreement", "cessation of fighting", 1, "penghentian pertempuran", 25.0),
        ("a1", "Alpha", "this_agreement", "peace agreement", 1, "kesepakatan damai", 25.0),
        ("a1", "Alpha", "earlier_ceasefire", "ceasefire", 1, "gencatan senjata", 25.0),
        ("a2", "Beta", "this_agreement", "agreement", 1, "perjanjian itu", 142.9),
    ], ["article_id", "outlet", "refers_to", "term", "references", "surfaces", "per_1000_words"])
    assert_frame_equal(ceasefire.naming_table(c), expected)


def test_naming_table_counts_the_references_it_is_given():
    c = fake_corpus(**NAMING_CORPUS)
    refs = ceasefire.references(c)
    got = ceasefire.naming_table(c, refs[refs["article_id"] == "a2"])
    assert got.values.tolist() == [["a2", "Beta", "this_agreement", "agreement", 1, "perjanjian itu", 142.9]]


# --- evaluation --------------------------------------------------------------------

def test_evaluation_table_whole(tmp_path):
    # Made up. "gagal" sits in the sentence *before* a reference and does not
    # count; "rapuh" in the sentence after one does, with no actor named.
    c = make_corpus(tmp_path, [
        "Panen gagal. Kesepakatan damai akhirnya diteken Rusia.",
        "Prancis khawatir kesepakatan itu rapuh.",
        "Situasi tetap rapuh. Cuaca cerah.",
    ])
    e = ceasefire.evaluation(c)
    assert list(e.columns) == ["article_id", "outlet", "sentence_id", "word", "kind", "gloss", "actors", "sentence"]
    assert list(e.index) == list(range(len(e)))
    lex = ceasefire.evaluation_lexicon().set_index("word")["gloss"]
    rows = [("akhirnya", 2, "Russia", "Kesepakatan damai akhirnya diteken Rusia."),
            ("khawatir", 3, "France", "Prancis khawatir kesepakatan itu rapuh."),
            ("rapuh", 3, "France", "Prancis khawatir kesepakatan itu rapuh."),
            ("rapuh", 4, "none named", "Situasi tetap rapuh.")]
    expected = frame([("made-0", "Contoh.com", sid, w, "evaluative", lex[w], who, text) for w, sid, who, text in rows],
                     list(e.columns))
    assert_frame_equal(e, expected)


def test_evaluation_of_an_article_without_references_is_empty(tmp_path):
    e = ceasefire.evaluation(make_corpus(tmp_path, ["Panen gagal. Cuaca cerah."]))
    assert e.empty
    assert list(e.columns) == ["article_id", "outlet", "sentence_id", "word", "kind", "gloss", "actors", "sentence"]


def test_evaluation_words_are_matched_as_written(tmp_path, monkeypatch):
    # Made up: "s.d." (sampai dengan, "until") is a word, not a pattern, so
    # it does not match "sudi" (willing).
    lexicon = tmp_path / "evaluation.csv"
    lexicon.write_text("word,kind,gloss\ns.d.,modal,until\n", encoding="utf-8")
    monkeypatch.setattr(ceasefire, "EVALUATION_FILE", lexicon)
    c = make_corpus(tmp_path / "corpus", ["Kedua pihak sudi mematuhi kesepakatan itu.",
                                           "Kesepakatan itu berlaku s.d. Desember."])
    e = ceasefire.evaluation(c)
    assert e[["sentence_id", "word", "sentence"]].values.tolist() == [[2, "s.d.", "Kesepakatan itu berlaku s.d."]]


# --- KWIC ------------------------------------------------------------------------

KWIC_COLUMNS = ["article_id", "outlet", "sentence_id", "left", "keyword", "right", "term", "refers_to"]

KWIC_CORPUS = dict(
    sentences=[
        ("a1", 0, "headline", "Kesepakatan damai diteken"),
        ("a1", 1, "body", "Setelah enam pekan perang, Rusia lalu menengahi kesepakatan damai yang diteken "
                          "semalam oleh kedua pemimpin di Moskwa."),
        # The keyword is 16 characters from either end of the sentence.
        ("a2", 1, "body", "Warga menyambut kesepakatan itu dengan gembira."),
        ("a2", 2, "body", "Dua upaya gencatan senjata sebelumnya runtuh."),
    ],
    outlets={"a1": "Alpha", "a2": "Beta"},
)


def test_kwic_left_is_before_and_right_is_after_the_keyword():
    c = fake_corpus(**KWIC_CORPUS)
    k = ceasefire.kwic(c)
    row = k[k["keyword"] == "kesepakatan itu"].iloc[0]
    assert (row["left"], row["keyword"], row["right"]) == ("Warga menyambut ", "kesepakatan itu", " dengan gembira.")
    for r in k.itertuples():
        text = c.sentences.set_index(["article_id", "sentence_id"]).loc[(r.article_id, r.sentence_id), "text"]
        assert (r.left.lstrip("…") + r.keyword + r.right.rstrip("…")) in text


def test_kwic_table_whole_at_the_default_width():
    # The body of a1 has 48 characters before its keyword: 45 are shown.
    c = fake_corpus(**KWIC_CORPUS)
    expected = frame([
        ("a1", "Alpha", 0, "", "Kesepakatan damai", " diteken", "peace agreement", "this_agreement"),
        ("a1", "Alpha", 1, "…elah enam pekan perang, Rusia lalu menengahi ", "kesepakatan damai",
         " yang diteken semalam oleh kedua pemimpin di …", "peace agreement", "this_agreement"),
        ("a2", "Beta", 1, "Warga menyambut ", "kesepakatan itu", " dengan gembira.", "agreement", "this_agreement"),
        ("a2", "Beta", 2, "Dua ", "upaya gencatan senjata", " sebelumnya runtuh.", "ceasefire attempt",
         "earlier_ceasefire"),
    ], KWIC_COLUMNS)
    assert_frame_equal(ceasefire.kwic(c), expected)


def test_kwic_marks_cut_context_only_when_text_is_cut():
    # At width 16 the a2 keyword has exactly 16 characters either side:
    # nothing is cut, so no ellipsis.
    c = fake_corpus(**KWIC_CORPUS)
    expected = frame([
        ("a1", "Alpha", 0, "", "Kesepakatan damai", " diteken", "peace agreement", "this_agreement"),
        ("a1", "Alpha", 1, "… lalu menengahi ", "kesepakatan damai", " yang diteken se…",
         "peace agreement", "this_agreement"),
        ("a2", "Beta", 1, "Warga menyambut ", "kesepakatan itu", " dengan gembira.", "agreement", "this_agreement"),
        ("a2", "Beta", 2, "Dua ", "upaya gencatan senjata", " sebelumnya runt…", "ceasefire attempt",
         "earlier_ceasefire"),
    ], KWIC_COLUMNS)
    assert_frame_equal(ceasefire.kwic(c, width=16), expected)


def test_kwic_shows_only_the_references_it_is_given():
    c = fake_corpus(**KWIC_CORPUS)
    refs = ceasefire.references(c)
    got = ceasefire.kwic(c, refs[refs["refers_to"] == "earlier_ceasefire"], width=3)
    assert got.values.tolist() == [
        ["a2", "Beta", 2, "…ua ", "upaya gencatan senjata", " se…", "ceasefire attempt", "earlier_ceasefire"]]


def test_kwic_of_no_references_is_an_empty_table():
    c = fake_corpus(**KWIC_CORPUS)
    got = ceasefire.kwic(c, ceasefire.references(c).iloc[:0])
    assert list(got.columns) == KWIC_COLUMNS and got.empty


# --- collocates ----------------------------------------------------------------------

COLLOCATE_CORPUS = dict(
    sentences=[
        # Left of the keyword, the 5th word back is "malam"; right, "di" is a function word.
        ("a1", 1, "body", "Pada Senin malam kedua pemimpin akhirnya meneken kesepakatan damai di Moskwa "
                          "bersama Putin dan Erdogan kemarin."),
        ("a1", 2, "body", "Kesepakatan itu disambut AS, kata Putin."),
        ("a2", 1, "body", "Di Baku, presiden Aliyev akhirnya menyambut kesepakatan itu bersama rakyat pada 5 Juli."),
        # An earlier ceasefire: its neighbours are not counted.
        ("a2", 2, "body", "Gencatan senjata pertama lalu gagal total."),
    ],
    outlets={"a1": "Alpha", "a2": "Beta"},
)

COLLOCATE_COLUMNS = ["word", "Alpha", "Beta", "all"]


def collocate_frame(records):
    out = frame(records, COLLOCATE_COLUMNS)
    out.columns.name = "outlet"
    return out


def test_collocates_every_word_in_the_window():
    c = fake_corpus(**COLLOCATE_CORPUS)
    expected = collocate_frame([
        ("akhirnya", 1, 1, 2), ("bersama", 1, 1, 2), ("putin", 2, 0, 2),
        ("aliyev", 0, 1, 1), ("as", 1, 0, 1), ("disambut", 1, 0, 1), ("kata", 1, 0, 1),
        ("kedua", 1, 0, 1), ("meneken", 1, 0, 1), ("menyambut", 0, 1, 1), ("moskwa", 1, 0, 1),
        ("pemimpin", 1, 0, 1), ("presiden", 0, 1, 1), ("rakyat", 0, 1, 1),
    ])
    assert_frame_equal(ceasefire.collocates(c, min_count=1), expected)


def test_collocates_drop_words_seen_fewer_than_min_count_times():
    c = fake_corpus(**COLLOCATE_CORPUS)
    expected = collocate_frame([("akhirnya", 1, 1, 2), ("bersama", 1, 1, 2), ("putin", 2, 0, 2)])
    assert_frame_equal(ceasefire.collocates(c), expected)
    assert ceasefire.collocates(c, min_count=3).empty


def test_collocates_window_is_counted_in_words():
    c = fake_corpus(**COLLOCATE_CORPUS)
    got = ceasefire.collocates(c, window=2, min_count=1)
    assert got["word"].tolist() == ["akhirnya", "as", "bersama", "disambut", "meneken", "menyambut", "moskwa", "rakyat"]
    got = ceasefire.collocates(c, window=5, min_count=1)
    assert set(got["word"]) - set(ceasefire.collocates(c, min_count=1)["word"]) == {"baku", "juli", "malam"}


def test_collocates_use_only_the_references_they_are_given():
    c = fake_corpus(**COLLOCATE_CORPUS)
    refs = ceasefire.references(c)
    got = ceasefire.collocates(c, refs[refs["article_id"] == "a2"], min_count=1)
    assert got["word"].tolist() == ["akhirnya", "aliyev", "bersama", "menyambut", "presiden", "rakyat"]
    assert list(got.columns) == ["word", "Beta", "all"]


def test_collocates_keep_alphabetical_order_among_ties():
    # Made up: twenty words seen once each must stay in alphabetical order
    # behind the one word seen twice (a stable sort, past numpy's 16-item
    # insertion-sort threshold).
    many = [f"kata{chr(97 + i)}{chr(97 + i)}" for i in range(19)]
    c = fake_corpus([
        ("a1", 1, "body", " ".join(many[:10]) + " kesepakatan itu " + " ".join(many[10:]) + " warga."),
        ("a1", 2, "body", "Warga menyambut kesepakatan itu."),
    ], {"a1": "Alpha"})
    got = ceasefire.collocates(c, window=10, min_count=1)
    assert got["word"].tolist() == ["warga"] + many + ["menyambut"]
    assert got["all"].tolist() == [2] + [1] * 20


# --- hand-coded answers ----------------------------------------------------------------

SHEET = pd.DataFrame({
    "article_id": ["k", "k", "k", "k", "i", "i", "z"],
    "question": ["broker", "broker", "broker", "effect", "broker", "effect", "effect"],
    "answer": ["Russia", "Russia", "Putin", "", "", "ends the war", "other article"],
})
# Not in alphabetical order: the table keeps this order.
QUESTIONS = pd.DataFrame({"question": ["broker", "effect"],
                          "text": ["Who brokered it?", "What does it do?"]})


def test_answers_table_wide():
    labels = pd.Series({"k": "Kompas", "n": "Nobody", "i": "iNews"})
    got = ceasefire.answers_table(SHEET, QUESTIONS, labels)
    expected = pd.DataFrame({
        "Question": ["Who brokered it?", "What does it do?"],
        "Kompas": ["Russia; Putin", "silent"],
        "Nobody": ["not hand-coded", "not hand-coded"],
        "iNews": ["silent", "ends the war"],
    })
    assert_frame_equal(got, expected)
    assert got.columns.name is None


def test_answers_table_long_past_wide_max():
    labels = pd.Series({"k": "Kompas", "i": "iNews"})
    expected = pd.DataFrame({
        "Question": ["Who brokered it?", "Who brokered it?", "What does it do?", "What does it do?"],
        "Article": ["Kompas", "iNews", "Kompas", "iNews"],
        "Answer": ["Russia; Putin", "silent", "silent", "ends the war"],
    })
    assert_frame_equal(ceasefire.answers_table(SHEET, QUESTIONS, labels, wide_max=1), expected)
    # Two articles at wide_max=2 are still wide.
    assert list(ceasefire.answers_table(SHEET, QUESTIONS, labels, wide_max=2).columns) == ["Question", "Kompas", "iNews"]


def test_answers_table_is_long_from_four_articles_by_default():
    labels = pd.Series({"k": "K", "i": "I", "z": "Z", "n": "N"})
    got = ceasefire.answers_table(SHEET, QUESTIONS.iloc[1:], labels)
    assert got.values.tolist() == [["What does it do?", "K", "silent"], ["What does it do?", "I", "ends the war"],
                                   ["What does it do?", "Z", "other article"],
                                   ["What does it do?", "N", "not hand-coded"]]


def test_answers_table_of_no_articles():
    empty = pd.Series(dtype=object)
    assert ceasefire.answers_table(SHEET, QUESTIONS, empty).values.tolist() == [["Who brokered it?"],
                                                                                ["What does it do?"]]
    long = ceasefire.answers_table(SHEET, QUESTIONS, empty, wide_max=-1)
    assert list(long.columns) == ["Question", "Article", "Answer"] and long.empty
