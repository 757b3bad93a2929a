"""The actor tables of chapter 3 on small made-up corpora, counted by hand.

``agency_matrix``, ``portraits``, ``prominence``, ``cooccurrence``,
``voices_table`` and ``people`` are what the chapter shows; each is pinned
here row by row on articles written for the test, so that a wrong count,
a lost column or a changed order fails a test rather than the reader.
"""

import pandas as pd
import pytest

from analysis import actors
from analysis.glosses import MISSING, gloss
from conftest import KOMPAS
from helpers import make_corpus

A, B = "made-0", "made-1"
OUTLET = "Contoh.com"

# Two made-up articles; the headline ("Pressure on Armenia") is shared.
# Roles read by hand, sentence by sentence:
#   A0 headline   Armenia patient (after terhadap)
#   A1 Rusia agent, Armenia other (place after ke)
#   A2 Rusia agent, Azerbaijan patient
#   A3 Azerbaijan agent, Armenia patient
#   A4 Armenia patient (di- passive), Rusia agent (oleh)
#   A5 Armenia speaker (the appositive "yang kalah" is skipped)
#   A6 Turki agent, Rusia partner (bersama), AFP relay (a news agency)
#   A7 Lavrov speaker
#   B0 headline   Armenia patient
#   B1 Prancis stance, Turki patient (terhadap)
#   B2 Macron speaker, Armenia agent, Azerbaijan agent
#   B3 Armenia agent (oleh)
#   B4 Presiden Rusia (Putin, by office only) agent
#   B5 Turki agent
TWO_ARTICLES = (
    [
        "Rusia mengirim pasukan ke Armenia. Rusia juga menekan Azerbaijan.",
        "Azerbaijan menyerang Armenia. Armenia ditekan oleh Rusia kemarin. "
        "Armenia, yang kalah, menyatakan menerima perjanjian.",
        "Turki bersama Rusia mengadakan pertemuan, seperti dilansir AFP.",
        '"Kami siap," kata Lavrov.',
    ],
    [
        "Prancis khawatir terhadap Turki. Macron mengatakan bahwa Armenia dan Azerbaijan harus berdamai.",
        "Perjanjian itu ditandatangani oleh Armenia kemarin. Presiden Rusia bertemu wartawan. "
        "Turki menolak perjanjian itu.",
    ],
)
HEADLINE = "Tekanan Terhadap Armenia"


@pytest.fixture
def two(tmp_path):
    return make_corpus(tmp_path / "two", *TWO_ARTICLES, headline=HEADLINE)


def rows(df, columns):
    return [tuple(r) for r in df[columns].itertuples(index=False)]


# --- role counts per actor -------------------------------------------------------

ROLE_COLUMNS = ["agent", "speaker", "stance", "partner", "patient", "other", "all"]


def test_role_counts_per_actor_in_two_articles(two):
    a = actors.agency_matrix(two)
    assert list(a.columns) == ["article_id", "outlet", "actor"] + ROLE_COLUMNS
    assert a.columns.name is None
    assert a.index.tolist() == list(range(len(a)))
    assert set(a["outlet"]) == {OUTLET}
    # Most mentions first, ties by name; the news agency (AFP) is left out
    # and so is the relay column.
    assert rows(a, ["article_id", "actor"] + ROLE_COLUMNS) == [
        (A, "Armenia", 0, 1, 0, 0, 3, 1, 5),
        (A, "Russia", 3, 0, 0, 1, 0, 0, 4),
        (A, "Azerbaijan", 1, 0, 0, 0, 1, 0, 2),
        (A, "Sergei Lavrov", 0, 1, 0, 0, 0, 0, 1),
        (A, "Turkey", 1, 0, 0, 0, 0, 0, 1),
        (B, "Armenia", 2, 0, 0, 0, 1, 0, 3),
        (B, "Turkey", 1, 0, 0, 0, 1, 0, 2),
        (B, "Azerbaijan", 1, 0, 0, 0, 0, 0, 1),
        (B, "Emmanuel Macron", 0, 1, 0, 0, 0, 0, 1),
        (B, "France", 0, 0, 1, 0, 0, 0, 1),
        (B, "Vladimir Putin", 1, 0, 0, 0, 0, 0, 1),
    ]


