"""Execute the pages to be read in parallel, into MyST-NB's execution cache.

MyST-NB executes a notebook page when Sphinx reads it, one page after
another, each in its own kernel. On a machine with several cores most of a
cold build is then spent waiting for one kernel at a time. With
``execute_notebooks: cache``, MyST-NB takes a page's outputs from its
jupyter-cache when one matches the page's code; so this extension, just
before Sphinx reads the pages (``env-before-read-docs``), adds every
notebook page about to be read to that cache's project and executes them
with jupyter-cache's documented ``local-parallel`` executor, one process
per core. MyST-NB then finds each page in the cache.

Nothing else changes: pages run in their own folder as MyST-NB runs them,
with the same timeout, and the cache is the one ``inputs_watch.py`` names
after the inputs. A page that fails here is left out of the cache, so
MyST-NB executes it again and reports the error exactly as it would have.
Pages already in the cache are not executed again.
"""

from __future__ import annotations

import os
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.util import logging

logger = logging.getLogger(__name__)

# The jupyter-cache reader that reads MyST Markdown notebooks as MyST-NB does.
READ_DATA = {"type": "plugin", "name": "myst_nb_md"}


def _is_notebook(path: Path) -> bool:
    return path.suffix == ".md" and "```{code-cell}" in path.read_text(encoding="utf-8")


def _execute(app: Sphinx, env, docnames: list[str]) -> None:
    config = app.config
    if config.nb_execution_mode != "cache" or not config.nb_execution_cache_path or not docnames:
        return
    paths = [Path(env.doc2path(d)) for d in sorted(docnames)]
    paths = [p for p in paths if p.is_file() and _is_notebook(p)]
    if len(paths) < 2 or (os.cpu_count() or 1) < 2:
        return  # nothing to gain over MyST-NB's own execution
    from jupyter_cache import get_cache
    from jupyter_cache.executors import load_executor

    cache = get_cache(config.nb_execution_cache_path)
    uris = [str(cache.add_nb_to_project(str(p), read_data=READ_DATA).uri) for p in paths]
    to_run = cache.list_unexecuted(filter_uris=uris)
    if len(to_run) < 2:
        return  # cached already, or one page: MyST-NB runs it as it reads it
    uris = [r.uri for r in to_run]
    logger.info("parallel_execute: executing %d pages on %d processes", len(uris), os.cpu_count())
    result = load_executor("local-parallel", cache=cache).run_and_cache(
        filter_uris=uris, timeout=config.nb_execution_timeout, allow_errors=config.nb_execution_allow_errors)
    failed = result.excepted + result.errored
    if failed:
        logger.info("parallel_execute: %d page(s) failed and will run again as they are read: %s",
                    len(failed), ", ".join(Path(u).name for u in failed))


def setup(app: Sphinx) -> dict:
    app.connect("env-before-read-docs", _execute)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
