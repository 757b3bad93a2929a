"""Performance benchmark: book build times and the pipeline on synthetic corpora.

Run from the repository root (``make bench``)::

    python -m analysis.bench                  # everything, about 5 minutes
    python -m analysis.bench --skip-build     # the pipeline only
    python -m analysis.bench --sizes 100 1000 # smaller corpora

It writes ``bench/results/latest.json`` (every measurement) and
``bench/results/latest.md`` (the summary), and replaces the section of
``README.md`` between ``<!-- bench:start -->`` and ``<!-- bench:end -->``
with that summary. It is a script, not a test: timings depend on the machine.

What it measures
----------------
**Build times.** A cold ``jupyter-book build book/`` into an empty folder,
against a bare Jupyter Book with the same number of notebook pages whose
cells only import pandas and matplotlib and draw one small figure, built in
the same run with the same execution configuration; each three times,
alternating, and compared by their medians. Then a rebuild of the real book
where nothing changed.

**The pipeline** on synthetic corpora made by :func:`synthesise`: corpus
loading, actor mentions, quotations, frame coding and ceasefire references,
each timed, in a fresh process per corpus so that peak memory (maximum
resident set size) belongs to that corpus alone. The floor is NLTK's
``RegexpTokenizer`` with the package's own word pattern, run per paragraph
over the same files (NLTK 3.10 guards every regex match with a 5-second
timeout, so one concatenated corpus string would raise ``TimeoutError``).

Example
-------
>>> import tempfile
>>> with tempfile.TemporaryDirectory() as d:
...     files = synthesise(3, Path(d))
...     len(load_corpus(d).articles)
3
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from analysis.corpus import SEEDS_DIR, load_corpus, read_article
from analysis.text import replace_marked

__all__ = ["synthesise", "run_pipeline", "run_floor", "main"]

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
README = ROOT / "README.md"
SIZES = (100, 1_000, 10_000)
# The targets of issue #7, checked and reported by the summary.
TARGETS = {
    "cold_build_ratio": 1.3,
    # Issue #14's bound, after the first target proved out of reach.
    "cold_build_ratio_bound": 1.5,
    "cached_rebuild_s": 10.0,
    "seconds_10k": 60.0,
    "peak_mb_10k": 2048.0,
    "floor_ratio": 0.3,
}
# The package's word pattern (analysis.text), so the floor tokenises alike.
WORD_PATTERN = r"\w+(?:[-'/.]\w+)*"


# --------------------------------------------------------------------------
# Synthetic corpora
# --------------------------------------------------------------------------


def _seed_parts(seeds: Path) -> tuple[list[dict], list[str]]:
    """Each seed's raw lines split into header, boilerplate and trailer, and
    the pool of body paragraphs (datelines excepted) from every seed."""
    templates, pool = [], []
    for path in sorted(seeds.glob("*.txt")):
        meta, rows = read_article(path)
        kinds = [r["kind"] for r in rows]
        first = kinds.index("body")
        last = len(kinds) - 1 - kinds[::-1].index("body")
        templates.append({
            "stem": path.stem.split("-")[0],
            "header": [r["raw"] for r in rows[: first + 1]],
            "clutter": [r["raw"] for r in rows[first + 1 : last] if r["kind"] == "boilerplate"],
            "trailer": [r["raw"] for r in rows[last + 1 :]],
        })
        pool += [r["raw"] for r in rows[first + 1 : last + 1] if r["kind"] == "body"]
    return templates, pool


def synthesise(n: int, folder: Path, seed: int = 2020, seeds: Path = SEEDS_DIR) -> list[Path]:
    """Write ``n`` articles into ``folder`` recombined from the seeds' paragraphs.

    Article ``i`` keeps the header (banner, headline, byline, dateline
    paragraph) and the trailing clutter of seed ``i mod k``, and takes 6 to
    16 body paragraphs drawn without replacement from the body paragraphs of
    all the seeds, in a random order, with that seed's "Baca juga" lines put
    back between them. The same ``n`` and ``seed`` always give the same files.
    Every body is distinct, so no file is refused as a duplicate.
    """
    templates, pool = _seed_parts(seeds)
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    written, seen = [], set()
    for i in range(n):
        t = templates[i % len(templates)]
        while True:
            body = rng.sample(pool, rng.randint(6, min(16, len(pool))))
            if tuple(body) not in seen:
                seen.add(tuple(body))
                break
        for line in t["clutter"]:
            body.insert(rng.randint(1, len(body)), line)
        path = folder / f"{t['stem']}-synthetic-{i:05d}.txt"
        path.write_text("\n\n".join(t["header"] + body + t["trailer"]) + "\n", encoding="utf-8")
        written.append(path)
    return written


# --------------------------------------------------------------------------
# The pipeline and the floor, each run in a child process
# --------------------------------------------------------------------------


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.glob("*.txt"))


def run_pipeline(folder: Path) -> dict:
    """Time each stage of the pipeline on every article in ``folder``."""
    from analysis import actors, ceasefire, framing

    stages = {}
    t = time.perf_counter()
    corpus = load_corpus(folder)
    stages["load"] = time.perf_counter() - t
    for name, fn in [
        ("mentions", actors.mentions),
        ("quotes", actors.quotes),
        ("frames", framing.code_frames),
        ("ceasefire_refs", ceasefire.references),
    ]:
        t = time.perf_counter()
        result = fn(corpus)
        stages[name] = time.perf_counter() - t
        stages[f"{name}_rows"] = len(result)
    seconds = sum(v for k, v in stages.items() if not k.endswith("_rows"))
    return {
        "articles": len(corpus.articles),
        "bytes": _folder_bytes(folder),
        "seconds": seconds,
        "stages": stages,
        "peak_mb": _peak_mb(),
    }


def run_floor(folder: Path) -> dict:
    """Read every file and tokenise it paragraph by paragraph, nothing else."""
    from nltk.tokenize import RegexpTokenizer

    tokenizer = RegexpTokenizer(WORD_PATTERN)
    t = time.perf_counter()
    n_files = n_tokens = 0
    for path in sorted(folder.glob("*.txt")):
        for paragraph in path.read_text(encoding="utf-8").split("\n"):
            if paragraph.strip():
                n_tokens += len(tokenizer.tokenize(paragraph))
        n_files += 1
    seconds = time.perf_counter() - t
    return {"articles": n_files, "tokens": n_tokens, "bytes": _folder_bytes(folder),
            "seconds": seconds, "peak_mb": _peak_mb()}


def _child(kind: str, folder: Path) -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "analysis.bench", "--child", kind, "--folder", str(folder)],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench_corpora(sizes, workdir: Path) -> list[dict]:
    rows = []
    for n in sizes:
        folder = workdir / f"corpus-{n}"
        synthesise(n, folder)
        floor = _child("floor", folder)
        pipe = _child("pipeline", folder)
        mb = pipe["bytes"] / 1e6
        rows.append({
            "articles": n,
            "mb": mb,
            "seconds": pipe["seconds"],
            "articles_per_s": n / pipe["seconds"],
            "mb_per_s": mb / pipe["seconds"],
            "peak_mb": pipe["peak_mb"],
            "stages": pipe["stages"],
            "floor_seconds": floor["seconds"],
            "floor_articles_per_s": n / floor["seconds"],
            "floor_ratio": floor["seconds"] / pipe["seconds"],
        })
        print(f"bench: {n:>6} articles  {pipe['seconds']:7.2f} s  "
              f"{n / pipe['seconds']:7.1f} art/s  peak {pipe['peak_mb']:6.0f} MB  "
              f"floor {floor['seconds']:.2f} s", flush=True)
        shutil.rmtree(folder)
    return rows


# --------------------------------------------------------------------------
# Build times
# --------------------------------------------------------------------------


def _notebook_pages() -> list[str]:
    import yaml

    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    names = [toc["root"]] + [c["file"] for p in toc.get("parts", []) for c in p["chapters"]]
    return [n for n in names if "```{code-cell}" in (ROOT / "book" / f"{n}.md").read_text(encoding="utf-8")]


BARE_PAGE = """---
jupytext:
  text_representation:
    extension: .md
    format_name: myst
