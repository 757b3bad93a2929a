"""The presentation layer: findings as sentences, the side-by-side table, the evidence tables, the claim checks.

* ``narrative.speaker_contrast`` (the intro's "answer in brief" and chapter
  3) on made-up two- and one-outlet corpora, and on hand-made quotation
  tables for the set logic (three outlets, order, missing speakers);
* ``synthesis``: ``article_labels``, ``_join``, ``_answers`` and
  ``comparison_table`` on evidence tables built by hand, asserting every
  cell, which rows are kept, and the Evidence column;
* ``study``: the evidence tables by name, the hand-coded sheets and the
  question list, on a made-up corpus and coding folder;
* ``claims``: each comparison at its boundary, each ``where`` condition and
  ``distinct``, and the words a check is described in (beyond
  ``test_claims.py``).

Every article sentence here is written for the test (Indonesian market
news); none is taken from the seed articles.
"""

from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

from analysis import actors, claims, coding, load_corpus, narrative, study, synthesis

# --- made-up articles -----------------------------------------------------------

HARGA = "Menteri Janji Harga Beras Turun Sebelum Ramadhan"
PASAR = "Pedagang Pasar Kosambi Keluhkan Harga Beras"

#: Kabarsatu.com quotes three people, dated Monday 1/3/2021 by its body.
KABARSATU = [
    "Harga beras di pasar tradisional naik sejak awal tahun.",
    '"Harga beras akan turun pekan depan," kata Menteri Perdagangan Budi Santoso pada Senin (1/3/2021).',
    '"Stok di gudang kami masih cukup untuk tiga bulan," ujar Direktur Utama Bulog, Ahmad Rizal.',
    '"Kami belum melihat penurunan harga," kata Wati Suryani, pedagang beras di Pasar Kosambi.',
]
#: Wartadua.id quotes only the minister, whom Kabarsatu.com quotes too.
WARTADUA = [
    "Harga beras medium di Pasar Kosambi naik dua kali dalam sebulan.",
    '"Harga beras akan turun pekan depan," kata Menteri Perdagangan Budi Santoso pada Selasa (2/3/2021).',
]
#: No date anywhere in the body.
TIGAKABAR = [
    "Antrean pembeli minyak goreng terlihat di sejumlah minimarket di Bandung.",
    "Sebagian warga membawa jeriken dari rumah sejak pagi.",
]


