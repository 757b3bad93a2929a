"""Page layouts: the rules that tell an article from its page's clutter,
loaded from ``data/profiles.yaml``.

Rules shared by every page live under ``common``; a profile adds one
outlet's author label and boilerplate, and is chosen by the publisher the
page names in its own header or lead (``analysis.publisher``).  Any other
outlet is read with the ``generic`` profile, so a new outlet still loads.

Example
-------
>>> for_outlet("Kompas.com").id, for_outlet("Tempo").id, for_outlet(None).id
('kompas', 'generic', 'generic')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd
import yaml

from analysis.publisher import forms

# libyaml's safe loader where PyYAML was built with it (ten times faster), else
# the pure-Python one; both read the same YAML.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

PROFILES_FILE = Path(__file__).resolve().parent / "data" / "profiles.yaml"

__all__ = ["Profile", "Common", "for_outlet", "common", "all_profiles", "rules_table"]


@dataclass(frozen=True)
class Rule:
    """A line pattern with the reason the book reports when it matches."""

    pattern: re.Pattern
    reason: str
    truncates: str | None = None


def _rules(items) -> tuple[Rule, ...]:
    return tuple(
        Rule(re.compile(i["pattern"]), i["reason"], i.get("truncates")) for i in items or ()
    )


def _first(rules: tuple[Rule, ...], line: str) -> Rule | None:
    return next((r for r in rules if r.pattern.search(line)), None)


@dataclass(frozen=True)
class Profile:
    """One outlet's layout rules."""

    id: str
    outlet: str | None
    author_label: re.Pattern | None
    boilerplate: tuple[Rule, ...]

    def match_boilerplate(self, line: str) -> Rule | None:
        return _first(self.boilerplate, line)


@dataclass(frozen=True)
class Common:
    """Rules shared by every outlet."""

    boilerplate: tuple[Rule, ...]
    footer_start: tuple[Rule, ...]
    editor: re.Pattern
    author_line: re.Pattern
    caption: re.Pattern

    def match_boilerplate(self, line: str) -> Rule | None:
        return _first(self.boilerplate, line)

    def match_footer(self, line: str) -> Rule | None:
        return _first(self.footer_start, line)


def _compile(pattern: str | None) -> re.Pattern | None:
    return re.compile(pattern) if pattern else None


@lru_cache(maxsize=1)
def _load() -> tuple[Common, tuple[Profile, ...]]:
    data = yaml.load(PROFILES_FILE.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    c = data["common"]
    common_rules = Common(
        boilerplate=_rules(c["boilerplate"]),
        footer_start=_rules(c["footer_start"]),
        editor=re.compile(c["editor"]),
        author_line=re.compile(c["author_line"]),
        caption=re.compile(c["caption"], re.IGNORECASE),
    )
    profiles = tuple(
        Profile(
            id=p["id"],
            outlet=p.get("outlet"),
            author_label=_compile(p.get("author_label")),
            boilerplate=_rules(p.get("boilerplate")),
        )
        for p in data["profiles"]
    )
    if profiles[-1].outlet is not None:
        raise ValueError(f"{PROFILES_FILE.name}: the last profile must be the generic fallback")
    return common_rules, profiles


def common() -> Common:
    """The rules every profile shares."""
    return _load()[0]


def all_profiles() -> tuple[Profile, ...]:
    """Every profile, the generic fallback last."""
    return _load()[1]


def for_outlet(outlet: str | None) -> Profile:
    """The profile of ``outlet`` (a registry name), else the generic one."""
    return next(p for p in all_profiles() if p.outlet is None or p.outlet == outlet)


def rules_table() -> pd.DataFrame:
    """Every cleaning rule as a table: profile, what it finds, pattern, reason.

    Example
    -------
    >>> t = rules_table()
    >>> "'Baca juga' link to another article" in set(t["reason"])
    True
    """
    c = common()
    rows = [("all", "footer start", r.pattern.pattern, r.reason) for r in c.footer_start]
    rows += [("all", "boilerplate line", r.pattern.pattern, r.reason) for r in c.boilerplate]
    rows += [
        ("all", "editor line (meta)", c.editor.pattern, "editor named at the foot"),
        ("all", "author line (meta)", c.author_line.pattern, "author or reporter named on a line of their own"),
        ("all", "photo caption", c.caption.pattern, "caption with photo credit"),
    ]
    rows += [("all", f"dateline: {form} (starts the body)", pattern.pattern, "outlet and city opening the lead")
             for form, pattern, _ in forms()]
    rows.append(("all", "date line (meta)", "see analysis.dates", "stated publication date, in any common form"))
    for p in all_profiles():
        if p.author_label:
            rows.append((p.id, "author label (meta)", p.author_label.pattern, "label under the byline"))
        rows += [(p.id, "boilerplate line", r.pattern.pattern, r.reason) for r in p.boilerplate]
    return pd.DataFrame(rows, columns=["profile", "finds", "pattern", "reason"])
