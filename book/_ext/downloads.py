"""The download menu: the page's source, its executed notebook, the book's PDF.

A reader of a report wants the notebook as it ran, with its outputs, and the
whole book as one PDF; sphinx-book-theme's own menu offers neither for a
MyST Markdown page. This extension fills a menu of our own, drawn by the
template ``book/_templates/book-header-buttons.html``, which ``_config.yml``
puts in the page header through the theme's documented ``article_header_end``
option (the theme's download button is switched off, so there is one menu).
Only documented mechanisms are used: the ``html-page-context`` event, at its
default priority, adds the menu's entries to the page's context, and
``html_static_path`` copies the PDF. Nothing of the theme's internals is
touched.

The entries:

* ``.md``: the page's source, which Sphinx copies to ``_sources/``.
* ``.ipynb``: the notebook as executed for this build, with its outputs, as
  MyST-NB wrote it to ``_build/jupyter_execute/``, copied next to the source.
  When a page's outputs came from the execution cache, MyST-NB 1.4 writes
  that notebook without them (it saves the notebook it parsed, not the one
  merged from the cache); the outputs are then merged in from the cache
  with jupyter-cache's ``merge_match_into_notebook``, and glued values
  taken out of them as MyST-NB does.
* "Book (PDF)": ``_build/latex/book.pdf``, the output of ``jupyter-book build
  book/ --builder pdflatex``, copied to ``_static/book.pdf``. It is offered
  only when that file exists as the HTML build starts (``make site`` builds
  the PDF first, then the HTML); otherwise the build says so and the menu
  goes without it. Because the PDF's path is then part of the HTML
  configuration, Sphinx writes every page again, with or without the entry,
  when the PDF appears or goes.
"""

from __future__ import annotations

from pathlib import Path

from sphinx.application import Sphinx
from sphinx.util import logging

logger = logging.getLogger(__name__)

PDF_NAME = "book.pdf"


def _build_root(app: Sphinx) -> Path:
    # outdir is <build>/html (or <build>/latex); LaTeX and MyST-NB write beside it.
    return Path(app.outdir).parent


def _built_pdf(app: Sphinx) -> Path:
    return _build_root(app) / "latex" / PDF_NAME


def _offer_pdf(app: Sphinx, config) -> None:
    pdf = _built_pdf(app)
    if pdf.is_file():
        config.html_static_path = [*config.html_static_path, str(pdf)]


def _say_without_pdf(app: Sphinx) -> None:
    if app.builder.format == "html" and not _offers_pdf(app):
        logger.info("downloads: no %s yet; build the PDF first to offer it here", _built_pdf(app))


def _offers_pdf(app: Sphinx) -> bool:
    return any(Path(p).name == PDF_NAME for p in app.config.html_static_path)


def _executed_notebook(app: Sphinx, path: Path) -> bytes:
    """The executed notebook at ``path``, with its outputs merged in from the
    execution cache where MyST-NB wrote it without them."""
    import nbformat

    data = path.read_bytes()
    nb = nbformat.reads(data.decode("utf-8"), as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    cache_path = app.config.nb_execution_cache_path
    if app.config.nb_execution_mode != "cache" or not cache_path or any(c.get("outputs") for c in code):
        return data
    from jupyter_cache import get_cache

    try:
        _, merged = get_cache(cache_path).merge_match_into_notebook(nb)
    except KeyError:
        logger.warning("downloads: %s has no outputs and is not in the execution cache", path)
        return data
    # As MyST-NB does after executing: glued values are taken out of the
    # outputs (they live in the page, not as displays of the cell).
    for cell in merged.cells:
        if cell.cell_type == "code":
            cell.outputs = [o for o in cell.get("outputs", []) if "scrapbook" not in o.get("metadata", {})]
    return nbformat.writes(merged).encode("utf-8")


def _menu(app: Sphinx, pagename, templatename, context, doctree) -> None:
    sourcename = context.get("sourcename")
    if not sourcename:
        return  # a page made from a template only (search, index)
    sources = context["pathto"]("_sources", 1)
    items = [{"url": f"{sources}/{sourcename}", "text": Path(sourcename).suffix, "icon": "fas fa-file",
              "tooltip": "Download source file", "label": "download-source-button"}]
    executed = _build_root(app) / "jupyter_execute" / f"{pagename}.ipynb"
    if executed.is_file():
        target = Path(app.outdir) / "_sources" / f"{pagename}.ipynb"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(_executed_notebook(app, executed))
        items.append({"url": f"{sources}/{pagename}.ipynb", "text": ".ipynb", "icon": "fas fa-code",
                      "tooltip": "Download the executed notebook", "label": "download-notebook-button"})
    if _offers_pdf(app):
        items.append({"url": context["pathto"](f"_static/{PDF_NAME}", 1), "text": "Book (PDF)",
                      "icon": "fas fa-book", "tooltip": "Download the whole book as a PDF",
                      "label": "download-book-pdf-button"})
    context["book_downloads"] = items


def setup(app: Sphinx) -> dict:
    app.connect("config-inited", _offer_pdf)
    app.connect("builder-inited", _say_without_pdf)
    app.connect("html-page-context", _menu)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
