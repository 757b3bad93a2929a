"""Rebuild every page when the articles or the analysis code change.

Sphinx decides what to rebuild from the page sources alone. The chapters here
are thin: their numbers come from ``seeds/`` (or the folder named by
``NK_SEEDS_DIR``) through the ``analysis`` package, so adding an article or
fixing a rule changes every page while no page source changes. Without this
extension a second ``jupyter-book build book/`` would serve the old numbers.

It hashes the contents of the folders named in ``watch_inputs`` (paths
relative to ``book/``; ``$VARS`` are expanded and unset ones skipped) and,
when the hash differs from the last build that *finished*, marks every page
outdated.  The hash is written to the output folder only when a build
finishes without error, so a build that was interrupted (after reading some
pages with new inputs but before writing them all) is redone in full next
time instead of leaving old pages beside new ones.  When nothing changed, a
rebuild stays a no-op.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.util import logging

logger = logging.getLogger(__name__)

_SKIP_PARTS = {"__pycache__", ".ipynb_checkpoints"}


def _folders(app: Sphinx) -> list[Path]:
    folders = []
    for item in app.config.watch_inputs:
        expanded = os.path.expandvars(item)
        if not expanded or "$" in expanded:
            continue  # an unset variable
        folders.append((Path(app.srcdir) / expanded).resolve())
    return folders


def inputs_digest(folders: list[Path]) -> str:
    """One hash over every file's path and bytes under ``folders``, in sorted order."""
    h = hashlib.sha256()
    for folder in folders:
        h.update(str(folder).encode())
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not _SKIP_PARTS & set(path.parts) and path.suffix != ".pyc":
                h.update(path.relative_to(folder).as_posix().encode())
                h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


_STAMP = ".inputs_digest"


def _stamp(app: Sphinx) -> Path:
    return Path(app.outdir) / _STAMP


def _outdated(app: Sphinx, env, added, changed, removed) -> list[str]:
    digest = inputs_digest(_folders(app))
    app.inputs_digest = digest
    stamp = _stamp(app)
    before = stamp.read_text(encoding="utf-8").strip() if stamp.is_file() else None
    if before == digest:
        return []
    if before is not None or env.found_docs - set(added):
        logger.info("inputs_watch: articles or analysis code changed since the last finished build; "
                    "rebuilding every page")
    return sorted(env.found_docs - set(added) - set(removed))


def _finished(app: Sphinx, exception) -> None:
    digest = getattr(app, "inputs_digest", None)
    if exception is None and digest is not None:
        _stamp(app).write_text(digest + "\n", encoding="utf-8")


def setup(app: Sphinx) -> dict:
    app.add_config_value("watch_inputs", [], "env")
    app.connect("env-get-outdated", _outdated)
    app.connect("build-finished", _finished)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
