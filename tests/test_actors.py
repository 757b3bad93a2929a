"""Actor mentions, roles and quotations: made-up sentences and the seeds."""

import pytest

from analysis import actors
from conftest import INEWS, KOMPAS

from analysis.corpus import SEEDS_DIR
from helpers import make_corpus


def roles(corpus):
    m = actors.mentions(corpus)
    m = m[m["kind"] == "body"]
    return [(a, r) for a, r in zip(m["actor"], m["role"])]


def one_quote(corpus):
    q = actors.quotes(corpus)
    assert len(q) == 1, q
    return q.iloc[0]


# --- quotations, as the corpus-level loop over find_quotes gives them ------------
# The patterns themselves are tested in test_quotes.py on plain text; these
# check that each article's body reaches find_quotes and that speakers are
# linked to gazetteer actors without losing anyone outside it.

@pytest.mark.parametrize("verb", ["kata", "ujar", "ucap", "ungkap", "tutur", "tegas"])
def test_speaker_after_the_quote_is_linked_to_the_gazetteer(tmp_path, verb):
    c = make_corpus(tmp_path, [f'"Kami siap membantu semua pihak," {verb} Macron dikutip dari AFP.'])
    q = one_quote(c)
    assert (q["speaker"], q["actor"], q["kind"], q["cue"], q["relayed_via"]) == (
        "Macron", "Emmanuel Macron", "direct", verb, "AFP")
    assert q["text"] == "Kami siap membantu semua pihak,"


@pytest.mark.parametrize("verb", ["mengatakan", "menyatakan", "menyampaikan"])
def test_speaker_before_indirect(tmp_path, verb):
    c = make_corpus(tmp_path, [f"Menteri Luar Negeri Rusia Sergei Lavrov {verb} bahwa Rusia tidak ingin menjauhkan diri."])
    q = one_quote(c)
    assert (q["speaker"], q["actor"], q["kind"], q["cue"], q["relayed_via"]) == (
        "Sergei Lavrov", "Sergei Lavrov", "indirect", verb, None)
    assert q["speaker_role"] == "Menteri Luar Negeri Rusia"
    assert q["text"] == "Rusia tidak ingin menjauhkan diri"


def test_a_speaker_outside_the_gazetteer_is_kept_with_its_role(tmp_path):
    c = make_corpus(tmp_path, ['"Kami memantau situasi," kata juru bicara Kementerian Luar Negeri, Teuku Faizasyah.'])
    q = one_quote(c)
    assert (q["speaker"], q["actor"]) == ("Teuku Faizasyah", None)
    assert q["speaker_role"] == "juru bicara Kementerian Luar Negeri"


def test_quotation_running_into_the_next_paragraph_keeps_its_speaker(tmp_path):
    c = make_corpus(tmp_path, [
        '"Kami tidak ingin menjauhkan diri," kata Lavrov seperti yang dilansir dari Reuters.',
        "\u201cMereka akan tiba dalam beberapa hari ke depan.\u201d",
        "Rusia kirim pasukan ke wilayah itu.",
    ])
    q = actors.quotes(c)
    assert q["actor"].tolist() == ["Sergei Lavrov", "Sergei Lavrov"]
    assert q["continued"].tolist() == [False, True]
    assert q["relayed_via"].tolist() == ["Reuters", "Reuters"]
    assert q["sentence_id"].tolist() == [1, 2]


def test_pronoun_speaker_resolves_to_the_last_named_person(tmp_path):
    c = make_corpus(tmp_path, [
        "Pashinyan terpilih pada 2018.",
        "Ia mengatakan bahwa telah menandatangani perjanjian itu.",
    ])
    m = actors.mentions(c)
    ia = m[m["surface"] == "Ia"].iloc[0]
    assert ia["actor"] == "Nikol Pashinyan" and ia["resolved"] and ia["role"] == "speaker"


def test_pronoun_inside_a_quotation_is_not_resolved(tmp_path):
    c = make_corpus(tmp_path, ["Pashinyan terpilih pada 2018.", '"Ia tidak akan mundur," kata Lavrov.'])
    assert "Ia" not in set(actors.mentions(c)["surface"])


def test_chant_is_attributed_to_the_group_that_shouts_it(tmp_path):
    c = make_corpus(tmp_path, ['Ratusan demonstran berunjuk rasa di Yerevan, meneriakkan, "Nikol adalah pengkhianat!"'])
    q = one_quote(c)
    assert (q["speaker"], q["actor"], q["kind"], q["cue"], q["speaker_type"]) == (
        "Ratusan demonstran", "Demonstrators", "direct", "meneriakkan", "group")


def test_scare_quotes_are_not_quotations(tmp_path):
    c = make_corpus(tmp_path, ['Rusia menyebut operasi itu "misi damai" di wilayah tersebut.'])
    assert actors.quotes(c).empty


