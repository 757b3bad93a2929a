"""The extraction against the hand reading, and gazetteer coverage."""

from analysis import actors, validation


def test_quotes_and_speakers_are_all_correct(corpus):
    scores = validation.quote_scores(actors.quotes(corpus))
    assert (scores["precision"] == 1.0).all() and (scores["recall"] == 1.0).all(), scores


def test_mentions_f1_at_least_095(corpus):
    scores = validation.mention_scores(actors.mentions(corpus))
    assert scores.loc["mentions (actor and surface in the sentence)", "f1"] >= 0.95, scores


def test_hand_coding_covers_both_seeds_and_uses_known_actors_and_roles(corpus):
    hand = validation.hand_mentions()
    assert set(hand["article_id"]) == set(corpus.articles.index)
    assert set(hand["actor"]) <= set(actors.gazetteer()["actor"])
    assert set(hand["role"]) <= set(actors.ROLES)


def test_disagreements_are_reported_not_hidden(corpus):
    auto = actors.mentions(corpus)
    hand = validation.hand_mentions().copy()
    hand.loc[0, "role"] = "patient"  # plant one disagreement
    hand = hand.drop(index=1)  # and one mention the hand reading lacks
    d = validation.disagreements(auto, hand, validation.MENTION_KEY, ["role"])
    assert sorted(d["source"]) == ["auto only", "differs"]
    assert validation.mention_scores(auto, hand).iloc[0]["precision"] < 1


def test_every_capitalised_name_is_an_actor_or_set_aside(corpus):
    unmatched = actors.unmatched_names(corpus)
    assert unmatched.empty, unmatched[["article_id", "word"]].to_string()


def test_coverage_check_catches_a_new_name(tmp_path):
    from helpers import make_corpus

    c = make_corpus(tmp_path, ["Menteri Bayramov bertemu dengan Lavrov di Moskwa."])
    assert actors.unmatched_names(c)["word"].tolist() == ["Menteri", "Bayramov"]
