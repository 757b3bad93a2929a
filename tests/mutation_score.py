"""Mutation score per module from a finished `mutmut run` (see `make mutate`).

mutmut keeps, for every mutated file, a ``mutants/<path>.meta`` JSON file
with the exit code of the tests on each mutant. A mutant is *detected* when
the tests failed on it (killed), ran past the time limit or crashed; it
*survives* when the tests passed, and it also counts as surviving when no
test reached its function at all. The score is detected / all.

Usage: python tests/mutation_score.py [--readme README.md] [--out FILE]
"""

import argparse
import json
import re
import sys
from pathlib import Path

DETECTED = {"killed", "timeout", "segfault", "caught by type check"}
SURVIVED = {"survived", "no tests"}

# Exit codes as mutmut 3 records them (mutmut.stats.status_by_exit_code).
STATUS = {1: "killed", 3: "killed", 0: "survived", 5: "no tests", 33: "no tests",
          34: "skipped", 36: "timeout", 24: "timeout", -24: "timeout", 152: "timeout",
          255: "timeout", -11: "segfault", -9: "segfault", 37: "caught by type check"}
TARGET = 0.80
MARKERS = ("<!-- mutation:start -->", "<!-- mutation:end -->")


def status(code):
    """The status of one exit code; unknown codes are mutmut's "suspicious".

    >>> status(1), status(0), status(33), status(None), status(99)
    ('killed', 'survived', 'no tests', 'not checked', 'suspicious')
    """
    if code is None:
        return "not checked"
    return STATUS.get(code, "suspicious")


def tally(meta_files):
    """Counts of detected, survived and unchecked mutants per module.

    >>> import tempfile, os
    >>> d = Path(tempfile.mkdtemp())
    >>> _ = (d / "m.py.meta").write_text(json.dumps({"exit_code_by_key":
    ...     {"a": 1, "b": 0, "c": 33, "d": 36, "e": None}}))
    >>> tally([d / "m.py.meta"])
    {'m.py': {'detected': 2, 'survived': 2, 'other': 1}}
    """
    rows = {}
    for meta in meta_files:
        codes = json.loads(Path(meta).read_text(encoding="utf-8"))["exit_code_by_key"]
        row = {"detected": 0, "survived": 0, "other": 0}
        for code in codes.values():
            s = status(code)
            row["detected" if s in DETECTED else "survived" if s in SURVIVED else "other"] += 1
        rows[Path(meta).name.removesuffix(".meta")] = row
    return rows


def survivors(meta_files):
    """Names of the mutants that survived or that no test reached.

    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> _ = (d / "m.py.meta").write_text(json.dumps({"exit_code_by_key": {"a": 1, "b": 0, "c": 33}}))
    >>> survivors([d / "m.py.meta"])
    ['b', 'c']
    """
    names = []
    for meta in meta_files:
        codes = json.loads(Path(meta).read_text(encoding="utf-8"))["exit_code_by_key"]
        names += [k for k, code in codes.items() if status(code) in SURVIVED]
    return names


def score(row):
    """Detected over detected plus survived.

    >>> score({"detected": 8, "survived": 2, "other": 5})
    0.8
    """
    judged = row["detected"] + row["survived"]
    return row["detected"] / judged if judged else float("nan")


def report(rows):
    """A Markdown table, weakest module first, with the total last.

    >>> print(report({"a.py": {"detected": 8, "survived": 2, "other": 0}})[0])
    | Module | Mutants | Detected | Survived | Not run | Score |
    |---|---:|---:|---:|---:|---:|
    | `analysis/a.py` | 10 | 8 | 2 | 0 | 80% |
    | **all core modules** | 10 | 8 | 2 | 0 | **80.0%** |
    <BLANKLINE>
    Target: at least 80% of mutants detected (met).
    """
    total = {k: sum(r[k] for r in rows.values()) for k in ("detected", "survived", "other")}
    lines = ["| Module | Mutants | Detected | Survived | Not run | Score |", "|---|---:|---:|---:|---:|---:|"]
    for name, row in sorted(rows.items(), key=lambda kv: score(kv[1])):
        n = row["detected"] + row["survived"] + row["other"]
        lines.append(f"| `analysis/{name}` | {n:,} | {row['detected']:,} | {row['survived']:,} | {row['other']:,} "
                     f"| {score(row):.0%} |")
    n = total["detected"] + total["survived"] + total["other"]
    lines.append(f"| **all core modules** | {n:,} | {total['detected']:,} | {total['survived']:,} "
                 f"| {total['other']:,} | **{score(total):.1%}** |")
    if total["other"]:
        verdict = f"not known: {total['other']:,} of {n:,} mutants were not run"
    else:
        verdict = "met" if score(total) >= TARGET else "**missed**"
    lines += ["", f"Target: at least {TARGET:.0%} of mutants detected ({verdict})."]
    return "\n".join(lines), score(total) if not total["other"] else float("nan")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mutants", default="mutants/analysis")
    parser.add_argument("--readme")
    parser.add_argument("--out")
    parser.add_argument("--survivors", action="store_true", help="list the surviving mutants' names and stop")
    args = parser.parse_args(argv)
    metas = sorted(Path(args.mutants).glob("*.py.meta"))
    if args.survivors:
        print("\n".join(survivors(metas)))
        return 0
    if not metas:
        sys.exit(f"no mutmut results under {args.mutants}: run `make mutate` first")
    table, total = report(tally(metas))
    print(table)
    if args.out:
        Path(args.out).write_text(table + "\n", encoding="utf-8")
    if args.readme:
        readme = Path(args.readme)
        text = readme.read_text(encoding="utf-8")
        block = f"{MARKERS[0]}\n{table}\n{MARKERS[1]}"
        pattern = re.escape(MARKERS[0]) + ".*?" + re.escape(MARKERS[1])
        if not re.search(pattern, text, re.S):
            sys.exit(f"{readme}: the markers {MARKERS} are missing")
        readme.write_text(re.sub(pattern, lambda _: block, text, flags=re.S), encoding="utf-8")
    return 0 if total >= TARGET else 1  # nan (some not run) fails too


if __name__ == "__main__":
    sys.exit(main())
