"""How well ``find_quotes`` works on news nobody here wrote: PFSA-ID.

PFSA-ID (Purnomo W.P., Kumar & Zulkarnain 2022) is a public corpus of Kompas
print-edition articles (2020-2022, domestic news) hand-annotated for direct
quotations of public figures and their speakers.  Its development file
``dev-40.txt`` and the reference scorer ``score.py`` sit in
``../shared/pfsa-id/`` beside the project; the project keeps none of the
data.  The scorer rebuilds each article as plain text, derives the gold
quotations and speakers, and scores any function ``text -> [{start, end,
speaker}]``.

``pfsa_system`` is that function for this project: ``find_quotes``'s direct
and mixed quotations whose speaker is not an ordinary person (PFSA-ID
annotates only public figures' direct quotations; see its README), with the
speaker exactly as the book shows it.  ``evaluate`` runs it and the
scorer's ten-line regex baseline on the same file, in the same process, and
``write_results`` keeps the figures in ``data/evaluation/`` for the book
(``results``) and ``update_readme`` puts them in the README.  ``make evaluate`` does both; a test recomputes the figures
whenever PFSA-ID is present, so the committed file cannot go stale.

Example
-------
>>> q = pfsa_system('"Kami siap," kata Menteri Kesehatan Budi Santoso.')
>>> q == [{"start": 1, "end": 11, "speaker": "Budi Santoso"}]
True
"""

from __future__ import annotations

import importlib.util
import json
import os
import platform
import sys
import time
from functools import lru_cache
from pathlib import Path

from analysis.quotes import find_quotes
from analysis.text import replace_marked

ROOT = Path(__file__).resolve().parent.parent
PFSA_DIR = Path(os.environ.get("PFSA_ID_DIR", ROOT.parent / "shared" / "pfsa-id"))
PFSA_FILE = "dev-40.txt"
RESULTS_FILE = Path(__file__).resolve().parent / "data" / "evaluation" / "pfsa-id-dev-40.json"

__all__ = ["pfsa_system", "available", "scorer", "evaluate", "write_results", "results", "headline_figures", "table",
           "PFSA_DIR", "RESULTS_FILE"]

#: What the figures mean, for the book and the README.
CITATION = ("Purnomo W.P., Y. S., Kumar, Y. J., & Zulkarnain, N. Z. (2022). PFSA-ID: an annotated Indonesian "
            "corpus and baseline model of public figures statements attributions. Global Knowledge, Memory and "
            "Communication. doi:10.1108/GKMC-04-2022-0091")


def pfsa_system(text: str) -> list[dict]:
    """``find_quotes`` as the PFSA-ID scorer calls a system: the direct and
    mixed quotations of anyone but an ordinary person, each with the speaker
    the book shows (``speaker``, the fullest name the article gives)."""
    q = find_quotes(text)
    q = q[q["kind"].isin(["direct", "mixed"]) & (q["speaker_type"] != "ordinary person")]
    return [{"start": int(s), "end": int(e), "speaker": sp if isinstance(sp, str) else ""}
            for s, e, sp in zip(q["start"], q["end"], q["speaker"])]


def available(directory: Path = PFSA_DIR) -> bool:
    """Are PFSA-ID's development file and scorer there?"""
    return (directory / PFSA_FILE).is_file() and (directory / "score.py").is_file()