def test_the_most_frequent_agent_is_not_the_most_mentioned_actor(two):
    # Armenia is named most in article A, but mostly as the one acted upon;
    # Russia acts most.  In B Armenia both leads and acts most.
    a = actors.agency_matrix(two)
    top = {art: g.iloc[0]["actor"] for art, g in a.groupby("article_id")}
    assert top == {A: "Armenia", B: "Armenia"}
    most_agent = {art: g.set_index("actor")["agent"].idxmax() for art, g in a.groupby("article_id")}
    assert most_agent == {A: "Russia", B: "Armenia"}
    agents = a.set_index(["article_id", "actor"])["agent"]
    assert agents[(A, "Russia")] == 3 and agents[(A, "Armenia")] == 0
    # The portraits say the same: Russia's roles lead with "agent 3".
    p = actors.portraits(two).set_index(["article_id", "actor"])
    assert p.loc[(A, "Russia"), "roles"] == "agent 3, partner 1"
    assert p.loc[(A, "Russia"), "verbs"] == ["mengirim", "menekan"]


def test_agency_matrix_takes_the_mentions_it_is_given(two):
    m = actors.mentions(two)
    only_russia = m[m["actor"] == "Russia"]
    a = actors.agency_matrix(two, only_russia)
    assert rows(a, ["article_id", "actor", "agent", "partner", "other", "all"]) == [
        (A, "Russia", 3, 1, 0, 4),
    ]


def test_agency_matrix_sorts_ties_by_name_within_each_article(tmp_path):
    c = make_corpus(tmp_path, ["Turki menyerang. Armenia menyerang. Rusia menyerang. Rusia menyerang."],
                    ["Prancis menyerang."])
    a = actors.agency_matrix(c)
    assert rows(a, ["article_id", "actor", "agent", "all"]) == [
        (A, "Russia", 2, 2), (A, "Armenia", 1, 1), (A, "Turkey", 1, 1), (B, "France", 1, 1),
    ]


# --- portraits --------------------------------------------------------------------

PORTRAIT_COLUMNS = ["article_id", "outlet", "actor", "named_as", "by_name", "mentions", "roles", "verbs", "quotes"]


def test_portraits_of_two_articles(two):
    p = actors.portraits(two)
    assert list(p.columns) == PORTRAIT_COLUMNS
    assert set(p["outlet"]) == {OUTLET}
    assert rows(p, PORTRAIT_COLUMNS[:1] + PORTRAIT_COLUMNS[2:]) == [
        (A, "Armenia", ["Armenia"], True, 5, "patient 3, other 1, speaker 1", [], 0),
        (A, "Azerbaijan", ["Azerbaijan"], True, 2, "agent 1, patient 1", ["menyerang"], 0),
        (A, "Russia", ["Rusia"], True, 4, "agent 3, partner 1", ["mengirim", "menekan"], 0),
        (A, "Sergei Lavrov", ["Lavrov"], True, 1, "speaker 1", [], 1),
        (A, "Turkey", ["Turki"], True, 1, "agent 1", ["mengadakan"], 0),
        (B, "Armenia", ["Armenia"], True, 3, "agent 2, patient 1", ["berdamai"], 0),
        (B, "Azerbaijan", ["Azerbaijan"], True, 1, "agent 1", ["berdamai"], 0),
        (B, "Emmanuel Macron", ["Macron"], True, 1, "speaker 1", [], 1),
        (B, "France", ["Prancis"], True, 1, "stance 1", ["khawatir"], 0),
        (B, "Turkey", ["Turki"], True, 2, "agent 1, patient 1", ["menolak"], 0),
        (B, "Vladimir Putin", ["Presiden Rusia"], False, 1, "agent 1", ["bertemu"], 0),
    ]


def test_portraits_for_chosen_actors_and_given_tables(two):
    p = actors.portraits(two, which=["Turkey", "France"])
    assert rows(p, ["article_id", "actor"]) == [(A, "Turkey"), (B, "France"), (B, "Turkey")]
    m = actors.mentions(two)
    q = actors.quotes(two)
    p = actors.portraits(two, m[m["article_id"] == B], q[q["actor"] != "Emmanuel Macron"])
    assert set(p["article_id"]) == {B}
    assert p.set_index("actor").loc["Emmanuel Macron", "quotes"] == 0
    none = actors.portraits(two, which=["Nobody"])
    assert none.empty and list(none.columns) == PORTRAIT_COLUMNS


def test_portrait_roles_put_the_commonest_first_and_ties_by_name(tmp_path):
    c = make_corpus(tmp_path, [
        "Azerbaijan mengecam Armenia. Rusia menekan Armenia. Armenia menolak. Pasukan tiba di Armenia. "
        "Armenia khawatir."
    ])
    p = actors.portraits(c, which=["Armenia"])
    assert p["roles"].tolist() == ["patient 2, agent 1, other 1, stance 1"]
    assert p["verbs"].tolist() == [["menolak", "khawatir"]]
    assert p["named_as"].tolist() == [["Armenia"]]


