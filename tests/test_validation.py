"""The extraction against the hand reading, and gazetteer coverage."""

from analysis import actors, validation


def test_quotes_and_speakers_are_all_correct(corpus):
    scores = validation.quote_scores(actors.quotes(corpus))
    assert (scores["precision"] == 1.0).all() and (scores["recall"] == 1.0).all(), scores


def test_mentions_f1_at_least_095(corpus):
    scores = validation.mention_scores(actors.mentions(corpus))
    assert scores.loc["mentions (the same actor in the same sentence)", "f1"] >= 0.95, scores


def test_hand_coding_covers_both_seeds_and_uses_known_actors_and_roles(corpus):
    hand = validation.hand_mentions()
    assert set(hand["article_id"]) == set(corpus.articles.index)
    assert set(hand["actor"]) <= set(actors.gazetteer()["actor"])
    assert set(hand["role"]) <= set(actors.ROLES)


def test_disagreements_are_reported_not_hidden(corpus):
    # Plant two disagreements in rows where the extraction and the hand
    # reading agree: both must appear, and nothing else may change.
    auto = actors.mentions(corpus)
    hand = validation.hand_mentions().copy()
    key = validation.SPAN_KEY
    before = validation.disagreements(auto, hand, key, ["role"])
    agreed = hand.reset_index().merge(auto[key + ["role"]].drop_duplicates(), on=key + ["role"])["index"]
    changed, dropped = agreed.iloc[0], agreed.iloc[1]
    hand.loc[changed, "role"] = "patient" if hand.loc[changed, "role"] != "patient" else "agent"
    hand = hand.drop(index=dropped)
    after = validation.disagreements(auto, hand, key, ["role"])

    def rows(d):
        return set(map(tuple, d[key + ["source"]].astype(str).values))

    new = rows(after) - rows(before)
    assert {r[-1] for r in new} == {"differs", "auto only"} and len(new) == 2, new
    assert rows(before) <= rows(after)


def test_every_capitalised_name_is_an_actor_or_set_aside(corpus):
    unmatched = actors.unmatched_names(corpus)
    assert unmatched.empty, unmatched[["article_id", "word"]].to_string()


def test_coverage_check_catches_a_new_name(tmp_path):
    from helpers import make_corpus

    c = make_corpus(tmp_path, ["Menteri Bayramov bertemu dengan Lavrov di Moskwa."])
    assert actors.unmatched_names(c)["word"].tolist() == ["Bayramov"]
