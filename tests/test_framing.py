"""Codebook rules on made-up sentences, the cue file, agreement with the hand sheet, keyness by hand.

Every sentence here is written for the test, not taken from the seed articles.
"""

import math

import pandas as pd
import pytest

from analysis import framing, glosses, load_corpus
from analysis.corpus import SEEDS_DIR
from analysis.validation import HAND_DIR
from conftest import KOMPAS, INEWS
from helpers import make_corpus

CODEBOOK = framing.codebook()
CUES = framing.cue_table()
CUE_ITEMS = CODEBOOK[CODEBOOK["rule"].isin(["cue", "cue_with_state"])]

#: A body paragraph that dates the made-up article to Friday 13/11/2020.
DATED = "Pada Jumat (13/11/2020) wali kota berbicara di balai kota."


def frames(tmp_path, paragraphs, **kw):
    return framing.code_frames(make_corpus(tmp_path, paragraphs, **kw)).set_index("item")


def present(tmp_path, paragraphs, item, **kw):
    return bool(frames(tmp_path, paragraphs, **kw).loc[item, "present"])


# --- the cue file --------------------------------------------------------------

def test_the_codebook_file_holds_no_cues():
    raw = pd.read_csv(framing.CODEBOOK_FILE, keep_default_na=False)
    assert list(raw.columns) == ["scheme", "frame", "item", "question", "rule", "kinds"]
    assert list(pd.read_csv(framing.CUES_FILE).columns) == ["item", "cue", "gloss", "basis"]


def test_every_cue_has_one_gloss_and_a_basis_and_is_listed_once_per_item():
    assert (CUES["gloss"].str.strip() != "").all() and (CUES["basis"].str.strip() != "").all()
    # One gloss, not a list of them that a reader would pair up by position.
    assert not CUES["gloss"].str.contains(r"[;|]").any(), CUES[CUES["gloss"].str.contains(r"[;|]")]
    assert not CUES["cue"].str.contains(r"[;|]").any()
    assert not CUES.assign(cue=CUES["cue"].str.lower()).duplicated(["item", "cue"]).any()
    assert set(CUES["item"]) == set(CUE_ITEMS["item"])
    sizes = CUES.groupby("item").size()
    assert sizes.between(4, 12).all(), sizes


def test_cue_glosses_are_paired_by_cue_not_by_position():
    gloss = dict(zip(zip(CUES["item"], CUES["cue"]), CUES["gloss"]))
    assert gloss[("P3", "pemantauan")] == "monitoring"
    assert gloss[("P3", "pengawasan")] == "oversight"
    assert gloss[("R3", "negosiasi")] == "negotiation"
    g = glosses.glossary().set_index("indonesian")
    assert g.loc["pemantauan", "english"] == "monitoring"
    assert g.loc["pemantauan", "used_in"] == "frame codebook"
    # The glossary lists every cue, one row per cue.
    assert set(CUES["cue"]) <= set(g.index)


def test_a_bad_cue_file_is_refused(tmp_path, monkeypatch):
    bad = tmp_path / "frame_cues.csv"
    bad.write_text("item,cue,gloss,basis\nC2,mengecam,condemn,x\nC2,Mengecam,condemn,x\nC3,dua pihak,two sides,x\n"
                   "C2,kritik,,x\n", encoding="utf-8")
    monkeypatch.setattr(framing, "CUES_FILE", bad)
    framing._cue_table.cache_clear()
    try:
        with pytest.raises(ValueError) as e:
            framing.cue_table()
    finally:
        monkeypatch.undo()
        framing._cue_table.cache_clear()
    assert "listed twice for C2" in str(e.value)
    assert "item 'C3' is not answered by cues" in str(e.value)
    assert "'kritik' has no gloss" in str(e.value)
    assert "item R1 has no cues" in str(e.value)


def test_no_cue_contains_a_negator():
    negating = set(framing.negators())
    assert {"tidak", "tak", "bukan", "belum", "tanpa", "jangan", "enggan"} <= negating
    for cue in CUES["cue"]:
        assert not negating & set(cue.lower().split()), cue


#: Topic phrases a cue may share with the seeds: the story's own subject.
TOPIC_PHRASES = {"gencatan senjata", "penjaga perdamaian"}


def test_no_cue_of_two_or_more_words_occurs_in_a_seed_article():
    """Cues are general Indonesian, not phrases lifted from the articles coded."""
    files = sorted(SEEDS_DIR.glob("*.txt"))
    assert files
    seeds = [" ".join(f.read_text(encoding="utf-8").lower().split()) for f in files]
    lifted = [(item, cue) for item, cue in zip(CUES["item"], CUES["cue"])
              if len(cue.split()) >= 2 and cue.lower() not in TOPIC_PHRASES
              and any(" ".join(cue.lower().split()) in s for s in seeds)]
    assert lifted == []


# --- cue rules -----------------------------------------------------------------

