"""Is a page about the study's topic?  A general test, defined by data.

A topic is a small YAML file (the book's is ``book/coding/topic.yaml``):
groups of terms of which one group must occur, a minimum number of
mentions, and optionally a date range.  ``judge`` answers with the reason,
which the reader records when it sets a page aside.

Example
-------
>>> t = Topic("volcanoes", any_of=(("Merapi",), ("gunung", "erupsi")), min_mentions=2)
>>> judge("Gunung Merapi erupsi lagi. Warga Merapi mengungsi.", None, t)
(True, "names 'Merapi' 2 times")
>>> judge("Harga beras naik.", None, t)
(False, 'is not about volcanoes: it names none of Merapi; gunung and erupsi')
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

# libyaml's safe loader where PyYAML was built with it (ten times faster), else
# the pure-Python one; both read the same YAML.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

__all__ = ["Topic", "load_topic", "judge"]


@dataclass(frozen=True)
class Topic:
    """Which pages belong in the corpus."""

    name: str
    any_of: tuple[tuple[str, ...], ...]
    min_mentions: int = 1
    published_between: tuple[dt.date, dt.date] | None = None


def load_topic(path: Path | str) -> Topic:
    """A topic from its YAML file."""
    data = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    between = data.get("published_between")
    return Topic(
        name=data["name"],
        any_of=tuple(tuple(group) for group in data["any_of"]),
        min_mentions=int(data.get("min_mentions", 1)),
        published_between=tuple(between) if between else None,
    )


def _pattern(term: str) -> re.Pattern:
    # "Nagorno-Karabakh", "Nagorno Karabakh" and "NagornoKarabakh" are one term.
    parts = [re.escape(p) for p in re.split(r"[\s-]+", term)]
    return re.compile(r"(?<![^\W_])" + r"[\s-]?".join(parts) + r"(?![^\W_])", re.IGNORECASE)


def judge(text: str, published: dt.date | None, topic: Topic) -> tuple[bool, str]:
    """``(on_topic, reason)`` for a page's analysed text and date."""
    best = None
    for group in topic.any_of:
        counts = [len(_pattern(term).findall(text)) for term in group]
        if all(counts):
            total = sum(counts)
            if best is None or total > best[0]:
                best = (total, group)
    if best is None:
        named = "; ".join(" and ".join(g) for g in topic.any_of)
        return False, f"is not about {topic.name}: it names none of {named}"
    total, group = best
    label = " and ".join(f"'{t}'" for t in group)
    if total < topic.min_mentions:
        return False, f"is not about {topic.name}: it names {label} only {total} time(s)"
    if published is not None and topic.published_between:
        first, last = topic.published_between
        if not first <= published <= last:
            return False, (f"is not about {topic.name}: it is dated {published:%-d %B %Y}, "
                           f"outside {first:%-d %B %Y} to {last:%-d %B %Y}")
    return True, f"names {label} {total} times"
