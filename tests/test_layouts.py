"""Pages laid out like twelve Indonesian outlets' (tests/data/pages/), read as
a careful human reads them: publisher, date, headline, where the body starts
and ends, which lines are clutter, truncation and topic.

The pages' sentences were written for these tests; only their layouts
imitate real pages.  ``expected.yaml`` says what is right for each.
"""

from pathlib import Path

import pytest
import yaml

from analysis.corpus import read_article
from analysis.topic import judge, load_topic

PAGES = Path(__file__).resolve().parent / "data" / "pages"
EXPECTED = yaml.safe_load((PAGES / "expected.yaml").read_text(encoding="utf-8"))
TOPIC = load_topic(Path(__file__).resolve().parent.parent / "book" / "coding" / "topic.yaml")
NOT_TEXT = ("body", "subheading", "headline")


@pytest.fixture(scope="module", params=sorted(EXPECTED))
def page(request):
    meta, rows = read_article(PAGES / request.param)
    return request.param, EXPECTED[request.param], meta, rows


def test_publisher(page):
    name, want, meta, _ = page
    assert meta["outlet"] == want["publisher"], (name, meta["outlet_evidence"])


def test_date_and_whether_it_is_stated(page):
    name, want, meta, _ = page
    assert (meta["published"], meta["published_source"] == "stated") == (want["date"], want["date_stated"]), name


def test_headline(page):
    name, want, meta, _ = page
    assert meta["headline"] == want["headline"], name


def test_where_the_body_starts_and_ends(page):
    name, want, _, rows = page
    body = [r["text"] for r in rows if r["kind"] == "body"]
    assert body[0].startswith(want["first_body"]), (name, body[0][:80])
    assert body[-1].startswith(want["last_body"]), (name, body[-1][:80])


def test_no_clutter_line_is_read_as_text(page):
    name, want, _, rows = page
    read_as_text = {r["raw"] for r in rows if r["kind"] in NOT_TEXT}
    wrong = [line for line in want["clutter"] if line in read_as_text]
    assert wrong == [], (name, wrong)


def test_truncation_only_with_evidence(page):
    name, want, meta, _ = page
    assert meta["truncated"] == want["truncated"], (name, meta["truncation"])


def test_topic(page):
    name, want, meta, rows = page
    words = "\n".join(r["text"] for r in rows if r["kind"] in ("headline", "body", "subheading"))
    assert judge(words, meta["published"], TOPIC)[0] == want["on_topic"], name
