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


def _codes(meta):
    """mutmut's exit code per mutant name, from one ``.meta`` file."""
    return json.loads(Path(meta).read_text(encoding="utf-8"))["exit_code_by_key"]


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
        codes = _codes(meta)
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
        names += [k for k, code in _codes(meta).items() if status(code) in SURVIVED]
    return names


def score(row):
    """Detected over detected plus survived.

    >>> score({"detected": 8, "survived": 2, "other": 5})
    0.8
    """
    judged = row["detected"] + row["survived"]
    return row["detected"] / judged if judged else float("nan")


#: The core modules the target applies to (the reader, quotations, actors,
#: framing, ceasefire, validation); other mutated modules are reported too.
CORE = ("corpus.py", "quotes.py", "actors.py", "framing.py", "ceasefire.py", "validation.py")


def verdict(row):
    """Whether ``row`` meets the target, bounding the mutants not run.

    Counting every mutant not run as a survivor gives a lower bound, as
    detected gives an upper one; only when both sides of the target agree is
    there a verdict.

    >>> verdict({"detected": 85, "survived": 10, "other": 5})
    ('met', 0.85)
    >>> verdict({"detected": 70, "survived": 10, "other": 20})
    ('not known', 0.7)
    >>> verdict({"detected": 8, "survived": 2, "other": 0})
    ('met', 0.8)
    """
    n = row["detected"] + row["survived"] + row["other"]
    lower = row["detected"] / n
    upper = (row["detected"] + row["other"]) / n
    if lower >= TARGET:
        return "met", lower
    if upper < TARGET:
        return "missed", lower
    return "not known", lower


def report(rows, core=CORE):
    """A Markdown table, weakest module first, with totals, and the verdict.

    >>> print(report({"a.py": {"detected": 8, "survived": 2, "other": 0}}, core=("a.py",))[0])
    | Module | Mutants | Detected | Survived | Not run | Score |
    |---|---:|---:|---:|---:|---:|
    | `analysis/a.py` | 10 | 8 | 2 | 0 | 80% |
    | **core modules** | 10 | 8 | 2 | 0 | **80.0%** |
    <BLANKLINE>
    Target: at least 80% of the core modules' mutants detected: met (at least 80.0%).
    """
    def line(name, row, bold=False):
        n = row["detected"] + row["survived"] + row["other"]
        pct = f"{score(row):.1%}" if bold else f"{score(row):.0%}"
        pct = f"**{pct}**" if bold else pct
        return f"| {name} | {n:,} | {row['detected']:,} | {row['survived']:,} | {row['other']:,} | {pct} |"

    def total(names):
        return {k: sum(rows[m][k] for m in names) for k in ("detected", "survived", "other")}

    lines = ["| Module | Mutants | Detected | Survived | Not run | Score |", "|---|---:|---:|---:|---:|---:|"]
    for name, row in sorted(rows.items(), key=lambda kv: score(kv[1])):
        lines.append(line(f"`analysis/{name}`" + ("" if name in core else " (not core)"), row))
    core_rows = [m for m in rows if m in core]
    core_total = total(core_rows)
    lines.append(line("**core modules**", core_total, bold=True))
    if len(core_rows) < len(rows):
        lines.append(line("**all mutated modules**", total(list(rows)), bold=True))
    word, lower = verdict(core_total)
    bound = (f" (at least {lower:.1%}, counting every mutant not run as a survivor)" if core_total["other"]
             else f" (at least {lower:.1%})")
    lines += ["", f"Target: at least {TARGET:.0%} of the core modules' mutants detected: {word}{bound}."]
    return "\n".join(lines), word


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
    table, word = report(tally(metas))
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
    return 0 if word == "met" else 1


if __name__ == "__main__":
    sys.exit(main())