def test_portraits_list_each_form_of_the_name_once_in_order(tmp_path):
    c = make_corpus(tmp_path, ["Presiden Rusia tiba. Putin menolak. Vladimir Putin menolak lagi. Putin pergi."])
    p = actors.portraits(c).set_index("actor")
    assert p.loc["Vladimir Putin", "named_as"] == ["Presiden Rusia", "Putin", "Vladimir Putin"]
    assert p.loc["Vladimir Putin", "by_name"]
    assert p.loc["Vladimir Putin", "mentions"] == 4
    assert p.loc["Vladimir Putin", "verbs"] == ["tiba", "menolak", "pergi"]  # each verb once


def test_an_agent_named_after_oleh_has_no_verb_of_its_own(tmp_path):
    c = make_corpus(tmp_path, ["Perjanjian itu ditandatangani oleh Rusia kemarin."])
    p = actors.portraits(c).set_index("actor")
    assert p.loc["Russia", "roles"] == "agent 1"
    assert p.loc["Russia", "verbs"] == []


# --- the verb after a subject -----------------------------------------------------

@pytest.mark.parametrize("after, verb", [
    (" telah mengadakan pembicaraan.", "mengadakan"),
    (" bersama Rusia mengadakan pertemuan.", "mengadakan"),
    (" dengan Turki menandatangani protokol.", "menandatangani"),
    (" dan Azerbaijan harus berdamai.", "berdamai"),
    (" serta Turki menyetujui gencatan senjata.", "menyetujui"),
    (" yang menyerang Armenia.", "menyerang"),
    (", yang telah lama bersekutu, menandatangani protokol.", "menandatangani"),
    (" -- sekutu Azerbaijan -- mengirim pasukan.", "mengirim"),
    # The appositive is dropped, not counted in the six words looked at.
    (", yang lama bersekutu dengan Azerbaijan, telah juga sudah akan segera mengirim pasukan.", "mengirim"),
    (" kemarin mengirim pasukan.", None),
    (" pada Selasa.", None),
    (" telah juga sudah akan segera masih mengirim pasukan.", None),
    (". Turki mengirim pasukan.", None),
    ("", None),
])
def test_verb_after_a_subject(after, verb):
    assert actors._verb_after(after) == verb


# --- prominence -------------------------------------------------------------------

PROMINENCE_COLUMNS = ["article_id", "outlet", "actor", "mentions", "first_sentence", "in_headline", "in_lead",
                      "by_name", "share"]


def test_prominence_of_two_articles(two):
    p = actors.prominence(two)
    assert list(p.columns) == PROMINENCE_COLUMNS
    assert p.index.tolist() == list(range(len(p)))
    assert set(p["outlet"]) == {OUTLET}
    # The lead is the first body paragraph (sentences 1 and 2 of each article).
    assert rows(p, ["article_id", "actor", "mentions", "first_sentence", "in_headline", "in_lead", "by_name"]) == [
        (A, "Armenia", 5, 0, True, True, True),
        (A, "Russia", 4, 1, False, True, True),
        (A, "Azerbaijan", 2, 2, False, True, True),
        (A, "Sergei Lavrov", 1, 7, False, False, True),
        (A, "Turkey", 1, 6, False, False, True),
        (B, "Armenia", 3, 0, True, True, True),
        (B, "Turkey", 2, 1, False, True, True),
        (B, "Azerbaijan", 1, 2, False, True, True),
        (B, "Emmanuel Macron", 1, 2, False, True, True),
        (B, "France", 1, 1, False, True, True),
        (B, "Vladimir Putin", 1, 4, False, False, False),
    ]
    assert p["share"].round(4).tolist() == [round(x, 4) for x in
                                            [5 / 13, 4 / 13, 2 / 13, 1 / 13, 1 / 13] + [3 / 9, 2 / 9] + [1 / 9] * 4]


def test_prominence_takes_the_mentions_it_is_given(two):
    m = actors.mentions(two)
    p = actors.prominence(two, m[m["kind"] == "body"])
    assert not p["in_headline"].any()
    assert p.set_index(["article_id", "actor"]).loc[(A, "Armenia"), "mentions"] == 4


def test_lead_is_the_first_body_paragraph_not_the_headline(tmp_path):
    c = make_corpus(tmp_path, ["Pasukan tiba kemarin.", "Rusia menekan Armenia."], headline="Turki Mengecam")
    p = actors.prominence(c).set_index("actor")
    assert not p.loc["Turkey", "in_lead"] and p.loc["Turkey", "in_headline"]
    assert not p.loc["Russia", "in_lead"] and not p.loc["Armenia", "in_lead"]


