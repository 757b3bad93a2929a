"""The seeds are the scraped pages, byte-identical and never edited."""

import hashlib
from pathlib import Path

import pytest

from analysis.corpus import SEEDS_DIR

EXPECTED = {
    "kompas-2020-11-13.txt": "947f030c733435054df8617980496f2a6279297a019463ddb56a8a3367bd8d9f",
    "inews-2020-11-20.txt": "1a7cb170f67768a1cdc9e8c598801448352f49681e062745c9152cab5531d1e7",
}
SHARED = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.mark.parametrize("name,digest", sorted(EXPECTED.items()))
def test_seed_checksum(name, digest):
    assert hashlib.sha256((SEEDS_DIR / name).read_bytes()).hexdigest() == digest


def test_seeds_match_shared_copy_when_present():
    if not SHARED.is_dir():
        pytest.skip("no ../shared/seeds beside this clone")
    shared = {hashlib.sha256(p.read_bytes()).hexdigest() for p in SHARED.glob("*.txt")}
    assert set(EXPECTED.values()) <= shared