def write_article(folder: Path, stem: str, outlet: str, headline: str, paragraphs) -> None:
    """A page file whose lead names ``outlet`` in its dateline."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = [headline, "", "Penulis Uji"]
    for j, para in enumerate(paragraphs):
        lines += ["", (f"BANDUNG, {outlet} - " if j == 0 else "") + para]
    (folder / f"{stem}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def two_outlets(tmp_path_factory):
    folder = tmp_path_factory.mktemp("two")
    write_article(folder, "kabarsatu-2021-03-02", "KABARSATU.COM", HARGA, KABARSATU)
    write_article(folder, "wartadua-2021-03-03", "Wartadua.id", PASAR, WARTADUA)
    return load_corpus(folder)


def fake_corpus(rows):
    """A stand-in corpus: only ``articles`` (outlet, published), indexed by id."""
    articles = pd.DataFrame(rows, columns=["article_id", "outlet", "published"]).set_index("article_id")
    return SimpleNamespace(articles=articles)


# --- narrative.speaker_contrast ---------------------------------------------------

def test_the_made_up_corpus_is_read_as_two_outlets_quoting_who_they_quote(two_outlets):
    # The premise of the sentences below: if the reader changes, fix the text, not the sentence.
    assert two_outlets.articles["outlet"].to_dict() == {
        "kabarsatu-2021-03-02": "Kabarsatu.com", "wartadua-2021-03-03": "Wartadua.id"}
    q = actors.quotes(two_outlets)
    assert sorted(zip(q["article_id"], q["speaker"])) == [
        ("kabarsatu-2021-03-02", "Ahmad Rizal"), ("kabarsatu-2021-03-02", "Budi Santoso"),
        ("kabarsatu-2021-03-02", "Wati Suryani"), ("wartadua-2021-03-03", "Budi Santoso")]


def test_speaker_contrast_names_who_only_the_outlet_quoting_more_people_quotes(two_outlets):
    # Kabarsatu.com quotes three people, Wartadua.id one whom Kabarsatu.com
    # also quotes: the extra two are Kabarsatu.com's alone, and Wartadua.id
    # has no one of its own.  Inverting the set difference swaps the bullets.
    assert narrative.speaker_contrast(two_outlets) == (
        "- **Kabarsatu\\.com** alone quotes Ahmad Rizal and Wati Suryani.\n"
        "- **Wartadua\\.id** alone quotes no one the other outlets do not also quote.")


def test_speaker_contrast_with_one_outlet_lists_everyone_it_quotes(tmp_path):
    write_article(tmp_path, "kabarsatu-2021-03-02", "KABARSATU.COM", HARGA, KABARSATU)
    c = load_corpus(tmp_path)
    assert narrative.speaker_contrast(c) == (
        "- **Kabarsatu\\.com** quotes Ahmad Rizal\\, Budi Santoso and Wati Suryani.")


def _quotes_stub(monkeypatch, pairs):
    """Make ``actors.quotes`` return these (article_id, speaker) rows."""
    table = pd.DataFrame(pairs, columns=["article_id", "speaker"])
    monkeypatch.setattr(actors, "quotes", lambda corpus: table.copy())


def test_speaker_contrast_over_three_outlets_counts_a_shared_speaker_for_no_one(monkeypatch):
    # Budi is quoted by two outlets, so by neither "alone"; the lower-case
    # outlet sorts as a reader would (case-insensitively), and a quotation
    # without a speaker names no one.
    c = fake_corpus([("k1", "Kabarsatu.com", None), ("w1", "iKabar.id", None), ("t1", "Tigakabar.net", None)])
    _quotes_stub(monkeypatch, [("k1", "Budi Santoso"), ("k1", "Ahmad Rizal"), ("k1", "Ahmad Rizal"),
                               ("w1", "Budi Santoso"), ("w1", None), ("t1", "Wati Suryani"),
                               ("t1", "Dedi Kurnia")])
    assert narrative.speaker_contrast(c) == (
        "- **iKabar\\.id** alone quotes no one the other outlets do not also quote.\n"
        "- **Kabarsatu\\.com** alone quotes Ahmad Rizal.\n"
        "- **Tigakabar\\.net** alone quotes Dedi Kurnia and Wati Suryani.")


def test_speaker_contrast_covers_an_outlet_that_quotes_nobody(monkeypatch):
    c = fake_corpus([("k1", "Kabarsatu.com", None), ("w1", "Wartadua.id", None)])
    _quotes_stub(monkeypatch, [("k1", "Budi Santoso")])
    assert narrative.speaker_contrast(c) == (
        "- **Kabarsatu\\.com** alone quotes Budi Santoso.\n"
        "- **Wartadua\\.id** alone quotes no one the other outlets do not also quote.")
    _quotes_stub(monkeypatch, [])
    c1 = fake_corpus([("k1", "Kabarsatu.com", None)])
    assert narrative.speaker_contrast(c1) == "- **Kabarsatu\\.com** quotes no one."


def test_as_markdown_wraps_the_text_unchanged():
    assert narrative.as_markdown("- **A** alone quotes B.").data == "- **A** alone quotes B."


# --- synthesis: labels and lists ------------------------------------------------

D1, D2 = pd.Timestamp("2021-03-01").date(), pd.Timestamp("2021-03-02").date()


def test_article_labels_are_outlets_when_each_outlet_has_one_article():
    c = fake_corpus([("k1", "Kabarsatu.com", D1), ("w1", "Wartadua.id", D1)])
    assert synthesis.article_labels(c).to_dict() == {"k1": "Kabarsatu.com", "w1": "Wartadua.id"}


def test_article_labels_add_the_date_only_for_an_outlet_with_several_articles():
    c = fake_corpus([("k1", "Kabarsatu.com", D1), ("k2", "Kabarsatu.com", D2), ("k3", "Kabarsatu.com", None),
                     ("w1", "Wartadua.id", D1)])
    assert synthesis.article_labels(c).to_dict() == {
        "k1": "Kabarsatu.com (1 Mar 2021)", "k2": "Kabarsatu.com (2 Mar 2021)",
        "k3": "Kabarsatu.com (undated)", "w1": "Wartadua.id"}


def test_article_labels_fall_back_to_the_file_name_for_one_outlet_on_one_day():
    c = fake_corpus([("k-pagi", "Kabarsatu.com", D1), ("k-sore", "Kabarsatu.com", D1),
                     ("k-x", "Kabarsatu.com", None), ("k-y", "Kabarsatu.com", None), ("k-z", "Kabarsatu.com", D2)])
    assert synthesis.article_labels(c).to_dict() == {
        "k-pagi": "Kabarsatu.com (k-pagi)", "k-sore": "Kabarsatu.com (k-sore)",
        "k-x": "Kabarsatu.com (k-x)", "k-y": "Kabarsatu.com (k-y)", "k-z": "Kabarsatu.com (2 Mar 2021)"}


@pytest.mark.parametrize("values,most,expected", [
    (["Budi", "Rizal", "Budi", ""], 4, "Budi and Rizal"),            # repeats and blanks dropped, order kept
    (["Wati", "Budi", "Rizal", "Dedi"], 4, "Wati, Budi, Rizal and Dedi"),  # exactly ``most``: all shown
    (["Wati", "Budi", "Rizal", "Dedi", "Eko"], 4, "Wati, Budi, Rizal, Dedi and 1 more"),
    (["Wati", "Budi", "Rizal"], 1, "Wati and 2 more"),
    (["", None], 4, "none"),
])
def test_join_lists_distinct_values_and_counts_the_rest(values, most, expected):
    assert synthesis._join(values, most=most) == expected


@pytest.mark.parametrize("values,expected", [
    (["Bulog, lalu polisi", "Bulog, lalu polisi"], "Bulog, lalu polisi"),
    (["A, B", "C"], "A, B; C"),                                        # exactly two: no "more"
    (["A", "B", "C", "D"], "A; B; and 2 more"),
    (["", ""], "silent"),
    ([], "silent"),
])
def test_answers_are_semicolon_separated_with_at_most_two_shown(values, expected):
    assert synthesis._answers(values) == expected


# --- synthesis: the comparison table ----------------------------------------------

LABELS = ["Kabarsatu.com", "Wartadua.id"]


def hand_tables():
    """Evidence tables for articles k1 (Kabarsatu.com) and w1 (Wartadua.id)."""
    return {
        # "" for no date and no dateline (a missing one, NaN, is tested below).
        "articles": pd.DataFrame({"article_id": ["k1", "w1"], "published": ["2021-03-01", ""],
                                  "dateline": ["BANDUNG", ""]}),
        # The same subject in both: the row is dropped unless keep_same.
        "headlines": pd.DataFrame({"article_id": ["k1", "w1"], "subject": ["Budi Santoso"] * 2,
                                   "subject_role": ["source"] * 2, "modality": ["assertive"] * 2}),
        "quotes": pd.DataFrame({
            "article_id": ["k1", "k1", "k1", "w1"],
            "speaker": ["Budi Santoso", "Ahmad Rizal", "Budi Santoso", "Budi Santoso"],
            "relayed_via": ["Antara", "Reuters", None, None],
            # Reuters is only inherited from an earlier sentence: not named here.
            "relay_inherited": [False, True, False, False]}),
        "mentions": pd.DataFrame({
            "article_id": ["k1", "k1", "k1", "k1", "k1", "w1", "w1", "w1"],
            "type": ["person", "person", "person", "person", "organisation", "person", "person", "person"],
            "actor": ["Budi Santoso", "Ahmad Rizal", "Joko Widodo", "Joko Widodo", "Bulog",
                      "Budi Santoso", "Sri Mulyani", "Sri Mulyani"],
            # Joko Widodo is named once in k1, so he is not "only by office".
            "named": [True, False, False, True, True, True, False, False]}),
        "references": pd.DataFrame({
            "article_id": ["k1", "k1", "k1", "k1", "k1", "w1", "w1"],
            "refers_to": ["this_agreement", "this_agreement", "this_agreement", "earlier", "earlier",
                          "this_agreement", "this_agreement"],
            "term": ["kesepakatan", "perjanjian", "kesepakatan", "gencatan senjata", "gencatan senjata",
                     "perjanjian", "kesepakatan"]}),
        "descriptions": pd.DataFrame({"article_id": ["k1", "k1", "k1"],
                                      "actor": ["Ahmad Rizal", "Budi Santoso", "Ahmad Rizal"],
                                      "named": ["no", "yes", "no"]}),
        "attributes": pd.DataFrame({
            "article_id": ["k1", "k1", "w1", "w1", "k1", "w1"],
            "question": ["monitor", "monitor", "monitor", "lasting", "who_broke", "who_broke"],
            "answer": ["Bulog, lalu polisi", "Bulog, lalu polisi", "Polisi saja", "", "Tidak ada", "Tidak ada"]}),
    }


QUESTIONS = pd.DataFrame({"question": ["monitor", "lasting", "who_broke"],
                          "text": ["Who monitors it?", "Will it last?", "Who broke it?"]})
TWO = [("k1", "Kabarsatu.com", D1), ("w1", "Wartadua.id", None)]

#: Every row of the full table, by hand: (dimension, evidence, see, k1, w1).
ALL_ROWS = [
    ("Published, dateline", "measured", "{ref}`ch-articles`", "2021-03-01, BANDUNG", "undated, no dateline"),
    ("Headline's subject", "measured", "{numref}`tbl-headline-frames`",
     "Budi Santoso (source); assertive", "Budi Santoso (source); assertive"),
    ("Who is quoted", "measured", "{numref}`tbl-voices`", "Budi Santoso and Ahmad Rizal", "Budi Santoso"),
    ("Wire named", "measured", "{numref}`tbl-voices`", "Antara", "none"),
    ("Leaders named", "measured", "{numref}`tbl-portraits`", "Budi Santoso and Joko Widodo", "Budi Santoso"),
    ("Leaders referred to only by office", "measured", "{numref}`tbl-portraits`", "Ahmad Rizal", "Sri Mulyani"),
    ("Names for the agreement (references)", "measured", "{numref}`tbl-naming`",
     "kesepakatan 2; perjanjian 1", "kesepakatan 1; perjanjian 1"),
    ("Actors described, not named", "hand-coded", "{numref}`tbl-descriptions`", "Ahmad Rizal", "not hand-coded"),
    ("Who monitors it?", "hand-coded", "{numref}`tbl-attributes`", "Bulog, lalu polisi", "Polisi saja"),
    ("Will it last?", "hand-coded", "{numref}`tbl-attributes`", "silent", "silent"),
    ("Who broke it?", "hand-coded", "{numref}`tbl-attributes`", "Tidak ada", "Tidak ada"),
]
SAME = {"Headline's subject", "Will it last?", "Who broke it?"}


def rows_of(table):
    return [tuple(r) for r in table.itertuples(index=False)]


def test_comparison_table_keeps_only_the_rows_where_the_articles_differ():
    t = synthesis.comparison_table(fake_corpus(TWO), hand_tables(), QUESTIONS)
    assert list(t.columns) == ["Dimension", "Evidence", "See", *LABELS]
    assert rows_of(t) == [r for r in ALL_ROWS if r[0] not in SAME]
    assert list(t.index) == list(range(len(t)))


def test_comparison_table_with_keep_same_keeps_every_row_in_order():
    t = synthesis.comparison_table(fake_corpus(TWO), hand_tables(), QUESTIONS, keep_same=True)
    assert rows_of(t) == ALL_ROWS


def test_comparison_table_says_which_rows_are_measured_and_which_hand_coded():
    t = synthesis.comparison_table(fake_corpus(TWO), hand_tables(), QUESTIONS, keep_same=True)
    kinds = dict(zip(t["Dimension"], t["Evidence"]))
    assert [d for d, k in kinds.items() if k == "hand-coded"] == [
        "Actors described, not named", "Who monitors it?", "Will it last?", "Who broke it?"]
    assert set(kinds.values()) == {"measured", "hand-coded"}


def test_comparison_table_of_one_article_keeps_every_row():
    tables = {name: t[t["article_id"] == "k1"] for name, t in hand_tables().items()}
    # A headline without an actor in subject position.
    tables["headlines"] = pd.DataFrame({"article_id": ["k1"], "subject": ["harga"], "subject_role": [""],
                                        "modality": ["hedged"]})
    tables["references"] = tables["references"][tables["references"]["refers_to"] != "this_agreement"]
    t = synthesis.comparison_table(fake_corpus(TWO[:1]), tables, QUESTIONS)
    assert list(t.columns) == ["Dimension", "Evidence", "See", "Kabarsatu.com"]
    assert dict(zip(t["Dimension"], t["Kabarsatu.com"])) == {
        "Published, dateline": "2021-03-01, BANDUNG",
        "Headline's subject": "no actor; hedged",
        "Who is quoted": "Budi Santoso and Ahmad Rizal",
        "Wire named": "Antara",
        "Leaders named": "Budi Santoso and Joko Widodo",
        "Leaders referred to only by office": "Ahmad Rizal",
        "Names for the agreement (references)": "not named",
        "Actors described, not named": "Ahmad Rizal",
        "Who monitors it?": "Bulog, lalu polisi",
        "Will it last?": "silent",
        "Who broke it?": "Tidak ada",
    }


def test_comparison_table_without_hand_coding_has_only_measured_rows():
    tables = hand_tables()
    del tables["descriptions"]
    t = synthesis.comparison_table(fake_corpus(TWO), tables, QUESTIONS, keep_same=True)
    assert list(t["Dimension"]) == [r[0] for r in ALL_ROWS[:7]] + [r[0] for r in ALL_ROWS[8:]]
    del tables["attributes"]
    t = synthesis.comparison_table(fake_corpus(TWO), tables, QUESTIONS, keep_same=True)
    assert list(t["Dimension"]) == [r[0] for r in ALL_ROWS[:7]]
    assert set(t["Evidence"]) == {"measured"}
    # Attributes without the question list give no question rows either.
    t = synthesis.comparison_table(fake_corpus(TWO), hand_tables(), None, keep_same=True)
    assert list(t["Dimension"]) == [r[0] for r in ALL_ROWS[:8]]


def test_comparison_table_names_its_columns_as_the_labels_do():
    # Two Kabarsatu.com articles on different days and one Wartadua.id.
    c = fake_corpus([("k1", "Kabarsatu.com", D1), ("w1", "Wartadua.id", None), ("k2", "Kabarsatu.com", D2)])
    tables = hand_tables()
    tables["articles"] = pd.DataFrame({"article_id": ["k1", "w1", "k2"],
                                       "published": ["2021-03-01", "", "2021-03-02"],
                                       "dateline": ["BANDUNG", "", "BANDUNG"]})
    tables["headlines"] = pd.concat([tables["headlines"], tables["headlines"].iloc[[0]].assign(article_id="k2")])
    t = synthesis.comparison_table(c, tables, QUESTIONS)
    assert list(t.columns) == ["Dimension", "Evidence", "See",
                               "Kabarsatu.com (1 Mar 2021)", "Wartadua.id", "Kabarsatu.com (2 Mar 2021)"]
    first = rows_of(t)[0]
    assert first == ("Published, dateline", "measured", "{ref}`ch-articles`",
                     "2021-03-01, BANDUNG", "undated, no dateline", "2021-03-02, BANDUNG")
    # k2 has no quotations, mentions or hand coding.
    assert dict(zip(t["Dimension"], t["Kabarsatu.com (2 Mar 2021)"]))["Who is quoted"] == "none"
    assert dict(zip(t["Dimension"], t["Kabarsatu.com (2 Mar 2021)"]))["Who monitors it?"] == "not hand-coded"


def test_an_article_without_a_dateline_says_so_in_the_table(tmp_path):
    write_article(tmp_path, "kabarsatu-2021-03-02", "KABARSATU.COM", HARGA, KABARSATU)
    # No dateline: the lead is a long sentence with no city or outlet before it.
    (tmp_path / "lain-2021-03-05.txt").write_text(
        f"{PASAR}\n\nPenulis Uji\n\nHarga beras medium di Pasar Kosambi, Bandung, naik dua kali dalam sebulan "
        "terakhir menurut catatan para pedagang di sana.\n", encoding="utf-8")
    c = load_corpus(tmp_path)
    assert pd.isna(c.articles.loc["lain-2021-03-05", "dateline"])
    t = synthesis.comparison_table(c, study.evidence(c, None))
    assert rows_of(t)[0][3:] == ("2021-03-01, BANDUNG", "undated, no dateline")


# --- study: the evidence tables ----------------------------------------------------

MEASURED = ["agentless", "articles", "evaluation", "headlines", "mentions", "people", "quotes", "references",
            "sentences"]


@pytest.fixture(scope="module")
def three_articles(tmp_path_factory):
    folder = tmp_path_factory.mktemp("three")
    write_article(folder, "kabarsatu-2021-03-02", "KABARSATU.COM", HARGA, KABARSATU)
    write_article(folder, "wartadua-2021-03-03", "Wartadua.id", PASAR, WARTADUA)
    write_article(folder, "tigakabar-2021-03-04", "TIGAKABAR.NET",
                  "Warga Antre Minyak Goreng di Minimarket Bandung", TIGAKABAR)
    return load_corpus(folder)


def test_evidence_without_a_coding_folder_is_the_measurement_tables(three_articles):
    ev = study.evidence(three_articles, None)
    assert sorted(ev) == MEASURED
    assert not set(ev) & study.HAND_CODED
    for name, table in ev.items():
        assert "article_id" in table.columns, name
    arts = ev["articles"].set_index("article_id")
    # Dates as ISO text, "" for an article without one (not "NaT" or None).
    assert arts["published"].to_dict() == {"kabarsatu-2021-03-02": "2021-03-01",
                                           "wartadua-2021-03-03": "2021-03-02",
                                           "tigakabar-2021-03-04": ""}
    assert arts["outlet"].to_dict() == {"kabarsatu-2021-03-02": "Kabarsatu.com",
                                        "wartadua-2021-03-03": "Wartadua.id",
                                        "tigakabar-2021-03-04": "Tigakabar.net"}
    assert sorted(ev["headlines"]["article_id"]) == sorted(three_articles.articles.index)


def test_the_hand_coded_tables_are_the_three_sheets():
    assert study.HAND_CODED == frozenset({"frames", "attributes", "descriptions"})


def write_coding(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "frames.csv").write_text(
        "article_id,item,answer,evidence,note\n"
        f"kabarsatu-2021-03-02,R1,yes,{KABARSATU[0]},\n"
        "wartadua-2021-03-03,R1,no,,\n", encoding="utf-8")
    (folder / "ceasefire.csv").write_text(
        "article_id,question,answer,evidence,note\n"
        "wartadua-2021-03-03,monitor,Menteri Perdagangan,,\n"
        "lain-2021-01-01,monitor,Tidak ada,,\n", encoding="utf-8")
    (folder / "descriptions.csv").write_text(
        "article_id,actor,description,evidence,named,note\n"
        "kabarsatu-2021-03-02,Bulog,gudang kami,,no,\n", encoding="utf-8")
    (folder / "ceasefire_questions.csv").write_text(
        "question,text\nmonitor,Who monitors it?\nlasting,NA\nwho_broke,\n", encoding="utf-8")
    return folder


def test_evidence_with_a_coding_folder_adds_the_sheets_with_their_outlet(three_articles, tmp_path):
    ev = study.evidence(three_articles, write_coding(tmp_path / "coding"))
    assert sorted(ev) == sorted(MEASURED + ["attributes", "descriptions", "frames"])
    assert ev["frames"][["article_id", "item", "answer", "outlet"]].values.tolist() == [
        ["kabarsatu-2021-03-02", "R1", "yes", "Kabarsatu.com"], ["wartadua-2021-03-03", "R1", "no", "Wartadua.id"]]
    a = ev["attributes"]
    assert a["outlet"].tolist()[0] == "Wartadua.id" and pd.isna(a["outlet"].tolist()[1])
    assert a["in_corpus"].tolist() == [True, False]
    assert ev["descriptions"][["actor", "named", "outlet"]].values.tolist() == [["Bulog", "no", "Kabarsatu.com"]]


def test_sheets_refuse_evidence_that_is_not_in_the_article(three_articles, tmp_path):
    folder = write_coding(tmp_path / "coding")
    (folder / "descriptions.csv").write_text(
        "article_id,actor,description,evidence,named,note\n"
        "kabarsatu-2021-03-02,Bulog,gudang,Bulog menolak berkomentar.,no,\n", encoding="utf-8")
    with pytest.raises(coding.CodingError, match="descriptions.csv: line 2: the evidence is not in kabarsatu"):
        study.sheets(three_articles, folder)


def test_questions_keep_their_order_and_their_text_as_written(tmp_path):
    q = study.questions(write_coding(tmp_path))
    assert q[["question", "text"]].values.tolist() == [
        ["monitor", "Who monitors it?"], ["lasting", "NA"], ["who_broke", ""]]


@pytest.mark.parametrize("header", ["text,question", "question,teks", "id,question,text"])
def test_questions_need_the_question_and_text_columns_first(tmp_path, header):
    (tmp_path / "ceasefire_questions.csv").write_text(f"{header}\na,b\n", encoding="utf-8")
    with pytest.raises(coding.CodingError, match=r"^ceasefire_questions\.csv: needs the columns question,text$"):
        study.questions(tmp_path)


def test_the_synthesis_table_from_the_made_up_evidence(three_articles, tmp_path):
    folder = write_coding(tmp_path / "coding")
    t = synthesis.comparison_table(three_articles, study.evidence(three_articles, folder),
                                   study.questions(folder))
    # Columns in the corpus's order (by file name).
    assert list(three_articles.articles.index) == ["kabarsatu-2021-03-02", "tigakabar-2021-03-04",
                                                   "wartadua-2021-03-03"]
    labels = ["Kabarsatu.com", "Tigakabar.net", "Wartadua.id"]
    assert list(t.columns) == ["Dimension", "Evidence", "See", *labels]
    rows = {r[0]: r[1:] for r in rows_of(t)}
    assert rows["Who is quoted"] == ("measured", "{numref}`tbl-voices`",
                                     "Budi Santoso, Ahmad Rizal and Wati Suryani", "none", "Budi Santoso")
    assert rows["Published, dateline"][2:] == ("2021-03-01, BANDUNG", "undated, BANDUNG", "2021-03-02, BANDUNG")
    assert rows["Actors described, not named"] == ("hand-coded", "{numref}`tbl-descriptions`",
                                                   "Bulog", "not hand-coded", "not hand-coded")
    assert rows["Who monitors it?"] == ("hand-coded", "{numref}`tbl-attributes`",
                                        "not hand-coded", "not hand-coded", "Menteri Perdagangan")
    # Wartadua.id is in the attribute sheet but does not answer "lasting" (text "NA", kept as
    # written) or "who_broke" (no text): silent, where the others are not hand-coded.
    assert rows["NA"][2:] == rows[""][2:] == ("not hand-coded", "not hand-coded", "silent")
    # The gazetteer knows no one in these articles: every measured row of actors is "none"
    # everywhere, so it is dropped.
    assert list(rows) == ["Published, dateline", "Who is quoted", "Actors described, not named",
                          "Who monitors it?", "NA", ""]


# --- claims: comparisons at their boundaries, conditions, distinct -------------------

Q = {
    "quotes": pd.DataFrame({
        "article_id": ["a", "a", "a", "b", "b"],
        "speaker": ["Budi Santoso", "Ahmad Rizal", "Budi Santoso", "Wati Suryani", None],
        "cue": ["kata", "ujar", "kata", "kata", "ungkap"],
        "text": ["harga turun (pekan depan)", "stok cukup", "harga.stabil", "belum turun", "naik lagi"],
        "direct": [True, True, False, True, False],
        "n": [1, 2, 3, 2, 10],
    }),
}
IN_A = {"table": "quotes", "where": {"article_id": "a"}}  # 3 rows


def status(check, tables=Q):
    c = {"id": "c", "chapter": "ch", "claim": "A claim.", "articles": ["a"], "checks": [check]}
    return claims.evaluate([c], tables, present={"a", "b"})["status"].item()


@pytest.mark.parametrize("op,want,expected", [
    ("equals", 3, "holds"), ("equals", 2, "fails"), ("equals", 4, "fails"),
    ("at_least", 3, "holds"), ("at_least", 2, "holds"), ("at_least", 4, "fails"),
    ("at_most", 3, "holds"), ("at_most", 4, "holds"), ("at_most", 2, "fails"),
    ("more_than", 2, "holds"), ("more_than", 3, "fails"),
    ("fewer_than", 4, "holds"), ("fewer_than", 3, "fails"),
])
def test_each_comparison_at_its_boundary(op, want, expected):
    assert status({"count": IN_A, op: want}) == expected


@pytest.mark.parametrize("op,other,expected", [
    # the other side: rows with cue "kata" (3), rows of b (2)
    ("at_least", {"table": "quotes", "where": {"cue": "kata"}}, "holds"),
    ("more_than", {"table": "quotes", "where": {"cue": "kata"}}, "fails"),
    ("at_most", {"table": "quotes", "where": {"cue": "kata"}}, "holds"),
    ("more_than", {"table": "quotes", "where": {"article_id": "b"}}, "holds"),
    ("fewer_than", {"table": "quotes", "where": {"article_id": "b"}}, "fails"),
    ("equals", {"table": "quotes", "where": {"article_id": "b"}}, "fails"),
])
def test_a_comparison_with_another_query(op, other, expected):
    assert status({"count": IN_A, op: other}) == expected


@pytest.mark.parametrize("where,n", [
    ({}, 5),
    ({"speaker": ["Budi Santoso", "Wati Suryani"]}, 3),
    ({"speaker": ["Siapa Pun"]}, 0),
    ({"text": {"contains": "(pekan"}}, 1),          # literal text, not a pattern
    ({"text": {"contains": "."}}, 1),
    ({"speaker": {"not": "Budi Santoso"}}, 3),      # a missing speaker is "not Budi"
    ({"cue": {"not": ["kata", "ujar"]}}, 1),
    ({"text": {"not": {"contains": "harga"}}}, 3),
    ({"direct": True}, 3),
    ({"direct": False}, 2),
    ({"n": 2}, 2),
    ({"n": "10"}, 1),                               # compared as text, so "10" finds 10
    ({"article_id": "a", "cue": "kata"}, 2),         # conditions are all required
    ({"article_id": "b", "speaker": "Budi Santoso"}, 0),
])
def test_where_conditions_count_the_rows_they_match(where, n):
    count = {"table": "quotes", "where": where}
    assert status({"count": count, "equals": n}) == "holds"
    assert status({"count": count, "equals": n + 1}) == "fails"
    assert status({"count": count, "equals": n - 1}) == "fails"


def test_an_unknown_condition_is_an_error():
    with pytest.raises(claims.ClaimError, match="unknown condition"):
        status({"count": {"table": "quotes", "where": {"cue": {"starts": "ka"}}}, "equals": 0})


@pytest.mark.parametrize("check,expected", [
    # distinct values, repeats collapsed, order not significant
    ({"count": {**IN_A, "distinct": "speaker"}, "equals": ["Budi Santoso", "Ahmad Rizal"]}, "holds"),
    ({"count": {**IN_A, "distinct": "speaker"}, "equals": ["Budi Santoso"]}, "fails"),
    # a missing speaker is not a value
    ({"count": {"table": "quotes", "where": {"article_id": "b"}, "distinct": "speaker"},
      "equals": ["Wati Suryani"]}, "holds"),
    ({"count": {"table": "quotes", "where": {"article_id": "b"}, "distinct": "speaker"}, "equals": []}, "fails"),
    # numbers are compared as text
    ({"count": {"table": "quotes", "where": {"cue": "kata"}, "distinct": "n"}, "equals": [1, 2, 3]}, "holds"),
    # distinct against distinct
    ({"count": {"table": "quotes", "where": {"cue": "kata"}, "distinct": "speaker"},
      "equals": {"table": "quotes", "where": {"direct": True}, "distinct": "speaker"}}, "fails"),
    ({"count": {"table": "quotes", "where": {"cue": "kata", "article_id": "a"}, "distinct": "speaker"},
      "equals": {"table": "quotes", "where": {"n": [1, 3]}, "distinct": "speaker"}}, "holds"),
])
def test_distinct_compares_the_set_of_values(check, expected):
    assert status(check) == expected


def test_a_failing_check_reports_what_it_found_and_the_others_are_not_reported():
    c = {"id": "c", "chapter": "ch", "claim": "A claim.", "articles": ["a"], "checks": [
        {"count": IN_A, "at_least": 3},
        {"count": IN_A, "at_least": 4},
        {"count": {**IN_A, "distinct": "cue"}, "equals": ["kata"]},
    ]}
    r = claims.evaluate([c], Q, present={"a", "b"})
    assert r["status"].item() == "fails"
    assert r["found"].item() == ("rows of quotes where article_id = a: at least 4; found 3; "
                                 "distinct cue of quotes where article_id = a: equals kata; found ['kata', 'ujar']")
    assert r["checks"].item() == ["rows of quotes where article_id = a: at least 3",
                                  "rows of quotes where article_id = a: at least 4",
                                  "distinct cue of quotes where article_id = a: equals kata"]


def test_evaluate_keeps_only_the_chapter_asked_for():
    def c(cid, chapter):
        return {"id": cid, "chapter": chapter, "claim": "A claim.", "articles": ["a"],
                "checks": [{"count": IN_A, "equals": 3}]}

    cs = [c("x1", "01"), c("y1", "02"), c("x2", "01")]
    assert claims.evaluate(cs, Q, present={"a"}, chapter="01")["id"].tolist() == ["x1", "x2"]
    assert claims.evaluate(cs, Q, present={"a"})["id"].tolist() == ["x1", "y1", "x2"]
    empty = claims.evaluate(cs, Q, present={"a"}, chapter="99")
    assert empty.empty and list(empty.columns) == ["id", "chapter", "claim", "articles", "checks", "status",
                                                   "found"]


@pytest.mark.parametrize("check,words", [
    ({"count": {"table": "quotes"}, "at_least": 1}, "rows of quotes: at least 1"),
    ({"count": {"table": "quotes", "where": {"speaker": ["Budi", "Wati"], "text": {"contains": "harga"}},
                "distinct": "cue"}, "equals": ["kata", "ujar"]},
     "distinct cue of quotes where speaker in Budi/Wati, text contains 'harga': equals kata, ujar"),
    ({"count": {"table": "quotes", "where": {"cue": {"not": ["kata", "ujar"]}}}, "fewer_than": 2},
     "rows of quotes where cue is not in kata/ujar: fewer than 2"),
    ({"count": IN_A, "more_than": {"table": "quotes", "where": {"article_id": "b"}}},
     "rows of quotes where article_id = a: more than rows of quotes where article_id = b"),
    ({"count": IN_A, "at_most": 3}, "rows of quotes where article_id = a: at most 3"),
])
def test_checks_read_as_words(check, words):
    assert claims.describe(check) == words


@pytest.mark.parametrize("statuses,sentence", [
    ([], ""),
    (["holds"], "The one claim this chapter makes about a particular article was checked against the data "
                "when the book was built."),
    (["holds"] * 3, "All 3 claims this chapter makes about particular articles were checked against the data "
                    "when the book was built."),
    (["holds", "holds", "not applicable"],
     "Of the 3 claims this chapter makes about particular articles, 2 were checked against the data when the "
     "book was built; 1 concern articles that are not in this corpus, so they were not checked and may not "
     "describe it."),
])
def test_the_chapter_note(statuses, sentence):
    assert claims.note(pd.DataFrame({"status": statuses}, dtype=object)) == sentence


def test_a_negated_contains_condition_is_described_in_plain_english():
    from analysis.claims import _condition_words

    assert _condition_words({"not": {"contains": "harga"}}) == "does not contain 'harga'"
    assert _condition_words({"not": "pedagang"}) == "is not pedagang"
    assert _condition_words({"not": ["a", "b"]}) == "is not in a/b"


def test_a_hatch_means_one_thing_in_every_figure():
    # Outlets are told apart by hatch in print; boilerplate's hatch in the
    # line-composition figure must never be an outlet's.
    from analysis import plotting

    many = [f"Outlet{i}.com" for i in range(20)]
    outlet_hatches = {s["hatch"] for s in plotting.outlet_styles(many).values()}
    assert plotting.BOILERPLATE_HATCH not in outlet_hatches
    assert outlet_hatches == set(plotting.HATCHES)
