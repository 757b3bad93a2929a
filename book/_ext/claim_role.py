"""The ``{claim}`` role: marks an interpretive sentence with the claim that checks it.

Write ``{claim}`minsk-described``` after a sentence; the role prints a small
superscript "C7" (the claim's number in ``claims_file``), and the appendix
lists claim C7 with its evidence and its check.  The check itself runs in
the chapter's code (``analysis.claims.verify``), so a claim that stops
holding fails the build; this role only ties the sentence to it.

A role naming an unknown claim, or a claim filed under another chapter, is
a warning, so the strict build fails on it.  The file is read with the
standard library's YAML-free parser below only as far as ``- id:`` and
``chapter:`` lines, which keeps this extension free of the analysis package.
Edits to the claim file trigger a full rebuild through ``watch_inputs``.
"""

from __future__ import annotations

import re
from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util import logging
from sphinx.util.docutils import SphinxRole

logger = logging.getLogger(__name__)
_ID = re.compile(r"^- id:\s*(\S+)\s*$")
_CHAPTER = re.compile(r"^\s+chapter:\s*(\S+)\s*$")


def read_index(path: Path) -> dict[str, tuple[int, str]]:
    """claim id -> (number, chapter), from the claim file's ``- id:`` and ``chapter:`` lines."""
    out: dict[str, tuple[int, str]] = {}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if m := _ID.match(line):
            current = m.group(1)
            out[current] = (len(out) + 1, "")
        elif (m := _CHAPTER.match(line)) and current:
            out[current] = (out[current][0], m.group(1))
    return out


class ClaimRole(SphinxRole):
    def run(self):
        index = self.env.app._claim_index
        claim = self.text.strip()
        where = self.get_location()
        if claim not in index:
            logger.warning("unknown claim %r (not in %s)", claim, self.config.claims_file, location=where)
            return [nodes.superscript(text="C?")], []
        number, chapter = index[claim]
        if chapter and chapter != self.env.docname:
            logger.warning("claim %r is filed under chapter %r, not %r", claim, chapter, self.env.docname,
                           location=where)
        node = nodes.superscript(text=f"C{number}", classes=["claim-mark"])
        return [node], []


def _load(app: Sphinx) -> None:
    path = Path(app.srcdir) / app.config.claims_file
    app._claim_index = read_index(path) if path.is_file() else {}


def setup(app: Sphinx) -> dict:
    app.add_config_value("claims_file", "coding/claims.yaml", "env")
    app.add_role("claim", ClaimRole())
    app.connect("builder-inited", _load)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