# --- co-occurrence ----------------------------------------------------------------

def test_cooccurrence_counts_sentences_per_pair_and_article(two):
    co = actors.cooccurrence(two)
    assert list(co.columns) == ["article_id", "outlet", "actor_a", "actor_b", "sentences"]
    assert set(co["outlet"]) == {OUTLET}
    # A1 and A4 both name Russia and Armenia; AFP (a news agency) pairs with no one.
    assert rows(co, ["article_id", "actor_a", "actor_b", "sentences"]) == [
        (A, "Armenia", "Azerbaijan", 1),
        (A, "Armenia", "Russia", 2),
        (A, "Azerbaijan", "Russia", 1),
        (A, "Russia", "Turkey", 1),
        (B, "Armenia", "Azerbaijan", 1),
        (B, "Armenia", "Emmanuel Macron", 1),
        (B, "Azerbaijan", "Emmanuel Macron", 1),
        (B, "France", "Turkey", 1),
    ]


def test_cooccurrence_counts_a_pair_once_per_sentence_and_takes_given_mentions(tmp_path):
    c = make_corpus(tmp_path, ["Turki dan Rusia bertemu, lalu Rusia dan Turki berpisah. Rusia menolak."])
    co = actors.cooccurrence(c)
    assert rows(co, ["article_id", "actor_a", "actor_b", "sentences"]) == [(A, "Russia", "Turkey", 1)]
    m = actors.mentions(c)
    assert actors.cooccurrence(c, m[m["actor"] != "Turkey"]).empty


# --- voices -----------------------------------------------------------------------

def test_voices_table_says_who_how_and_through_which_wire(tmp_path):
    c = make_corpus(tmp_path, [
        "Menteri Luar Negeri Rusia Sergei Lavrov mengatakan bahwa Rusia siap membantu, seperti dilansir Reuters.",
        '"Kami tidak akan mundur," kata Lavrov.',
        '"Mereka akan tiba besok."',
        '"Perang harus berhenti sekarang," kata seorang warga.',
    ], ["Pashinyan mengatakan bahwa perjanjian itu menyakitkan."])
    v = actors.voices_table(c)
    assert list(v.columns) == ["Outlet", "Who, how, via", "Indonesian", "Gloss"]
    role = "Sergei Lavrov (Menteri Luar Negeri Rusia)"
    assert v["Who, how, via"].tolist() == [
        f"{role}: indirect, mengatakan, via Reuters",
        f"{role}: direct, kata, via Reuters (named earlier)",
        f"{role}: direct, continued, no reporting word, via Reuters (named earlier)",
        "unattributed: direct, kata, via Reuters (named earlier)",
        "Pashinyan: indirect, mengatakan, via no named wire",
    ]
    assert v["Outlet"].tolist() == [OUTLET] * 5
    assert v["Indonesian"].tolist() == [
        "Menteri Luar Negeri Rusia Sergei Lavrov mengatakan bahwa Rusia siap membantu, seperti dilansir Reuters.",
        '"Kami tidak akan mundur," kata Lavrov.',
        '"Mereka akan tiba besok."',
        '"Perang harus berhenti sekarang," kata seorang warga.',
        "Pashinyan mengatakan bahwa perjanjian itu menyakitkan.",
    ]
    assert v["Gloss"].tolist() == [MISSING] * 5


def test_voices_table_glosses_the_seed_sentences(corpus):
    v = actors.voices_table(corpus)
    q = actors.quotes(corpus)
    assert len(v) == len(q)
    assert v["Gloss"].tolist() == [gloss(s) for s in q["sentence"]]
    assert MISSING not in set(v["Gloss"])
    lavrov = v[v["Indonesian"].str.contains("Lavrov") & (q["article_id"] == KOMPAS).to_numpy()]
    assert lavrov["Who, how, via"].iloc[0] == "Sergei Lavrov (Menteri Luar Negeri Rusia): direct, kata, via Reuters"


# --- people named without the actor list -----------------------------------------

