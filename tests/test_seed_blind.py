"""The package is seed-blind: no lexicon entry, alias, cue or rule in
``analysis/`` restates the seed articles.

Every phrase of two or more words in the package's data files that also
occurs in a seed must be on ``tests/data/seed_phrases_allowed.csv`` with a
reason (a proper name, an office, a standard term for the topic, a site's
interface label).  The seeds' typos must occur nowhere in the package.
"""

import csv
import re
from pathlib import Path

import pytest

from analysis.corpus import SEEDS_DIR

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "analysis" / "data"
ALLOWED = Path(__file__).resolve().parent / "data" / "seed_phrases_allowed.csv"
# Misspellings in the seeds, read by hand: mengataan (mengatakan), terkahir
# (terakhir), dilegasi (delegasi), pegawas (pengawas).
SEED_TYPOS = ["mengataan", "terkahir", "dilegasi", "pegawas"]
_REGEX_SYNTAX = re.compile(r"[\\\[\]{}?*+^$]")


def _seed_text() -> str:
    return " ".join(re.sub(r"\s+", " ", p.read_text(encoding="utf-8")).lower() for p in sorted(SEEDS_DIR.glob("*.txt")))


def _data_files():
    return [p for p in sorted(DATA.rglob("*"))
            if p.suffix in (".csv", ".tsv", ".txt", ".yaml") and "evaluation" not in p.relative_to(DATA).parts]


def _phrases(text: str):
    for cell in re.split(r"[\t,\n|;():]", text):
        cell = cell.strip().strip('"').strip()
        if cell and not cell.startswith("#") and len(re.findall(r"\w+", cell)) >= 2 and not _REGEX_SYNTAX.search(cell):
            yield cell


def seed_phrases_in(text: str, seeds: str) -> set[str]:
    return {c for c in _phrases(text) if re.search(r"(?<!\w)" + re.escape(c.lower()) + r"(?!\w)", seeds)}


def test_the_scan_finds_a_planted_seed_phrase():
    seeds = _seed_text()
    assert seed_phrases_in("word,class\nkesepakatan terkahir itu,agreement\n", seeds) == {"kesepakatan terkahir itu"}
    assert seed_phrases_in("a|b kata|tidak ada di sana", seeds) == set()


@pytest.mark.parametrize("path", _data_files(), ids=lambda p: str(p.relative_to(DATA)))
def test_no_data_file_restates_the_seeds(path):
    with ALLOWED.open(encoding="utf-8", newline="") as fh:
        allowed = {r["phrase"] for r in csv.DictReader(fh)}
    found = seed_phrases_in(path.read_text(encoding="utf-8"), _seed_text()) - allowed
    assert not found, f"{path.name} holds phrases of the seed articles: {sorted(found)}"


def test_no_seed_typo_in_the_package():
    files = [p for p in (ROOT / "analysis").rglob("*") if p.is_file() and p.suffix in (".py", ".csv", ".tsv",
                                                                                    ".txt", ".yaml", ".md")]
    hits = [(p.name, t) for p in files for t in SEED_TYPOS
            if re.search(rf"\b{t}\b", p.read_text(encoding="utf-8"), re.I) and "evaluation" not in p.parts]
    assert not hits
