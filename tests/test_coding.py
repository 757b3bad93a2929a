"""The hand-coding sheets: checked evidence, complete coverage, and the
reading errors a reviewer found, each pinned so it cannot come back."""

import io
import re
from pathlib import Path

import pandas as pd
import pytest

from analysis import coding, framing, study
from analysis.glosses import gloss
from conftest import INEWS, KOMPAS

BOOK = Path(__file__).resolve().parent.parent / "book"
CODING = BOOK / "coding"


def sheet(text):
    return io.StringIO(text)


def test_evidence_that_is_not_in_the_article_is_refused_naming_sheet_and_line(corpus):
    bad = sheet(f"article_id,answer,evidence,note\n{KOMPAS},yes,Turki menolak kesepakatan itu.,\n")
    with pytest.raises(coding.CodingError, match=rf"demo\.csv: line 2: the evidence is not in {KOMPAS}"):
        coding.read_sheet(bad, corpus, name="demo.csv")


def test_boilerplate_is_not_evidence(corpus):
    # "Close Ads" is on the Kompas.com page, but as page furniture.
    bad = sheet(f"article_id,answer,evidence,note\n{KOMPAS},yes,Close Ads,\n")
    with pytest.raises(coding.CodingError, match="not in"):
        coding.read_sheet(bad, corpus, name="demo.csv")


def test_whitespace_is_forgiven_and_nothing_else(corpus):
    ok = sheet(f"article_id,answer,evidence,note\n{KOMPAS},yes,Pashinyan  terpilih pada 2018,\n")
    assert coding.read_sheet(ok, corpus)["in_corpus"].tolist() == [True]
    bad = sheet(f"article_id,answer,evidence,note\n{KOMPAS},yes,pashinyan terpilih pada 2018,\n")
    with pytest.raises(coding.CodingError):
        coding.read_sheet(bad, corpus)


def test_a_missing_column_and_an_answer_outside_the_set_are_refused(corpus):
    with pytest.raises(coding.CodingError, match="missing column"):
        coding.read_sheet(sheet("article_id,answer,note\n"), corpus, name="x")
    with pytest.raises(coding.CodingError, match="answer 'maybe' is not one of"):
        coding.read_sheet(sheet(f"article_id,item,answer,evidence,note\n{KOMPAS},R1,maybe,,\n"), corpus,
                          kind="frames", name="x")


def test_the_books_sheets_verify_and_cover_every_item_and_question(corpus):
    sheets = study.sheets(corpus, CODING)
    frames = sheets["frames"]
    items = set(framing.codebook()["item"])
    for article in (KOMPAS, INEWS):
        answers = frames[frames["article_id"] == article].groupby("item")["answer"].agg(set)
        assert set(answers.index) == items
        assert all(len(a) == 1 for a in answers), "an item answered both yes and no"
    yes = frames[frames["answer"] == "yes"]
    assert (yes["evidence"] != "").all(), "a yes without evidence"
    questions = set(study.questions(CODING)["question"])
    attrs = sheets["attributes"]
    for article in (KOMPAS, INEWS):
        assert set(attrs[attrs["article_id"] == article]["question"]) == questions
    silent = attrs[attrs["answer"] == ""]
    assert silent["note"].str.startswith("silent:").all()


def test_every_evidence_sentence_has_a_gloss(corpus):
    sheets = study.sheets(corpus, CODING)
    evidence = pd.concat([s["evidence"] for s in sheets.values()])
    missing = sorted({e for e in evidence if e and gloss(e).startswith("[no gloss")})
    assert not missing


# --- errors a careful reader found (issue: the report as an argument) ---------

def test_a_quoted_claim_is_attributed_not_stated(corpus):
    # "Secures peace; saves lives" is Pashinyan's claim (Ia mengataan ... untuk
    # mengamankan perdamaian dan menyelamatkan nyawa).
    attrs = study.sheets(corpus, CODING)["attributes"]
    rows = attrs[attrs["answer"].str.contains("secure peace|save lives|saves lives", case=False)
                 & (attrs["article_id"] == KOMPAS)]
    assert len(rows) == 3
    assert rows["answer"].str.contains("Pashinyan").all()


def test_helped_to_initiate_is_not_initiated(corpus):
    attrs = study.sheets(corpus, CODING)["attributes"]
    assert not attrs["answer"].str.contains(r"\binitiated by\b", case=False).any()
    history = attrs[(attrs["article_id"] == INEWS) & (attrs["question"] == "history")]
    assert history["answer"].str.contains("helped to initiate").sum() == 1


def test_tergabung_dalam_is_glossed_belong_to():
    sentence = ("Rusia bersama Amerika Serikat dan Prancis yang tergabung dalam Minsk Group--kelompok pegawas "
                "konflik Nagorno-Karabakh--sempat berkontribusi menggagas gencatan senjata pertama pada Oktober lalu.")
    g = gloss(sentence)
    assert "belong to" in g and "make up" not in g


def test_a_denial_of_distancing_is_not_distancing(corpus):
    frames = study.sheets(corpus, CODING)["frames"]
    lavrov = frames[frames["evidence"].str.contains("tidak ingin menjauhkan diri")]
    # Lavrov's sentence is never evidence of disagreement or reproach, and
    # where it bears on a shared outcome the note reads it as a denial.
    assert not lavrov["item"].isin(["C1", "C2"]).any()
    p2 = lavrov[lavrov["item"] == "P2"]
    assert len(p2) == 1 and "denial" in p2["note"].item().lower()


def test_a_background_sentence_about_2018_is_not_evidence_of_blame(corpus):
    frames = study.sheets(corpus, CODING)["frames"]
    blame = frames[(frames["article_id"] == KOMPAS) & frames["item"].isin(["R4", "F3"]) & (frames["answer"] == "yes")]
    assert not blame["evidence"].str.contains("2018").any()


def test_the_chapters_do_not_say_the_articles_report_the_same_events():
    text = " ".join(p.read_text(encoding="utf-8") for p in BOOK.glob("*.md"))
    assert not re.search(r"report the same events|frame the same events", text)


def test_war_and_peace_indicators_are_not_summed_into_scores():
    text = " ".join(p.read_text(encoding="utf-8") for p in BOOK.glob("*.md"))
    assert "journalism indicators {" not in text and "indicators {war}" not in text
    assert "never summed into a score" in (BOOK / "02-framing.md").read_text(encoding="utf-8")


def test_mention_totals_add_up(corpus):
    # The chapter's total leaves news agencies out, as the per-article counts do.
    from analysis import actors

    m = actors.mentions(corpus)
    prom = actors.prominence(corpus, m)
    assert prom["mentions"].sum() == (m["type"] != "news agency").sum()
    source = (BOOK / "03-actors.md").read_text(encoding="utf-8")
    assert 'glue("ch3_n_mentions", len(news)' in source
