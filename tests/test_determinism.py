"""The same input gives the same output in every process.

Python salts ``str`` hashes per process (PYTHONHASHSEED), so anything that
iterates over a ``set`` or a ``dict`` built from one can change order between
processes while staying the same within one. These tests therefore compute
in separate processes with different hash seeds and compare the results
byte for byte. The book builds are compared in ``test_build.py``.
"""

import os
import subprocess
import sys
import textwrap

import pytest

from test_build import ROOT

# Every evidence table, the frame coder's full output (cue lists included),
# keyness, the co-occurrence and agency tables and the synthesis table, as CSV.
DUMP = textwrap.dedent("""
    import sys
    from analysis import actors, ceasefire, framing, load_corpus, study, synthesis
    c = load_corpus()
    tables = study.evidence(c, "book/coding")
    tables["frames_measured"] = framing.code_frames(c)
    tables["keyness"] = framing.keyness(c, "Kompas.com", "iNews.id")
    tables["cooccurrence"] = actors.cooccurrence(c)
    tables["agency"] = actors.agency_matrix(c)
    tables["portraits"] = actors.portraits(c)
    tables["collocates"] = ceasefire.collocates(c)
    tables["kwic"] = ceasefire.kwic(c)
    tables["synthesis"] = synthesis.comparison_table(c, tables, study.questions("book/coding"))
    for name in sorted(tables):
        sys.stdout.write(f"== {name}\\n" + tables[name].to_csv())
""")


def dump(hash_seed):
    env = {**os.environ, "PYTHONHASHSEED": str(hash_seed)}
    result = subprocess.run([sys.executable, "-c", DUMP], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def test_analysis_tables_are_identical_across_hash_seeds():
    first, second = dump(0), dump(4242)
    assert first.count("== ") >= 15
    # Compare table by table, so a failure names the table that moved.
    a = dict(part.split("\n", 1) for part in first.split("== ")[1:])
    b = dict(part.split("\n", 1) for part in second.split("== ")[1:])
    assert a.keys() == b.keys()
    for name in a:
        assert a[name] == b[name], f"table {name!r} differs between PYTHONHASHSEED=0 and 4242"


def test_the_dump_itself_would_see_a_set_ordering():
    # The comparison above can only fail if hash seeds reach the child
    # processes: a set of strings printed in two of them comes out in
    # different orders for these two seeds.
    code = "print(list({'kata', 'ujar', 'menurut', 'oleh', 'tutur', 'ungkap', 'jelas', 'sebut'}))"
    out = [subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONHASHSEED": s},
                          capture_output=True, text=True).stdout for s in ("0", "4242")]
    assert out[0] != out[1]
