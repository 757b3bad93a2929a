"""Claims in the prose: the check vocabulary, and the book's own claims.

The vocabulary is tested on made-up tables whose answers are known; the
book's claims are tested against the seeds (all hold), against a corpus
without the seeds (all not applicable) and against the chapters' prose
(every mark names a claim filed under that chapter, every claim is used).
"""

import re
from pathlib import Path

import pandas as pd
import pytest

from analysis import claims, study

BOOK = Path(__file__).resolve().parent.parent / "book"
CLAIMS = BOOK / "coding" / "claims.yaml"
CHAPTERS = ["intro", "01-articles", "02-framing", "03-actors", "04-ceasefire", "05-synthesis"]
ROLE = re.compile(r"\{claim\}`([^`]+)`")

T = {
    "mentions": pd.DataFrame({"article_id": ["a", "a", "a", "b"], "actor": ["X", "Y", "Y", "X"],
                              "named": [True, False, True, True], "text": ["x one", "y", "y two", "x"]}),
}


def claim(check, articles=("a",), cid="c"):
    return {"id": cid, "chapter": "ch", "claim": "A claim.", "articles": list(articles), "checks": [check]}


@pytest.mark.parametrize("check,status", [
    ({"count": {"table": "mentions", "where": {"article_id": "a", "actor": "Y"}}, "equals": 2}, "holds"),
    ({"count": {"table": "mentions", "where": {"article_id": "a", "actor": "Y"}}, "equals": 1}, "fails"),
    ({"count": {"table": "mentions", "where": {"actor": ["X", "Y"]}}, "at_least": 4}, "holds"),
    ({"count": {"table": "mentions", "where": {"actor": ["X", "Y"]}}, "at_most": 3}, "fails"),
    ({"count": {"table": "mentions", "where": {"text": {"contains": "two"}}}, "equals": 1}, "holds"),
    ({"count": {"table": "mentions", "where": {"actor": {"not": "X"}}}, "equals": 2}, "holds"),
    ({"count": {"table": "mentions", "where": {"named": False}}, "equals": 1}, "holds"),
    ({"count": {"table": "mentions", "where": {"article_id": "a"}, "distinct": "actor"}, "equals": ["Y", "X"]}, "holds"),
    ({"count": {"table": "mentions", "where": {"article_id": "b"}, "distinct": "actor"}, "equals": ["Y"]}, "fails"),
    ({"count": {"table": "mentions", "where": {"actor": "Y"}},
      "more_than": {"table": "mentions", "where": {"article_id": "b"}}}, "holds"),
    ({"count": {"table": "mentions", "where": {"actor": "X"}},
      "fewer_than": {"table": "mentions", "where": {"actor": "X"}}}, "fails"),
])
def test_the_check_vocabulary(check, status):
    assert claims.evaluate([claim(check)], T, present={"a", "b"})["status"].tolist() == [status]


def test_a_claim_about_an_absent_article_is_not_applicable_not_failed():
    check = {"count": {"table": "mentions", "where": {"article_id": "z"}}, "equals": 5}
    r = claims.evaluate([claim(check, articles=("z",))], T, present={"a"})
    assert r["status"].tolist() == ["not applicable"] and "z" in r["found"].item()
    claims.verify([claim(check, articles=("z",))], T, present={"a"})  # does not raise


def test_a_failing_claim_stops_with_its_name_and_what_was_found():
    check = {"count": {"table": "mentions", "where": {"actor": "X"}}, "equals": 9}
    with pytest.raises(claims.ClaimError, match=r"claim 'x-count' \(ch\) no longer holds: A claim\..*found 2"):
        claims.verify([claim(check, cid="x-count")], T, present={"a", "b"})


def test_unknown_tables_and_columns_are_errors_not_silent_zeroes():
    with pytest.raises(claims.ClaimError, match="unknown table 'quotes'"):
        claims.evaluate([claim({"count": {"table": "quotes"}, "equals": 0})], T, present={"a"})
    with pytest.raises(claims.ClaimError, match="no column 'speaker'"):
        claims.evaluate([claim({"count": {"table": "mentions", "where": {"speaker": "X"}}, "equals": 0})], T,
                        present={"a"})


def test_a_bad_claim_file_is_refused(tmp_path):
    bad = tmp_path / "claims.yaml"
    bad.write_text("- id: a\n  chapter: c\n  claim: x\n  articles: []\n  checks: [{count: {table: t}}]\n")
    with pytest.raises(claims.ClaimError, match="needs 'count' and one of"):
        claims.load(bad)
    bad.write_text("- id: a\n  chapter: c\n  claim: x\n  articles: []\n  checks: []\n" * 2)
    with pytest.raises(claims.ClaimError, match="used twice"):
        claims.load(bad)
    bad.write_text("- id: a\n  claim: x\n")
    with pytest.raises(claims.ClaimError, match="lacks chapter, articles, checks"):
        claims.load(bad)