kernelspec:
  display_name: Python 3
  language: python
  name: python3
---

# Page {i}

```{{code-cell}} ipython3
import matplotlib.pyplot as plt
import pandas as pd

df = pd.DataFrame({{"x": range(10), "y": range(10)}})
fig, ax = plt.subplots(figsize=(4, 3))
ax.plot(df["x"], df["y"])
df.head()
```
"""


def _bare_book(folder: Path, n_pages: int) -> Path:
    """A Jupyter Book with ``n_pages`` notebook pages and the real book's execution config."""
    import yaml

    book = folder / "bare"
    book.mkdir(parents=True)
    real = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    # The book's execution settings, but always executing: the book's cold
    # build starts from an empty cache (named by its inputs), while the bare
    # book would share one cache across its builds and execute only once.
    execute = {**real["execute"], "execute_notebooks": "force"}
    config = {"title": "Bare", "execute": execute, "only_build_toc_files": True}
    (book / "_config.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    pages = [f"page{i}" for i in range(n_pages)]
    toc = {"format": "jb-book", "root": pages[0], "chapters": [{"file": p} for p in pages[1:]]}
    (book / "_toc.yml").write_text(yaml.safe_dump(toc), encoding="utf-8")
    for i, p in enumerate(pages):
        (book / f"{p}.md").write_text(BARE_PAGE.format(i=i), encoding="utf-8")
    return book


def _time_build(source: Path, out: Path, cwd: Path) -> float:
    jb = Path(sys.executable).with_name("jupyter-book")
    t = time.perf_counter()
    subprocess.run([str(jb), "build", str(source), "--path-output", str(out)],
                   cwd=cwd, check=True, capture_output=True, text=True)
    return time.perf_counter() - t


def _execution_seconds(out: Path) -> dict[str, float]:
    """Seconds MyST-NB spent executing each notebook page of a build."""
    import pickle

    with open(out / "_build" / ".doctrees" / "environment.pickle", "rb") as f:
        env = pickle.load(f)
    data = getattr(env, "nb_metadata", {})
    return {doc: round(meta["exec_data"]["runtime"], 2)
            for doc, meta in sorted(data.items()) if meta.get("exec_data")}


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def bench_builds(workdir: Path, repeat: int = 3) -> dict:
    """Cold builds of the bare book and of the book, ``repeat`` times each,
    alternating, so that a slow moment of the machine falls on both alike;
    the ratio is of the medians."""
    pages = _notebook_pages()
    bare = _bare_book(workdir, len(pages))
    # Warm the OS file cache and Python's bytecode once, so neither book pays it alone.
    _time_build(bare, workdir / "warm", bare)
    bare_runs, cold_runs = [], []
    for i in range(repeat):
        bare_runs.append(_time_build(bare, workdir / f"bare-out-{i}", bare))
        cold_runs.append(_time_build(ROOT / "book", workdir / f"book-out-{i}", ROOT))
    bare_exec = _execution_seconds(workdir / "bare-out-0")
    if len(bare_exec) != len(pages):
        raise RuntimeError(f"the bare book executed {len(bare_exec)} of its {len(pages)} notebook pages")
    book_exec = _execution_seconds(workdir / "book-out-0")
    cached_s = _time_build(ROOT / "book", workdir / "book-out-0", ROOT)
    bare_s, cold_s = _median(bare_runs), _median(cold_runs)
    print(f"bench: cold build {cold_s:.1f} s, bare book {bare_s:.1f} s (medians of {repeat}), "
          f"cached rebuild {cached_s:.1f} s", flush=True)
    return {"notebook_pages": len(pages), "repeat": repeat, "cold_s": cold_s, "bare_s": bare_s,
            "cold_runs_s": [round(x, 2) for x in cold_runs], "bare_runs_s": [round(x, 2) for x in bare_runs],
            "cold_ratio": cold_s / bare_s, "cached_s": cached_s,
            "book_execution_s": book_exec, "bare_execution_s": bare_exec}


# --------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------


def _mark(ok: bool) -> str:
    return "met" if ok else "**missed**"


def summary(results: dict) -> str:
    """The Markdown summary that goes into bench/results/latest.md and the README."""
    m = results["machine"]
    lines = [
        f"Measured {results['date']} at commit `{results['commit']}` on {m['cpus']} CPUs, "
        f"Python {m['python']}, by `python -m analysis.bench`.",
        "",
    ]
    b = results.get("builds")
    if b:
        lines += [
            "| Build | Seconds | Target | |",
            "|---|---:|---|---|",
            f"| Cold HTML build of the book ({b['notebook_pages']} notebook pages), median of "
            f"{b.get('repeat', 1)} | {b['cold_s']:.1f} | | |",
            f"| Bare book, same pages, pandas + matplotlib only, median of {b.get('repeat', 1)} "
            f"| {b['bare_s']:.1f} | | |",
            f"| Ratio book / bare | {b['cold_ratio']:.2f}× | ≤ {TARGETS['cold_build_ratio_bound']}× (#14) "
            f"| {_mark(b['cold_ratio'] <= TARGETS['cold_build_ratio_bound'])} |",
            f"| | | ≤ {TARGETS['cold_build_ratio']}× (#7) "
            f"| {_mark(b['cold_ratio'] <= TARGETS['cold_build_ratio'])} |",
            f"| Rebuild, nothing changed | {b['cached_s']:.1f} | < {TARGETS['cached_rebuild_s']:.0f} s "
            f"| {_mark(b['cached_s'] < TARGETS['cached_rebuild_s'])} |",
            "",
            "Every cold build, in seconds: book "
            + ", ".join(f"{x:.1f}" for x in b.get("cold_runs_s", [b["cold_s"]]))
            + "; bare " + ", ".join(f"{x:.1f}" for x in b.get("bare_runs_s", [b["bare_s"]])) + ".",
            "",
            "Seconds executing each notebook page (kernel start included): book "
            + ", ".join(f"{k} {v:.1f}" for k, v in b["book_execution_s"].items())
            + f"; bare pages {min(b['bare_execution_s'].values()):.1f}–{max(b['bare_execution_s'].values()):.1f}.",
            "",
        ]
    rows = results.get("corpora", [])
    if rows:
        lines += [
            "| Articles | MB | Seconds | Articles/s | MB/s | Peak MB | Floor s | Throughput / floor |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for r in rows:
            lines.append(
                f"| {r['articles']:,} | {r['mb']:.1f} | {r['seconds']:.2f} | {r['articles_per_s']:.0f} "
                f"| {r['mb_per_s']:.2f} | {r['peak_mb']:.0f} | {r['floor_seconds']:.2f} | {r['floor_ratio']:.2f}× |"
            )
        big = max(rows, key=lambda r: r["articles"])
        per_article = [r["seconds"] / r["articles"] * 1000 for r in rows]
        lines += [
            "",
            "Seconds per stage at the largest size: "
            + ", ".join(f"{k} {v:.2f}" for k, v in big["stages"].items() if not k.endswith("_rows"))
            + ".",
            "",
            "| Target | Measured | |",
            "|---|---|---|",
        ]
        if big["articles"] >= 10_000:
            lines += [
                f"| 10,000 articles in ≤ {TARGETS['seconds_10k']:.0f} s | {big['seconds']:.1f} s "
                f"| {_mark(big['seconds'] <= TARGETS['seconds_10k'])} |",
                f"| 10,000 articles in ≤ 2 GB | {big['peak_mb']:.0f} MB "
                f"| {_mark(big['peak_mb'] <= TARGETS['peak_mb_10k'])} |",
            ]
        spread = max(per_article) / min(per_article)
        lines += [
            f"| Linear cost: ms per article across sizes | "
            f"{' / '.join(f'{p:.2f}' for p in per_article)} (max/min {spread:.2f}) "
            f"| {_mark(spread <= 1.5)} |",
            f"| Throughput ≥ {TARGETS['floor_ratio']}× the tokenisation floor | "
            f"{min(r['floor_ratio'] for r in rows):.2f}× at worst "
            f"| {_mark(min(r['floor_ratio'] for r in rows) >= TARGETS['floor_ratio'])} |",
        ]
    return "\n".join(lines) + "\n"


def _update_readme(text: str) -> None:
    README.write_text(replace_marked(README.read_text(encoding="utf-8"), "bench", text), encoding="utf-8")


def _commit() -> str:
    out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                           capture_output=True, text=True).stdout.strip()
    return (out.stdout.strip() or "unknown") + ("+dirty" if dirty else "")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.bench", description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--skip-build", action="store_true", help="skip the book build timings")
    parser.add_argument("--no-readme", action="store_true", help="do not update README.md")
    parser.add_argument("--child", choices=["pipeline", "floor"], help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        fn = run_pipeline if args.child == "pipeline" else run_floor
        print(json.dumps(fn(args.folder)))
        return 0

    results = {
        "date": dt.date.today().isoformat(),
        "commit": _commit(),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "platform": platform.platform()},
        "targets": TARGETS,
    }
    with tempfile.TemporaryDirectory(prefix="nk-bench-") as tmp:
        work = Path(tmp)
        results["corpora"] = bench_corpora(sorted(args.sizes), work)
        if not args.skip_build:
            results["builds"] = bench_builds(work)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    text = summary(results)
    (RESULTS / "latest.md").write_text(text, encoding="utf-8")
    if not args.no_readme:
        _update_readme(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
