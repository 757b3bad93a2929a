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

The same hash, together with the Python version and every installed
package's version, names MyST-NB's execution cache (``execute_notebooks:
cache``): outputs are kept in ``_build/.jupyter_cache/<hash>/`` and reused
only while the code, the articles, the coding sheets and the packages are
exactly those they were computed from; caches for other inputs are deleted.
So ``make site`` executes each page once, for the PDF, and the HTML build
reuses those outputs, while a change to ``analysis/`` or ``seeds/`` still
re-executes every page. A cache folder set in ``_config.yml``
(``execute.cache``) is left as it is.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import shutil
import sys
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


def _packages() -> str:
    """The Python version and every installed distribution with its version."""
    dists = sorted(f"{d.metadata.get('Name') or '?'}=={d.version}" for d in importlib.metadata.distributions())
    return "\n".join([sys.version, *dists])


def inputs_digest(folders: list[Path]) -> str:
    """One hash over every file's path and bytes under ``folders``, in sorted
    order, and the installed packages."""
    h = hashlib.sha256(_packages().encode())
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


def _digest(app: Sphinx) -> str:
    if getattr(app, "inputs_digest", None) is None:
        app.inputs_digest = inputs_digest(_folders(app))
    return app.inputs_digest


def _cache_per_inputs(app: Sphinx, config) -> None:
    """Point MyST-NB's execution cache at a folder named by the inputs' hash."""
    if config.nb_execution_mode != "cache" or config.nb_execution_cache_path:
        return
    root = Path(app.outdir).parent / ".jupyter_cache"
    current = root / _digest(app)[:16]
    if root.is_dir():
        for old in root.iterdir():
            if old != current:
                shutil.rmtree(old) if old.is_dir() else old.unlink()
    config.nb_execution_cache_path = str(current)


def _outdated(app: Sphinx, env, added, changed, removed) -> list[str]:
    digest = _digest(app)
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
    app.connect("config-inited", _cache_per_inputs)
    app.connect("env-get-outdated", _outdated)
    app.connect("build-finished", _finished)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