def _write_article(folder, n, body, caption=None):
    lines = [f"Judul Berita Buatan Nomor {n} Untuk Pengujian", ""]
    if caption:
        lines += [caption, "", f"Isi {n}", ""]
    lines += ["Penulis Uji", "", f"JAKARTA, Contoh.com - {body}"]
    (folder / f"cue-{n:03d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def one_article_per_cue(tmp_path_factory):
    """One made-up article per cue, the cue in a neutral sentence (a caption for caption items)."""
    folder = tmp_path_factory.mktemp("cues")
    kinds = dict(zip(CODEBOOK["item"], CODEBOOK["kinds"]))
    rules = dict(zip(CODEBOOK["item"], CODEBOOK["rule"]))
    where = {}
    for n, (item, cue) in enumerate(zip(CUES["item"], CUES["cue"])):
        subject = "Rusia" if rules[item] == "cue_with_state" else "Pejabat itu"
        if kinds[item] == "caption":
            _write_article(folder, n, f"Pejabat itu berbicara pada pertemuan ke-{n}.",
                           caption=f"Foto {cue} di lokasi. (foto: AFP)")
        else:
            _write_article(folder, n, f"{subject} menyebut {cue} dalam pernyataan ke-{n}.")
        where[(item, cue)] = f"cue-{n:03d}"
    f = framing.code_frames(load_corpus(folder)).set_index(["article_id", "item"])
    return f, where


@pytest.mark.parametrize("item", CUE_ITEMS["item"].tolist())
def test_each_cue_fires_alone(one_article_per_cue, item):
    f, where = one_article_per_cue
    for cue in CUES.loc[CUES["item"] == item, "cue"]:
        row = f.loc[(where[(item, cue)], item)]
        assert row["present"] and row["cues"] == cue.lower(), (item, cue, row["cues"])


def test_no_cue_item_fires_on_a_neutral_sentence(tmp_path):
    f = frames(tmp_path, ["Pejabat itu berbicara tentang cuaca hari ini."])
    assert not f.loc[CUE_ITEMS["item"], "present"].any()


def test_cue_with_state_needs_a_state_in_the_sentence(tmp_path):
    assert not present(tmp_path / "a", ["Pejabat itu berjanji membantu warga desa."], "R1")
    assert present(tmp_path / "b", ["Rusia berjanji membantu warga desa."], "R1")


def test_a_longer_cue_is_found_whole(tmp_path):
    f = frames(tmp_path, ["Kedua kota itu sepakat bekerja sama membangun jembatan."])
    assert f.loc["P2", "cues"] == "bekerja sama"


def test_two_sides_needs_two_states(tmp_path):
    assert present(tmp_path / "a", ["Rusia dan Turki bertemu."], "C3")
    assert not present(tmp_path / "b", ["Rusia bertemu pejabat itu."], "C3")


def test_elite_and_people_voices(tmp_path):
    paragraphs = ['"Kami siap membantu semua pihak," kata Macron.',
                  '"Kami ingin pulang ke desa," ujar demonstran.']
    assert present(tmp_path / "p", paragraphs, "P1")
    assert not present(tmp_path / "e", paragraphs, "W1")  # half the voices are not elite
    assert present(tmp_path / "m", paragraphs[:1], "W1")


def test_financial_gains_are_not_political_gains(tmp_path):
    assert not present(tmp_path / "a", ["Partai itu meraih keuntungan politik dalam pemilihan."], "E1")
    assert present(tmp_path / "b", ["Perusahaan itu meraih keuntungan finansial tahun ini."], "E1")


# --- negation ------------------------------------------------------------------

def test_a_negated_cue_does_not_count_and_stays_visible(tmp_path):
    f = frames(tmp_path, ["Menteri itu tidak mengecam serangan terhadap pasar tersebut."])
    assert not f.loc["C2", "present"]
    assert f.loc["C2", "negated"] == "mengecam"
    assert f.loc["C2", "cues"] == "" and f.loc["C2", "sentence_ids"] == []


@pytest.mark.parametrize("sentence", [
    "Menteri itu tak pernah mau mengecam serangan tersebut.",   # tak: third word before the cue
    "Menteri itu belum mengecam serangan tersebut.",
    "Menteri itu enggan mengecam serangan tersebut.",
    "Jangan mengecam orang yang sedang berduka, kata menteri itu.",
])
def test_each_negator_within_three_words_negates(tmp_path, sentence):
    f = frames(tmp_path, [sentence])
    assert not f.loc["C2", "present"] and f.loc["C2", "negated"] == "mengecam"


def test_tanpa_negates_a_winner(tmp_path):
    f = frames(tmp_path, ["Perang panjang itu berakhir tanpa pemenang."])
    assert not f.loc["C4", "present"] and f.loc["C4", "negated"] == "pemenang"


def test_a_negator_four_words_before_does_not_negate(tmp_path):
    # Before "mengecam": menteri (1), bahwa (2), tahu (3), tidak (4).
    f = frames(tmp_path, ["Warga desa tidak tahu bahwa menteri mengecam serangan itu."])
    assert f.loc["C2", "present"] and f.loc["C2", "cues"] == "mengecam" and f.loc["C2", "negated"] == ""


def test_a_negator_in_the_previous_sentence_does_not_negate(tmp_path):
    f = frames(tmp_path, ["Jawabannya tidak. Menteri mengecam serangan itu."])
    assert f.loc["C2", "present"] and f.loc["C2", "negated"] == ""


def test_not_only_is_not_a_negation(tmp_path):
    f = frames(tmp_path, ["Menteri itu tidak hanya mengecam serangan itu, tetapi juga menuntut penyelidikan."])
    assert f.loc["C2", "present"] and f.loc["C2", "cues"] == "mengecam"


def test_a_cue_both_negated_and_plain_counts_and_is_not_listed_as_negated(tmp_path):
    f = frames(tmp_path, ["Menteri itu tidak mengecam siapa pun.", "Esoknya, presiden mengecam serangan itu."])
    assert f.loc["C2", "present"] and f.loc["C2", "negated"] == "" and f.loc["C2", "sentence_ids"] == [2]


def test_negation_deep_in_a_long_sentence(tmp_path):
    sentence = "Ia berkata " + "panjang " * 120 + "bahwa menteri tidak mengecam serangan itu."
    assert not present(tmp_path, [sentence], "C2")


def test_a_cue_in_a_sentence_about_an_earlier_year_is_background(tmp_path):
    f = frames(tmp_path, [DATED, "Pada 2018 menteri itu mengecam kelompok oposisi."])
    assert not f.loc["C2", "present"]
    assert f.loc["C2", "background"] == "mengecam" and f.loc["C2", "negated"] == ""


def test_a_date_of_an_earlier_year_makes_background_too(tmp_path):
    assert not present(tmp_path, [DATED, "Menteri itu mengecam kelompok oposisi pada Senin (12/3/2019)."], "C2")


def test_a_cue_in_a_sentence_of_the_publication_year_counts(tmp_path):
    f = frames(tmp_path, [DATED, "Pada 2020 menteri itu mengecam kelompok oposisi."])
    assert f.loc["C2", "present"] and f.loc["C2", "background"] == ""


def test_counts_with_a_thousands_point_are_not_years(tmp_path):
    assert present(tmp_path, [DATED, "Sebanyak 1.500 warga mengecam keputusan itu."], "C2")


def test_without_a_publication_date_there_is_no_background(tmp_path):
    c = make_corpus(tmp_path, ["Pada 2018 menteri itu mengecam kelompok oposisi."])
    assert pd.isna(c.articles["published"].iloc[0])
    f = framing.code_frames(c).set_index("item")
    assert f.loc["C2", "present"] and f.loc["C2", "background"] == ""


def test_a_background_hit_and_a_present_hit(tmp_path):
    f = frames(tmp_path, [DATED, "Pada 2018 menteri itu mengecam oposisi.", "Kini presiden mengecam oposisi."])
    assert f.loc["C2", "present"] and f.loc["C2", "sentence_ids"] == [3] and f.loc["C2", "background"] == ""


# --- the seeds ------------------------------------------------------------------

def test_every_answer_has_evidence(corpus):
    f = framing.code_frames(corpus)
    assert (f["present"] == (f["evidence"] != "")).all()
    for r in f.itertuples():  # a phrase is counted, or set aside, not both
        counted = set(filter(None, r.cues.split("; ")))
        assert not counted & set(filter(None, r.negated.split("; "))), r
        assert not counted & set(filter(None, r.background.split("; "))), r


def test_only_kompas_gives_people_a_voice(corpus):
    # P1 is answered from the quotation table, not from cues.
    f = framing.code_frames(corpus).set_index(["article_id", "item"])["present"]
    assert f[(KOMPAS, "P1")] and not f[(INEWS, "P1")]


def _hand_sheet() -> pd.DataFrame:
    """The hand-coded frame sheet, wherever it is kept."""
    moved = HAND_DIR.parent.parent / "book" / "coding" / "frames.csv"
    if moved.is_file():
        return pd.read_csv(moved, keep_default_na=False)
    return pd.read_csv(HAND_DIR / "hand_frames.csv", keep_default_na=False)


def test_agreement_with_the_hand_sheet_is_computed_on_every_item(corpus):
    # The cues are general vocabulary, not fitted to the seeds, so the level
    # of agreement is a finding reported in the book, not a test target.
    result = framing.agreement(framing.code_frames(corpus), _hand_sheet())
    assert result["units"] == 2 * len(CODEBOOK)
    assert -1.0 <= result["alpha"] <= 1.0
    assert result["agreed"] + len(result["disagreements"]) == result["units"]


def test_agreement_reads_a_yes_no_answer_column():
    f = pd.DataFrame({"article_id": ["a"] * 4, "item": list("wxyz"), "present": [True, False, True, False]})
    hand = f.drop(columns="present").assign(answer=["yes", "no", "yes", "yes"])
    result = framing.agreement(f, hand)
    assert (result["units"], result["agreed"]) == (4, 3)
    assert result["disagreements"]["item"].tolist() == ["z"]


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
