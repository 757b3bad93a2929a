"""The PFSA-ID evaluation: what it scores, and that its committed figures are fresh.

The figures in ``analysis/data/evaluation/pfsa-id-dev-40.json`` are what the
book quotes.  When PFSA-ID is beside the project (CI has it), they are
recomputed here and must match, and they must agree with the reference
scorer's own command line.  Without PFSA-ID these tests skip.
"""

import re
import subprocess
import sys

import pytest

from analysis import evaluation

needs_pfsa = pytest.mark.skipif(not evaluation.available(), reason=f"PFSA-ID is not at {evaluation.PFSA_DIR}")

ACCURACY = ("quote_strict", "quote_lenient", "speaker_accuracy", "attribution", "predicted", "matched",
            "speaker_correct")


def test_the_system_gives_the_scorer_public_figures_direct_quotations_only():
    text = ('Menteri Perdagangan Laila Sari meninjau pasar.\n\n'
            '"Harga minyak goreng akan turun," kata Laila.\n\n'
            '"Saya belum merasakannya," kata Tuti (45), pedagang sayur.\n\n'
            'Laila menegaskan bahwa stok aman sampai akhir tahun.')
    got = evaluation.pfsa_system(text)
    assert got == [{"start": text.index("Harga"), "end": text.index(' kata Laila') - 1, "speaker": "Laila Sari"}]


def test_committed_figures_meet_the_targets_and_beat_the_baseline():
    r = evaluation.results()
    s, b = r["system"], r["baseline"]
    assert r["articles"] == 407 and r["gold_quotations"] == 1653
    assert s["quote_lenient"]["recall"] >= 0.97 and s["quote_lenient"]["precision"] >= 0.85
    assert s["speaker_accuracy"] >= 0.93 and s["attribution"]["f1"] >= 0.87
    assert s["articles_per_second"] >= 200
    assert s["attribution"]["f1"] > b["attribution"]["f1"] and s["speaker_accuracy"] > b["speaker_accuracy"]


@needs_pfsa
def test_committed_figures_are_fresh():
    fresh = evaluation.evaluate()
    committed = evaluation.results()
    for key in ACCURACY:
        assert fresh["system"][key] == committed["system"][key], (key, fresh["system"][key], committed["system"][key])
        assert fresh["baseline"][key] == committed["baseline"][key], key
    assert fresh["reference_line"] == committed["reference_line"]


@needs_pfsa
def test_figures_agree_with_the_reference_scorer_command_line():
    out = subprocess.run(
        [sys.executable, str(evaluation.PFSA_DIR / "score.py"), str(evaluation.PFSA_DIR / evaluation.PFSA_FILE),
         "--system", "analysis.evaluation:pfsa_system"],
        capture_output=True, text=True, check=True, cwd=evaluation.ROOT,
    ).stdout.strip().splitlines()[-1]
    committed = evaluation.results()
    assert out == committed["reference_line"]
    numbers = [float(x) for x in re.findall(r"\d\.\d{3}", out)]
    s = committed["system"]
    assert numbers == [round(s["quote_strict"]["f1"], 3), round(s["quote_lenient"]["f1"], 3),
                       round(s["speaker_accuracy"], 3), round(s["attribution"]["f1"], 3)]


def test_absent_corpus_is_reported_not_crashed(tmp_path):
    assert not evaluation.available(tmp_path)


def test_the_readme_shows_the_committed_figures():
    readme = evaluation.README.read_text(encoding="utf-8")
    assert evaluation.markdown(evaluation.results()) in readme