def test_people_found_by_title_office_or_age(tmp_path):
    c = make_corpus(tmp_path, [
        "Menteri Luar Negeri Retno Marsudi bertemu Presiden Rusia Vladimir Putin. Ani (34) menunggu di luar.",
        "Presiden Azerbaijan Ilham tiba. Pashinyan (45) menolak. Menlu Retno Marsudi pulang.",
    ])
    p = actors.people(c)
    assert list(p.columns) == ["article_id", "outlet", "name", "role", "ordinary", "actor", "mentions"]
    assert p.index.tolist() == list(range(len(p)))
    # In the order the article first names them, with the first role given.
    assert rows(p, ["article_id", "outlet", "name", "role", "ordinary", "mentions"]) == [
        (A, OUTLET, "Retno Marsudi", "Menteri Luar Negeri", False, 2),
        (A, OUTLET, "Vladimir Putin", "Presiden Rusia", False, 1),
        (A, OUTLET, "Ani", "", True, 1),
        (A, OUTLET, "Ilham", "Presiden Azerbaijan", False, 1),
        (A, OUTLET, "Pashinyan", "", True, 1),
    ]
    # Linked by the name, or by the office when the name alone is not on the list.
    assert p["actor"].tolist() == [None, "Vladimir Putin", None, "Ilham Aliyev", "Nikol Pashinyan"]


def test_people_of_a_corpus_naming_nobody(tmp_path):
    p = actors.people(make_corpus(tmp_path, ["Pasukan tiba kemarin."]))
    assert p.empty
    assert list(p.columns) == ["article_id", "outlet", "name", "role", "ordinary", "actor", "mentions"]


# --- agentless passives -----------------------------------------------------------

def test_agentless_passives_in_headline_caption_and_after_a_named_agent(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Gencatan Senjata Diumumkan Pagi Ini\n\nPenulis Uji\n\n"
        "Warga sipil dievakuasi dari kota itu. (foto: AFP)\n\n"
        "JAKARTA, Contoh.com - Armenia ditekan oleh Rusia dan diserang kemarin.\n",
        encoding="utf-8")
    from analysis import load_corpus
    c = load_corpus(tmp_path)
    a = actors.agentless_passives(c)
    assert list(a.columns) == ["article_id", "outlet", "sentence_id", "verb", "sentence"]
    assert rows(a, ["article_id", "outlet", "sentence_id", "verb"]) == [
        ("a", OUTLET, 0, "Diumumkan"), ("a", OUTLET, 1, "dievakuasi"), ("a", OUTLET, 2, "diserang"),
    ]
    assert a["sentence"].tolist()[2] == "Armenia ditekan oleh Rusia dan diserang kemarin."


# --- names no list covers ---------------------------------------------------------

def test_unmatched_names_in_the_body_only(tmp_path):
    c = make_corpus(tmp_path, [
        "Kemarin Zorgovia datang. Kemarin pejabat Quenbar datang.",
        "Kata PM itu sudah jelas. Rusia dan Yerevan menolak pada Selasa.",
    ], headline="Zorgovia Dan Plindor Bertemu")
    u = actors.unmatched_names(c)
    assert list(u.columns) == ["article_id", "sentence_id", "word", "sentence"]
    assert rows(u, ["article_id", "sentence_id", "word", "sentence"]) == [
        (A, 1, "Zorgovia", "Kemarin Zorgovia datang."),
        (A, 2, "Quenbar", "Kemarin pejabat Quenbar datang."),
    ]


def test_unmatched_names_of_a_covered_corpus_is_an_empty_table(tmp_path):
    u = actors.unmatched_names(make_corpus(tmp_path, ["Rusia menolak pada Selasa."]))
    assert u.empty and list(u.columns) == ["article_id", "sentence_id", "word", "sentence"]


# --- data files and labels --------------------------------------------------------

def test_lexicon_and_set_aside_lists_read_every_cell_as_text(tmp_path, monkeypatch):
    lex = actors.lexicon()
    assert list(lex.columns) == ["word", "class", "gloss"]
    assert ("oleh", "agent_by") in set(zip(lex["word"], lex["class"]))
    aside = actors.names_set_aside()
    assert list(aside.columns) == ["name", "reason"] and "Yerevan" in set(aside["name"])
    # "NA" and an empty cell are words, not missing values.
    (tmp_path / "lex.csv").write_text("word,class,gloss\nNA,aux,\nnull,place,none\n", encoding="utf-8")
    (tmp_path / "aside.csv").write_text("name,reason\nNA,\n", encoding="utf-8")
    monkeypatch.setattr(actors, "LEXICON_FILE", tmp_path / "lex.csv")
    monkeypatch.setattr(actors, "SET_ASIDE_FILE", tmp_path / "aside.csv")
    assert actors.lexicon().values.tolist() == [["NA", "aux", ""], ["null", "place", "none"]]
    assert actors.names_set_aside().values.tolist() == [["NA", ""]]


def test_label_by_office():
    assert actors.label_by_office("Ilham Aliyev", False) == "Ilham Aliyev (by office only)"
    assert actors.label_by_office("Russia", True) == "Russia"
