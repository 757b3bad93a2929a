"""The shortcuts taken for speed give exactly what the plain method gives.

Each shortcut (first-word candidate lists, cue matching over the joined
article, per-corpus caching) is checked against the slow, obvious version on
a synthetic corpus recombined from the seeds' paragraphs.
"""

import pandas as pd
import pytest

from analysis import actors, bench, ceasefire, framing, load_corpus
from analysis.text import whole_words


@pytest.fixture(scope="module")
def synthetic_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("synthetic")
    bench.synthesise(40, folder)
    return folder


@pytest.fixture(scope="module")
def synthetic(synthetic_folder):
    return load_corpus(synthetic_folder)


def _names_trying_every_alias(text):
    taken, found = [], []
    places = actors._classes()["place"]
    for alias in actors._aliases():
        for match in alias.pattern.finditer(text):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            if alias.is_city and actors._last_word(text[:start]) in places:
                continue
            taken.append((start, end))
            found.append({"actor": alias.actor, "surface": match.group(), "start": start, "end": end,
                          "named": not alias.is_office})
    return actors._merge_office_and_name(sorted(found, key=lambda n: n["start"]), text)


def test_find_names_equals_trying_every_alias(synthetic):
    texts = synthetic.sentences["text"].tolist()
    # Lower-case and hyphenated openings, which the first-word index must not miss.
    texts += ["demonstran berunjuk rasa di Yerevan.", "Nagorno-Karabakh dan Moskwa.", "di Moskwa",
              "presiden Azerbaijan dan Perdana Menteri Armenia, Nikol Pashinyan"]
    for text in texts:
        assert actors.find_names(text) == _names_trying_every_alias(text), text


def test_find_references_equals_trying_every_term(synthetic):
    def every_term(sentence):
        taken, found = [], []
        for pattern, row in ceasefire._term_patterns():
            for m in pattern.finditer(sentence):
                if not any(m.start() < e and s < m.end() for s, e in taken):
                    taken.append(m.span())
                    found.append((m.start(), m.group().lower()))
        return sorted(found)

    for text in synthetic.sentences["text"].tolist():
        got = sorted((r["start"], r["surface"].lower()) for r in ceasefire.find_references(text))
        assert got == every_term(text), text


def test_cue_matching_over_the_article_equals_sentence_by_sentence(synthetic):
    frames = framing.code_frames(synthetic)
    s = synthetic.sentences
    for (article_id, item), row in frames.set_index(["article_id", "item"]).iterrows():
        book = framing.codebook().set_index("item").loc[item]
        if book["rule"] != "cue":
            continue
        kinds = set(book["kinds"].split("|")) if book["kinds"] else None
        pattern = whole_words(book["cues"])
        sents = s[s["article_id"] == article_id]
        year = framing._year(synthetic.articles.loc[article_id, "published"])
        expected = [int(sid) for sid, kind, text in zip(sents["sentence_id"], sents["kind"], sents["text"])
                    if (not kinds or kind in kinds) and not framing._background(text, year)
                    and any(not framing._negated(text, m.start(), m.end()) for m in pattern.finditer(text))]
        assert row["sentence_ids"] == expected, (article_id, item)


def test_cached_mentions_are_computed_once_and_handed_out_as_copies(synthetic_folder):
    corpus = load_corpus(synthetic_folder)
    first = actors.mentions(corpus)
    first.loc[:, "actor"] = "edited"  # a caller editing its table
    again = actors.mentions(corpus)
    assert "edited" not in set(again["actor"])
    pd.testing.assert_frame_equal(again, actors.mentions(load_corpus(synthetic_folder)))
    assert list(corpus.derived) == ["analysis.actors.mentions"]


def test_synthetic_corpora_are_reproducible_and_made_of_seed_paragraphs(tmp_path):
    a = bench.synthesise(12, tmp_path / "a")
    b = bench.synthesise(12, tmp_path / "b")
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    corpus = load_corpus(tmp_path / "a")  # distinct bodies: none refused as a duplicate
    assert len(corpus.articles) == 12
    seeds = load_corpus()
    seed_body = set(seeds.paragraphs.query("kind == 'body'")["raw"])
    body = corpus.paragraphs.query("kind == 'body'")
    # Every body paragraph is a seed paragraph; the dateline paragraph opens each article.
    assert set(body["raw"]) <= seed_body
    assert sorted(corpus.articles["outlet"].unique()) == ["Kompas.com", "iNews.id"]
