"""Each chapter reruns top to bottom from a fresh kernel, from its own folder,
outside the book build (as `make lab` opens it)."""

from pathlib import Path

import jupytext
import pytest
from nbclient import NotebookClient

from test_build import ROOT, toc_files

CHAPTERS = [f for f in toc_files() if "```{code-cell}" in (ROOT / "book" / f"{f}.md").read_text(encoding="utf-8")]


@pytest.mark.build
@pytest.mark.parametrize("name", CHAPTERS)
def test_chapter_runs_as_a_notebook(name):
    path = ROOT / "book" / f"{name}.md"
    nb = jupytext.read(path)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert errors == []
    assert any(c.cell_type == "code" for c in nb.cells)
