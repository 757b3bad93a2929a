"""Download buttons for the executed notebook and the whole book's PDF.

sphinx-book-theme's download menu offers each page's source (the MyST
Markdown notebook) and a browser "print to PDF". This extension adds two
entries a reader of a report wants:

* ``.ipynb``: the notebook as executed for this build, with its outputs, as
  MyST-NB wrote it to ``_build/jupyter_execute/``. It is copied next to the
  page's source in ``_sources/``.
* "Book (PDF)": ``_build/latex/book.pdf``, the output of
  ``jupyter-book build book/ --builder pdflatex``, copied to
  ``_static/book.pdf``. It is offered only when that file exists as the HTML
  is built (``make site`` builds the PDF first, then the HTML); otherwise the
  build says so and the menu goes without it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.util import logging

logger = logging.getLogger(__name__)

PDF_NAME = "book.pdf"


def _build_root(app: Sphinx) -> Path:
    # outdir is <build>/html; LaTeX and MyST-NB write beside it.
    return Path(app.outdir).parent


def _built_pdf(app: Sphinx) -> Path:
    return _build_root(app) / "latex" / PDF_NAME


def _note_pdf(app: Sphinx) -> None:
    env = app.env
    before = getattr(env, "book_pdf", None)
    env.book_pdf = None  # type: ignore[attr-defined]
    if app.builder.format == "html":
        pdf = _built_pdf(app)
        if pdf.is_file():
            env.book_pdf = pdf  # type: ignore[attr-defined]
        else:
            logger.info("downloads: no %s yet; build the PDF first to offer it here", pdf)
    # Pages written without (or with) the PDF entry must be written again.
    env.book_pdf_changed = before != env.book_pdf  # type: ignore[attr-defined]


def _outdated(app: Sphinx, env, added, changed, removed) -> list[str]:
    if getattr(env, "book_pdf_changed", False):
        return sorted(env.found_docs - set(added) - set(removed))
    return []


def _offer_notebook(app: Sphinx, pagename, templatename, context, doctree) -> None:
    """Before the theme builds the menu: point it at the executed notebook."""
    executed = _build_root(app) / "jupyter_execute" / f"{pagename}.ipynb"
    if not executed.is_file():
        return
    target = Path(app.outdir) / "_sources" / f"{pagename}.ipynb"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(executed, target)
    context["ipynb_source"] = f"{pagename}.ipynb"


def _offer_pdf(app: Sphinx, pagename, templatename, context, doctree) -> None:
    """After the theme builds the menu: add the book's PDF to it."""
    if not getattr(app.env, "book_pdf", None):
        return
    for group in context.get("header_buttons", []):
        if group.get("label") == "download-buttons":
            group["buttons"].append(
                {
                    "type": "link",
                    "url": context["pathto"](f"_static/{PDF_NAME}", 1),
                    "text": "Book (PDF)",
                    "tooltip": "Download the whole book as a PDF",
                    "icon": "fas fa-book",
                    "label": "download-book-pdf-button",
                }
            )


def _copy_pdf(app: Sphinx, exception) -> None:
    pdf = getattr(app.env, "book_pdf", None)
    if exception is None and pdf:
        target = Path(app.outdir) / "_static" / PDF_NAME
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(pdf, target)


def setup(app: Sphinx) -> dict:
    app.connect("builder-inited", _note_pdf)
    app.connect("env-get-outdated", _outdated)
    # sphinx_book_theme builds the download menu at priority 501.
    app.connect("html-page-context", _offer_notebook, priority=450)
    app.connect("html-page-context", _offer_pdf, priority=600)
    app.connect("build-finished", _copy_pdf)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