# --- agency -------------------------------------------------------------------

def test_active_subject_is_agent_and_object_is_patient(tmp_path):
    c = make_corpus(tmp_path, ["Turki mendukung Azerbaijan dalam konflik itu."])
    assert roles(c) == [("Turkey", "stance"), ("Azerbaijan", "patient")]


def test_meN_and_ber_verbs_make_agents(tmp_path):
    c = make_corpus(tmp_path, ["Rusia menempatkan pasukan di perbatasan.", "Armenia berjanji mematuhi perjanjian."])
    assert roles(c) == [("Russia", "agent"), ("Armenia", "agent")]


def test_di_passive_with_oleh_makes_the_oleh_phrase_the_agent(tmp_path):
    c = make_corpus(tmp_path, ["Perjanjian itu ditandatangani oleh Rusia, Armenia dan Azerbaijan."])
    assert roles(c) == [("Russia", "agent"), ("Armenia", "agent"), ("Azerbaijan", "agent")]


def test_subject_of_a_di_passive_is_patient(tmp_path):
    c = make_corpus(tmp_path, ["Prancis didesak membantu Armenia."])
    assert roles(c) == [("France", "patient"), ("Armenia", "patient")]


@pytest.mark.parametrize("word", ["bersama", "dengan"])
def test_partner(tmp_path, word):
    c = make_corpus(tmp_path, [f"Turki menandatangani protokol {word} Rusia."])
    assert roles(c) == [("Turkey", "agent"), ("Russia", "partner")]


@pytest.mark.parametrize("verb", ["khawatir", "mendorong", "menuntut", "mendukung"])
def test_stance_source(tmp_path, verb):
    c = make_corpus(tmp_path, [f"Prancis {verb} pengawasan internasional."])
    assert roles(c) == [("France", "stance")]


def test_appositive_relative_clause_does_not_hide_the_main_verb(tmp_path):
    c = make_corpus(tmp_path, ["Turki, yang telah mendukung Azerbaijan, menandatangani protokol dengan Rusia."])
    assert roles(c) == [("Turkey", "agent"), ("Azerbaijan", "patient"), ("Russia", "partner")]


def test_city_as_government_is_an_actor_but_as_destination_is_a_place(tmp_path):
    c = make_corpus(tmp_path, ["Moskwa menjadi ketua bersama kelompok itu.", "Delegasi Prancis tiba di Moskwa."])
    m = actors.mentions(c)
    assert m[m["surface"] == "Moskwa"]["role"].tolist() == ["agent"]


def test_metonyms_and_spelling_variants_share_one_actor(tmp_path):
    c = make_corpus(tmp_path, ["Perancis dan Prancis bertemu, Washington dan AS menyetujui, Ankara dan Azeri hadir."])
    assert set(actors.mentions(c)["actor"]) == {"France", "United States", "Turkey", "Azerbaijan"}


def test_agentless_passives_are_counted(tmp_path):
    c = make_corpus(tmp_path, [
        "Kesepakatan diumumkan pada Selasa.",
        "Kesepakatan itu ditengahi oleh Rusia.",
        "Kesepakatan itu dipandangnya sebagai kemenangan.",
        "Berita itu dilansir dari Reuters.",
    ])
    assert actors.agentless_passives(c)["verb"].tolist() == ["diumumkan"]


# --- the seeds ----------------------------------------------------------------

def test_names_only_in_boilerplate_never_count(corpus):
    # iNews.id's related-article list names Putin and Trump; its body does not.
    raw = (SEEDS_DIR / f"{INEWS}.txt").read_text(encoding="utf-8")
    assert "Vladimir Putin" in raw and "Trump" in raw
    m = actors.mentions(corpus)
    assert "Vladimir Putin" not in set(m["actor"])
    assert "Trump" not in " ".join(m["surface"])


def test_a_description_is_not_a_name(corpus):
    # Kompas.com describes the Minsk Group ("kelompok internasional yang
    # mengawasi ...") but never names it: the measurement finds no mention;
    # the description is in the hand-coded sheet of descriptive references.
    m = actors.mentions(corpus)
    assert m[(m["article_id"] == KOMPAS) & (m["actor"] == "Minsk Group")].empty
    assert len(m[(m["article_id"] == INEWS) & (m["actor"] == "Minsk Group")]) == 3


