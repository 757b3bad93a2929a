"""Naming, the earlier-versus-this distinction, and every attribute rule."""

import pytest

from analysis import ceasefire
from conftest import INEWS, KOMPAS
from helpers import make_corpus


def refs_of(sentence):
    return [(r["surface"], r["term"], r["refers_to"]) for r in ceasefire.find_references(sentence)]


# --- naming and grouping -----------------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("Perjanjian gencatan senjata itu rapuh.", [("Perjanjian gencatan senjata", "ceasefire agreement", "this_agreement")]),
    ("Kesepakatan damai ditandatangani.", [("Kesepakatan damai", "peace agreement", "this_agreement")]),
    ("Mereka memantau kesepakatan perdamaian.", [("kesepakatan perdamaian", "peace agreement", "this_agreement")]),
    ("Kesepakatan itu mengunci keuntungan.", [("Kesepakatan itu", "agreement", "this_agreement")]),
    ("Kesepakatan tersebut ditengahi Rusia.", [("Kesepakatan tersebut", "agreement", "this_agreement")]),
    ("Ada penghentian pertempuran secara total.", [("penghentian pertempuran", "cessation of fighting", "this_agreement")]),
    ("Turki menandatangani protokol dengan Rusia.", [("protokol", "protocol", "other")]),
])
def test_terms_are_grouped(sentence, expected):
    assert refs_of(sentence) == expected


def test_longest_expression_wins():
    assert len(refs_of("Implementasi Perjanjian Gencatan Senjata Armenia-Azerbaijan")) == 1


@pytest.mark.parametrize("sentence", [
    "Gencatan senjata pertama pada Oktober lalu gagal.",
    "Tiga upaya gencatan senjata sebelumnya gagal.",
    "Gencatan senjata sebelumnya dilanggar.",
])
def test_earlier_ceasefires_are_told_apart(sentence):
    assert [r for _, _, r in refs_of(sentence)] == ["earlier_ceasefire"]


def test_bare_ceasefire_in_a_sentence_about_an_earlier_attempt_is_earlier():
    got = ceasefire.find_references("Upaya itu kandas ketika kedua pihak melanggar gencatan senjata.",
                                    previous="earlier_ceasefire")
    assert [r["refers_to"] for r in got] == ["earlier_ceasefire", "earlier_ceasefire"]


def test_that_effort_takes_its_antecedent(tmp_path):
    # Made up: the first paragraph is about an earlier truce, so "upaya itu"
    # in the next is too; in the last, after this agreement, it is this one.
    c = make_corpus(tmp_path, [
        "Gencatan senjata pertama pada Juli lalu runtuh.",
        "Upaya itu kandas dalam sehari.",
        "Kesepakatan damai diteken pekan ini. Upaya itu disambut warga.",
    ])
    r = ceasefire.references(c)
    assert list(zip(r["surface"], r["refers_to"])) == [
        ("Gencatan senjata", "earlier_ceasefire"), ("Upaya itu", "earlier_ceasefire"),
        ("Kesepakatan damai", "this_agreement"), ("Upaya itu", "this_agreement")]


def test_this_and_earlier_in_one_sentence():
    got = refs_of("Turki menyetujui kesepakatan terakhir itu, setelah 3 upaya gencatan senjata sebelumnya gagal.")
    assert [r for _, _, r in got] == ["this_agreement", "earlier_ceasefire"]


def test_seed_reference_counts(corpus):
    r = ceasefire.references(corpus)
    counts = r.groupby(["article_id", "refers_to"]).size().to_dict()
    # Counted by hand: see the references table in chapter 4.
    assert counts == {
        (INEWS, "this_agreement"): 6, (INEWS, "earlier_ceasefire"): 3,
        (KOMPAS, "this_agreement"): 9, (KOMPAS, "earlier_ceasefire"): 1, (KOMPAS, "other"): 1,
    }


def test_rate_per_thousand_words(corpus):
    nt = ceasefire.naming_table(corpus)
    row = nt[(nt["article_id"] == KOMPAS) & (nt["term"] == "agreement")].iloc[0]
    assert row["references"] == 6
    assert row["per_1000_words"] == round(6 / 294 * 1000, 1)


# --- evaluation ----------------------------------------------------------------

def test_evaluation_words_carry_their_agents(tmp_path):
    # Made up. "rapuh" and "akan" sit in sentences about the agreement;
    # "gagal" two sentences after the last reference does not count.
    c = make_corpus(tmp_path, [
        "Rusia akan mengawasi kesepakatan itu. Kesepakatan itu rapuh, kata Lavrov.",
        "Cuaca cerah. Panen gagal.",
    ])
    e = ceasefire.evaluation(c)
    got = sorted(zip(e["word"], e["kind"], e["actors"]))
    assert got == [("akan", "modal", "Russia"), ("rapuh", "evaluative", "Sergei Lavrov")]
