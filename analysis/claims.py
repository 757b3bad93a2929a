"""Claims in the prose, each paired with a check against the data.

The book's interpretive sentences make claims about particular articles
("Kompas.com never names the Minsk Group; it describes it").  Each claim is
a record in a YAML file beside the book, with the articles it is about and
one or more checks, written in a small vocabulary over named tables (the
measurement tables and the hand-coded sheets, all with an ``article_id``
column)::

    - id: minsk-described
      chapter: 03-actors
      claim: Kompas.com describes the Minsk Group without naming it.
      articles: [kompas-2020-11-13]
      checks:
        - count: {table: mentions, where: {article_id: kompas-2020-11-13, actor: Minsk Group}}
          equals: 0
        - count: {table: descriptions, where: {article_id: kompas-2020-11-13, actor: Minsk Group}}
          at_least: 1

A query counts the rows of ``table`` that match ``where`` (a value, a list
of values, or ``{contains: text}``, ``{not: value}``); with ``distinct:
column`` it yields the set of that column's values instead.  A check
compares a query with ``equals``, ``at_least``, ``at_most``, ``more_than``
or ``fewer_than``, each a number, a list (for ``distinct``) or another
query.

A claim whose articles are not all in the corpus is *not applicable*: it
is reported, not failed.  :func:`verify` raises :class:`ClaimError` naming
every claim that no longer holds, so a strict build stops on it.

Example
-------
>>> import pandas as pd
>>> tables = {"mentions": pd.DataFrame({"article_id": ["a", "a", "b"], "actor": ["X", "Y", "X"]})}
>>> claims = [{"id": "only-b-lacks-y", "chapter": "c", "claim": "b never names Y.", "articles": ["b"],
...            "checks": [{"count": {"table": "mentions", "where": {"article_id": "b", "actor": "Y"}},
...                        "equals": 0}]}]
>>> evaluate(claims, tables, present={"a", "b"})[["id", "status"]].values.tolist()
[['only-b-lacks-y', 'holds']]
>>> evaluate(claims, tables, present={"a"})["status"].tolist()
['not applicable']
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import yaml

# libyaml's safe loader where PyYAML was built with it (ten times faster), else
# the pure-Python one; both read the same YAML.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

__all__ = ["ClaimError", "load", "evaluate", "verify", "describe", "note", "COMPARISONS"]

#: Comparison words and what they test.
COMPARISONS = {
    "equals": lambda got, want: got == want,
    "at_least": lambda got, want: got >= want,
    "at_most": lambda got, want: got <= want,
    "more_than": lambda got, want: got > want,
    "fewer_than": lambda got, want: got < want,
}
_REQUIRED = ("id", "chapter", "claim", "articles", "checks")


class ClaimError(ValueError):
    """A claim file that cannot be read, or a claim that no longer holds."""


def load(path: str | Path) -> list[dict]:
    """Read and check the claim file: required fields, unique ids, known comparisons."""
    path = Path(path)
    try:
        claims = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER) or []
    except (OSError, yaml.YAMLError) as exc:
        raise ClaimError(f"{path.name}: cannot be read ({exc})") from exc
    seen = set()
    for n, c in enumerate(claims, 1):
        missing = [f for f in _REQUIRED if f not in c]
        if missing:
            raise ClaimError(f"{path.name}: claim {n} ({c.get('id', 'no id')}) lacks {', '.join(missing)}")
        if c["id"] in seen:
            raise ClaimError(f"{path.name}: claim id {c['id']!r} is used twice")
        seen.add(c["id"])
        for check in c["checks"]:
            ops = [k for k in check if k in COMPARISONS]
            if "count" not in check or len(ops) != 1:
                raise ClaimError(f"{path.name}: claim {c['id']!r}: each check needs 'count' and one of "
                                 f"{', '.join(COMPARISONS)}")
    return claims


def _matches(column: pd.Series, condition) -> pd.Series:
    if isinstance(condition, dict):
        if "contains" in condition:
            return column.astype(str).str.contains(str(condition["contains"]), regex=False)
        if "not" in condition:
            return ~_matches(column, condition["not"])
        raise ClaimError(f"unknown condition {condition!r}")
    if isinstance(condition, list):
        return column.isin(condition)
    if isinstance(condition, bool):
        return column.astype(bool) == condition
    return column.astype(str) == str(condition)


def _query(query: dict, tables: dict[str, pd.DataFrame]):
    name = query.get("table")
    if name not in tables:
        raise ClaimError(f"unknown table {name!r}; known: {', '.join(sorted(tables))}")
    t = tables[name]
    keep = pd.Series(True, index=t.index)
    for column, condition in (query.get("where") or {}).items():
        if column not in t.columns:
            raise ClaimError(f"table {name!r} has no column {column!r}")
        keep &= _matches(t[column], condition)
    if "distinct" in query:
        return sorted({str(v) for v in t.loc[keep, query["distinct"]].dropna()})
    return int(keep.sum())


def _value(want, tables):
    if isinstance(want, dict):
        return _query(want, tables)
    if isinstance(want, list):
        return sorted(str(v) for v in want)
    return want


def describe(check: dict) -> str:
    """A check in words, for the appendix."""
    def q(query):
        where = ", ".join(f"{k} {_condition_words(v)}" for k, v in (query.get("where") or {}).items())
        what = f"distinct {query['distinct']} of" if "distinct" in query else "rows of"
        return f"{what} {query['table']}" + (f" where {where}" if where else "")

    op = next(k for k in check if k in COMPARISONS)
    want = check[op]
    want_text = q(want) if isinstance(want, dict) else (", ".join(map(str, want)) if isinstance(want, list)
                                                         else str(want))
    return f"{q(check['count'])}: {op.replace('_', ' ')} {want_text}"


def _condition_words(v) -> str:
    if isinstance(v, dict):
        if "contains" in v:
            return f"contains '{v['contains']}'"
        inner = _condition_words(v["not"])
        if inner.startswith("contains "):
            return "does not contain" + inner.removeprefix("contains")
        return "is not " + inner.removeprefix("= ")
    if isinstance(v, list):
        return "in " + "/".join(map(str, v))
    return f"= {v}"


def evaluate(claims: list[dict], tables: dict[str, pd.DataFrame], present, chapter: str | None = None) -> pd.DataFrame:
    """Every claim (of ``chapter``, or all) with ``status`` (holds, fails, not
    applicable) and ``found`` (what each failing check found)."""
    present = set(present)
    rows = []
    for c in claims:
        if chapter is not None and c["chapter"] != chapter:
            continue
        absent = [a for a in c["articles"] if a not in present]
        found = []
        if absent:
            status = "not applicable"
            found.append("not in this corpus: " + ", ".join(absent))
        else:
            status = "holds"
            for check in c["checks"]:
                op = next(k for k in check if k in COMPARISONS)
                got, want = _query(check["count"], tables), _value(check[op], tables)
                if not COMPARISONS[op](got, want):
                    status = "fails"
                    found.append(f"{describe(check)}; found {got}")
        rows.append({"id": c["id"], "chapter": c["chapter"], "claim": c["claim"], "articles": c["articles"],
                     "checks": [describe(k) for k in c["checks"]], "status": status, "found": "; ".join(found)})
    return pd.DataFrame(rows, columns=["id", "chapter", "claim", "articles", "checks", "status", "found"])


def verify(claims: list[dict], tables: dict[str, pd.DataFrame], present, chapter: str | None = None) -> pd.DataFrame:
    """:func:`evaluate`, raising :class:`ClaimError` if any claim fails."""
    result = evaluate(claims, tables, present, chapter)
    failed = result[result["status"] == "fails"]
    if len(failed):
        lines = [f"claim {r.id!r} ({r.chapter}) no longer holds: {r.claim} [{r.found}]" for r in failed.itertuples()]
        raise ClaimError("\n".join(lines))
    return result


def note(result: pd.DataFrame) -> str:
    """One sentence for the chapter: how many of its claims were checked.

    >>> note(pd.DataFrame({"status": ["holds", "holds"]}))
    'Both claims this chapter makes about particular articles were checked against the data when the book was built.'
    >>> note(pd.DataFrame({"status": ["holds", "not applicable", "not applicable"]}))
    'Of the 3 claims this chapter makes about particular articles, 1 was checked against the data when the book was built; 2 concern articles that are not in this corpus, so they were not checked and may not describe it.'
    >>> note(pd.DataFrame({"status": ["not applicable"] * 2})).split(";")[0]
    'Of the 2 claims this chapter makes about particular articles, none were checked against the data when the book was built'
    """
    n = len(result)
    if n == 0:
        return ""
    na = int((result["status"] == "not applicable").sum())
    held = n - na
    if na == 0:
        subject = "Both claims" if n == 2 else ("The one claim" if n == 1 else f"All {n} claims")
        verb = "makes about a particular article was" if n == 1 else "makes about particular articles were"
        return f"{subject} this chapter {verb} checked against the data when the book was built."
    was = "was" if held == 1 else "were"
    held_text = "none" if held == 0 else str(held)
    return (f"Of the {n} claims this chapter makes about particular articles, {held_text} {was} checked against the "
            f"data when the book was built; {na} concern articles that are not in this corpus, so they were not "
            "checked and may not describe it.")