@lru_cache(maxsize=2)
def scorer(directory: Path = PFSA_DIR):
    """The reference scorer, ``score.py``, imported from PFSA-ID's folder."""
    path = directory / "score.py"
    spec = importlib.util.spec_from_file_location("pfsa_score", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module     # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


def _timed(score, docs, system) -> tuple[dict, float]:
    start = time.perf_counter()
    predictions = score.run_system(docs, system)
    seconds = time.perf_counter() - start
    return score.score(docs, predictions), seconds


def _figures(res: dict, n_docs: int, seconds: float) -> dict:
    c = res["counts"]
    return {
        "quote_strict": dict(zip(("precision", "recall", "f1"), (round(x, 4) for x in res["strict"]))),
        "quote_lenient": dict(zip(("precision", "recall", "f1"), (round(x, 4) for x in res["lenient"]))),
        "speaker_accuracy": round(res["speaker_acc"], 4),
        "attribution": dict(zip(("precision", "recall", "f1"), (round(x, 4) for x in res["attribution"]))),
        "predicted": c.get("pred", 0),
        "matched": c.get("lenient_tp", 0),
        "speaker_correct": c.get("speaker_ok", 0),
        "seconds": round(seconds, 2),
        "articles_per_second": round(n_docs / seconds) if seconds else None,
    }


def evaluate(directory: Path = PFSA_DIR) -> dict:
    """Score ``pfsa_system`` and the scorer's regex baseline on dev-40.

    The lexicon and the stemmer are loaded before the clock starts; the
    timed pass is one pass over every article, as a user would run it.
    """
    score = scorer(directory)
    docs = score.read_pfsa(str(directory / PFSA_FILE))
    find_quotes("")   # load the word lists and the stemmer outside the timing
    ours, seconds = _timed(score, docs, pfsa_system)
    naive, naive_seconds = _timed(score, docs, score.naive)
    return {
        "corpus": f"PFSA-ID {PFSA_FILE}",
        "domain": "Kompas print edition, 2020-2022, domestic news (politics and law, economy, metro, regions)",
        "citation": CITATION,
        "articles": len(docs),
        "gold_quotations": sum(len(d.gold) for d in docs),
        "system": _figures(ours, len(docs), seconds),
        "baseline": _figures(naive, len(docs), naive_seconds),
        "reference_line": score.format_result(ours).splitlines()[-1],
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
    }


def write_results(figures: dict, path: Path = RESULTS_FILE) -> Path:
    """Keep the figures where the book and the tests read them."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def results(path: Path = RESULTS_FILE) -> dict:
    """The committed figures (``make evaluate`` writes them)."""
    return json.loads(path.read_text(encoding="utf-8"))


def headline_figures(figures: dict) -> dict[str, str]:
    """The figures the book quotes, formatted for prose.

    >>> f = headline_figures(results())
    >>> sorted(f)
    ['articles', 'baseline_f1', 'f1', 'gold', 'precision', 'recall', 'speaker', 'speed']
    """
    s, b = figures["system"], figures["baseline"]
    return {
        "articles": f"{figures['articles']:,}",
        "gold": f"{figures['gold_quotations']:,}",
        "recall": f"{s['quote_lenient']['recall']:.0%}",
        "precision": f"{s['quote_lenient']['precision']:.0%}",
        "speaker": f"{s['speaker_accuracy']:.0%}",
        "f1": f"{s['attribution']['f1']:.2f}",
        "speed": f"{s['articles_per_second']:,}",
        "baseline_f1": f"{b['attribution']['f1']:.2f}",
    }


def table(figures: dict):
    """Every figure, the reader beside the baseline, one measure a row."""
    import pandas as pd

    rows = []
    for label, key, part in (
        ("Quotations found, strict match: precision", "quote_strict", "precision"),
        ("Quotations found, strict match: recall", "quote_strict", "recall"),
        ("Quotations found, lenient match: precision", "quote_lenient", "precision"),
        ("Quotations found, lenient match: recall", "quote_lenient", "recall"),
        ("Quotations found, lenient match: F1", "quote_lenient", "f1"),
        ("Speaker accuracy on the quotations found", "speaker_accuracy", None),
        ("Attribution (quotation and speaker): F1", "attribution", "f1"),
    ):
        got = [f[key][part] if part else f[key] for f in (figures["system"], figures["baseline"])]
        rows.append([label] + [f"{x:.3f}" for x in got])
    rows.append(["Articles per second"] + [f"{f['articles_per_second']:,}" for f in (figures["system"],
                                                                                     figures["baseline"])])
    return pd.DataFrame(rows, columns=["Measure", "find_quotes", "Regex baseline"])


README = ROOT / "README.md"


def markdown(figures: dict) -> str:
    """The README's summary of the figures."""
    t = table(figures)
    lines = ["| " + " | ".join(t.columns) + " |", "|---|---:|---:|"]
    lines += ["| " + " | ".join(str(v) for v in row) + " |" for row in t.itertuples(index=False)]
    return (f"{figures['corpus']}: {figures['articles']} articles, {figures['gold_quotations']:,} gold quotations; "
            f"{figures['domain']}. Measured on {figures['machine']}.\n\n" + "\n".join(lines) + "\n")


def update_readme(figures: dict, readme: Path = README) -> None:
    """Rewrite the README's evaluation section between its markers."""
    readme.write_text(replace_marked(readme.read_text(encoding="utf-8"), "evaluation", markdown(figures)),
                      encoding="utf-8")


def main() -> int:
    if not available():
        raise SystemExit(f"PFSA-ID is not at {PFSA_DIR}: put ../shared/pfsa-id beside the project "
                         "or set PFSA_ID_DIR")
    figures = evaluate()
    path = write_results(figures)
    update_readme(figures)
    s, b = figures["system"], figures["baseline"]
    print(f"PFSA-ID {PFSA_FILE}: {figures['articles']} articles, {figures['gold_quotations']} gold quotations")
    for name, f in (("find_quotes", s), ("regex baseline", b)):
        print(f"  {name:15s} lenient P {f['quote_lenient']['precision']:.3f} R {f['quote_lenient']['recall']:.3f}"
              f" | speaker acc {f['speaker_accuracy']:.3f} | attribution F1 {f['attribution']['f1']:.3f}"
              f" | {f['articles_per_second']} articles/s")
    print(figures["reference_line"])
    print(f"wrote {path.relative_to(ROOT)} and the README's evaluation section")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
