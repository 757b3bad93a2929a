"""Codebook rules on made-up sentences, agreement with the hand sheet, keyness by hand."""

import math

import pandas as pd
import pytest

from analysis import framing
from analysis.validation import HAND_DIR
from conftest import INEWS, KOMPAS
from helpers import make_corpus

CODEBOOK = framing.codebook()
CUE_ITEMS = CODEBOOK[CODEBOOK["rule"].isin(["cue", "cue_with_state"])]


def present(tmp_path, paragraphs, item, **kw):
    f = framing.code_frames(make_corpus(tmp_path, paragraphs, **kw))
    return bool(f[f["item"] == item]["present"].item())


@pytest.mark.parametrize("item,cue,rule,kinds", list(zip(
    CUE_ITEMS["item"], CUE_ITEMS["cues"].str.split("|").str[0], CUE_ITEMS["rule"], CUE_ITEMS["kinds"])))
def test_each_cue_rule_fires_on_its_cue_and_not_without_it(tmp_path, item, cue, rule, kinds):
    subject = "Rusia" if rule == "cue_with_state" else "Pejabat itu"
    sentence = f"{subject} menyebut {cue} dalam pernyataan itu."
    if kinds == "caption":
        assert present(tmp_path / "yes", ["Pejabat itu berbicara."], item,
                       headline=f"Judul Berita\n\nFoto {cue} di lokasi. (foto: AFP)\n\nIsi")
    else:
        assert present(tmp_path / "yes", [sentence], item)
    assert not present(tmp_path / "no", ["Pejabat itu berbicara tentang cuaca hari ini."], item)


def test_cue_with_state_needs_a_state_in_the_sentence(tmp_path):
    assert not present(tmp_path, ["Pejabat itu membahas pasukan penjaga perdamaian."], "R1")


def test_two_sides_needs_two_states(tmp_path):
    assert present(tmp_path / "a", ["Rusia dan Turki bertemu."], "C3")
    assert not present(tmp_path / "b", ["Rusia bertemu pejabat itu."], "C3")


def test_elite_and_people_voices(tmp_path):
    paragraphs = ['"Kami siap membantu semua pihak," kata Macron.',
                  'Ratusan demonstran berunjuk rasa, meneriakkan, "Nikol adalah pengkhianat!"']
    assert present(tmp_path / "p", paragraphs, "P1")
    assert not present(tmp_path / "e", paragraphs, "W1")  # half the voices are not elite
    assert present(tmp_path / "m", paragraphs[:1], "W1")


def test_financial_gains_are_not_territorial_gains(tmp_path):
    assert not present(tmp_path, ["Kesepakatan itu mengunci keuntungan teritorial oleh pasukan Azeri."], "E1")


def test_coder_agrees_with_the_hand_sheet(corpus):
    hand = pd.read_csv(HAND_DIR / "hand_frames.csv")
    result = framing.agreement(framing.code_frames(corpus), hand)
    assert result["units"] == 2 * len(CODEBOOK)
    assert result["alpha"] >= 0.8, result["disagreements"]


def test_every_answer_has_evidence(corpus):
    f = framing.code_frames(corpus)
    assert (f["present"] == (f["evidence"] != "")).all()


def test_seed_frames(corpus):
    f = framing.code_frames(corpus).set_index(["article_id", "item"])["present"]
    assert f[(KOMPAS, "C4")] and not f[(INEWS, "C4")]   # winners and losers: Azeri territorial gains
    assert f[(KOMPAS, "P1")] and not f[(INEWS, "P1")]   # only Kompas.com gives people a voice
    assert f[(INEWS, "M1")] and not f[(KOMPAS, "M1")]   # "itikad baik"
    assert not f.xs("E1", level="item").any()          # no economic frame anywhere


# --- keyness ---------------------------------------------------------------------

def test_keyness_matches_hand_computation(tmp_path):
    # A: "damai damai perang" (3 words); B: "damai perang perang perang" (4 words).
    # Prior = pooled counts: damai 3, perang 4, alpha_0 = 7.
    # delta(damai) = ln(5/5) - ln(4/7) = 0.559616; var = 1/5 + 1/4; z = 0.834226.
    # G2(damai) = 2[2 ln(2/(9/7)) + ln(1/(12/7)) + ln(1/(12/7)) + 3 ln(3/(16/7))] = 1.242947.
    c = make_corpus(tmp_path, ["damai damai perang."], ["damai perang perang perang."])
    k = framing.keyness(c, "made-0", "made-1").set_index("term")
    assert (k.loc["damai", "count_a"], k.loc["damai", "count_b"]) == (2, 1)
    assert k.loc["damai", "log_odds"] == pytest.approx(0.559616, abs=1e-6)
    assert k.loc["damai", "log_odds_z"] == pytest.approx(0.834226, abs=1e-6)
    assert k.loc["perang", "log_odds_z"] == pytest.approx(-0.955726, abs=1e-6)
    assert k.loc["damai", "g2"] == pytest.approx(1.242947, abs=1e-6)
    assert k.loc["perang", "g2"] == pytest.approx(1.242947, abs=1e-6)  # G2 is symmetric in a 2x2 table
    assert not k["single_article"].any()


def test_g2_of_a_term_absent_from_b():
    # 2[10 ln(10/5) + 90 ln(90/95) + 100 ln(100/95)] = 14.3895
    assert framing.g2(10, 100, 0, 100) == pytest.approx(14.389503, abs=1e-6)
    assert 2 * (10 * math.log(2) + 90 * math.log(90 / 95) + 100 * math.log(100 / 95)) == pytest.approx(14.389503, abs=1e-6)


def test_spelling_variants_do_not_create_differences(tmp_path):
    c = make_corpus(tmp_path, ["Perancis hadir."], ["Prancis hadir."])
    k = framing.keyness(c, "made-0", "made-1").set_index("term")
    assert k.loc["prancis", "count_a"] == k.loc["prancis", "count_b"] == 1
    assert k.loc["prancis", "log_odds_z"] == pytest.approx(0.0)
    assert "perancis" not in k.index


def test_single_article_terms_are_flagged(corpus):
    k = framing.keyness(corpus, "Kompas.com", "iNews.id").set_index("term")
    assert k.loc["minsk", "single_article"] and k.loc["minsk", "count_b"] == 3
    assert not k.loc["rusia", "single_article"]


def test_keyness_rejects_unknown_groups(corpus):
    with pytest.raises(ValueError, match="neither an article id nor an outlet"):
        framing.keyness(corpus, "Tempo.co", "iNews.id")