def test_an_office_refers_to_its_holder_without_naming_him(corpus):
    # iNews.id: "presiden Azerbaijan dan perdana menteri Armenia", never their names.
    m = actors.mentions(corpus)
    i = m[m["article_id"] == INEWS]
    by_office = i[i["actor"].isin(["Ilham Aliyev", "Nikol Pashinyan"])]
    assert sorted(by_office["surface"]) == ["perdana menteri Armenia", "presiden Azerbaijan"]
    assert not by_office["named"].any()
    assert i[i["actor"] == "Emmanuel Macron"]["named"].all()
    # Kompas.com: office and name side by side are one named mention.
    lavrov = m[(m["article_id"] == KOMPAS) & (m["actor"] == "Sergei Lavrov")]
    assert lavrov["surface"].tolist() == ["Menteri Luar Negeri Rusia, Sergei Lavrov"]
    assert lavrov["named"].tolist() == [True]


def test_office_and_name_merge_only_when_adjacent():
    got = [(n["actor"], n["surface"], n["named"])
           for n in actors.find_names("Presiden Rusia bertemu wartawan, lalu Putin pergi.")]
    assert got == [("Vladimir Putin", "Presiden Rusia", False), ("Vladimir Putin", "Putin", True)]


def test_seed_quotes(corpus):
    # Read by hand: Lavrov's two paragraphs, the demonstrators' chant and
    # Pashinyan's indirect speech in Kompas.com; Macron indirect, then direct,
    # in iNews.id.  Each article names Reuters once; the other quotations
    # take that wire from it and say so (relay_inherited).
    q = actors.quotes(corpus)
    got = list(zip(q["article_id"], q["speaker"], q["kind"], q["cue"], q["relayed_via"], q["relay_inherited"]))
    assert got == [
        (INEWS, "Emmanuel Macron", "indirect", "menyampaikan", "Reuters", True),
        (INEWS, "Emmanuel Macron", "direct", "kata", "Reuters", False),
        (KOMPAS, "Sergei Lavrov", "direct", "kata", "Reuters", False),
        (KOMPAS, "Sergei Lavrov", "direct", None, "Reuters", False),
        (KOMPAS, "Ratusan demonstran", "direct", "meneriakkan", "Reuters", True),
        (KOMPAS, "Nikol Pashinyan", "indirect", "mengataan", "Reuters", True),
    ]
    assert q["actor"].tolist() == ["Emmanuel Macron"] * 2 + ["Sergei Lavrov"] * 2 + ["Demonstrators", "Nikol Pashinyan"]
    assert q["continued"].tolist() == [False, False, False, True, False, False]


def test_seed_agentless_passives(corpus):
    a = actors.agentless_passives(corpus)
    assert list(zip(a["article_id"], a["verb"])) == [
        (INEWS, "dikhawatirkan"), (INEWS, "didesak"),
        (KOMPAS, "dicapai"), (KOMPAS, "diumumkan"), (KOMPAS, "ditahan"),
    ]


def test_prominence_of_the_headline_actors(corpus):
    p = actors.prominence(corpus).set_index(["article_id", "actor"])
    # Counted by hand: France in sentences 0, 2, 3, 4 and 11 of iNews.id
    # ("Presiden Prancis Emmanuel Macron" is a mention of Macron, not France);
    # Russia in sentences 0, 1, 2, 3 (Moskwa), 4 and 15 of Kompas.com.
    assert p.loc[(INEWS, "France"), "mentions"] == 5
    assert p.loc[(INEWS, "France"), "in_headline"] and p.loc[(INEWS, "France"), "in_lead"]
    assert p.loc[(KOMPAS, "Russia"), "mentions"] == 6
    assert not p.loc[(KOMPAS, "Sergei Lavrov"), "in_headline"]
    assert p.groupby("article_id")["share"].sum().round(6).eq(1).all()


def test_lower_case_alias_at_sentence_start(tmp_path):
    c = make_corpus(tmp_path, ["Demonstran berunjuk rasa di Yerevan."])
    assert roles(c) == [("Demonstrators", "agent")]


def test_portraits_say_how_an_actor_is_named_what_it_does_and_whether_it_speaks(tmp_path):
    # Made up. Turkey acts twice (an appositive skipped), Azerbaijan's
    # president appears only by office, Lavrov is quoted once.
    c = make_corpus(tmp_path, [
        "Turki, yang telah lama bersekutu, menandatangani protokol. Turki juga mengirim pasukan.",
        "presiden Azerbaijan bertemu dengan pejabat. \"Kami siap,\" kata Sergei Lavrov.",
    ])
    p = actors.portraits(c).set_index("actor")
    assert p.loc["Turkey", "verbs"] == ["menandatangani", "mengirim"]
    assert p.loc["Turkey", "roles"] == "agent 2"
    assert not p.loc["Ilham Aliyev", "by_name"]
    assert p.loc["Ilham Aliyev", "named_as"] == ["presiden Azerbaijan"]
    assert p.loc["Sergei Lavrov", "quotes"] == 1 and p.loc["Turkey", "quotes"] == 0