def test_checks_read_as_words():
    check = {"count": {"table": "mentions", "where": {"article_id": "a", "actor": {"not": "X"}}}, "at_least": 1}
    assert claims.describe(check) == "rows of mentions where article_id = a, actor is not X: at least 1"


# --- the book's claims ---------------------------------------------------------

def _marks():
    return {ch: ROLE.findall((BOOK / f"{ch}.md").read_text(encoding="utf-8")) for ch in CHAPTERS}


def test_every_mark_in_the_prose_names_a_claim_filed_under_its_chapter():
    filed = {c["id"]: c["chapter"] for c in claims.load(CLAIMS)}
    for chapter, ids in _marks().items():
        for cid in ids:
            assert cid in filed, f"{chapter}: unknown claim {cid}"
            assert filed[cid] == chapter, f"{chapter}: claim {cid} is filed under {filed[cid]}"


def test_every_claim_is_made_in_the_prose_and_its_chapter_checks_it():
    used = {cid for ids in _marks().values() for cid in ids}
    unused = [c["id"] for c in claims.load(CLAIMS) if c["id"] not in used]
    assert not unused
    for chapter in CHAPTERS:
        source = (BOOK / f"{chapter}.md").read_text(encoding="utf-8")
        assert f'chapter="{chapter}"' in source and "claims.verify(" in source, chapter


def test_every_claim_holds_on_the_seeds(corpus):
    r = claims.evaluate(claims.load(CLAIMS), study.evidence(corpus, BOOK / "coding"), corpus.articles.index)
    assert (r["status"] == "holds").all(), r[r["status"] != "holds"][["id", "found"]].to_string()


def test_without_the_seeds_every_claim_is_not_applicable(tmp_path):
    from helpers import make_corpus

    c = make_corpus(tmp_path, ["Rusia mengirim pasukan penjaga perdamaian ke Nagorno-Karabakh."])
    r = claims.verify(claims.load(CLAIMS), study.evidence(c, BOOK / "coding"), c.articles.index)
    assert set(r["status"]) == {"not applicable"}


def test_a_claim_that_stops_holding_is_caught(corpus):
    # The Minsk claim rests on Kompas.com never naming the group: plant a
    # named mention and the claim must fail.
    ev = study.evidence(corpus, BOOK / "coding")
    m = ev["mentions"]
    planted = m.iloc[[0]].assign(article_id="kompas-2020-11-13", actor="Minsk Group", named=True)
    ev["mentions"] = pd.concat([m, planted], ignore_index=True)
    minsk = [c for c in claims.load(CLAIMS) if c["id"] == "actors-minsk-described"]
    with pytest.raises(claims.ClaimError, match="actors-minsk-described"):
        claims.verify(minsk, ev, corpus.articles.index)


def test_the_claims_about_the_seeds_still_hold_when_an_article_is_added(tmp_path):
    # A made-up third article that quotes Aliyev, relays Reuters and mentions
    # an earlier ceasefire: none of the seed claims may count it.
    import shutil

    from analysis import load_corpus
    from analysis.corpus import SEEDS_DIR
    from helpers import make_corpus

    make_corpus(tmp_path, [
        "Gencatan senjata sebelumnya gagal.",
        '"Kami menang," kata Presiden Azerbaijan Ilham Aliyev seperti dilansir Reuters.',
    ])
    for f in SEEDS_DIR.glob("*.txt"):
        shutil.copy(f, tmp_path / f.name)
    c = load_corpus(tmp_path)
    assert len(c.articles) == 3
    r = claims.verify(claims.load(CLAIMS), study.evidence(c, BOOK / "coding"), c.articles.index)
    assert set(r["status"]) == {"holds"}


def test_the_build_role_numbers_the_claims_as_the_appendix_does():
    # book/_ext/claim_role.py reads only the "- id:" and "chapter:" lines; it
    # must agree with the YAML reader, or C-numbers in the text would point at
    # the wrong rows of the appendix table.
    import importlib.util

    spec = importlib.util.spec_from_file_location("claim_role", BOOK / "_ext" / "claim_role.py")
    role = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(role)
    index = role.read_index(CLAIMS)
    loaded = claims.load(CLAIMS)
    assert list(index) == [c["id"] for c in loaded]
    assert [index[c["id"]] for c in loaded] == [(n, c["chapter"]) for n, c in enumerate(loaded, 1)]
