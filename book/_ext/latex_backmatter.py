"""Back matter for the PDF: a lettered appendix and an unnumbered bibliography.

Jupyter Book 1.x turns each ``_toc.yml`` part into a LaTeX ``\\part`` and every
chapter into a numbered ``\\chapter``, whether or not the part is numbered in
the HTML. This post-transform, which runs on the LaTeX builder's assembled
document only, fixes the two places where that reads wrongly:

* The first chapter that carries no section number in the HTML (a chapter in a
  ``numbered: false`` part) starts the appendix: ``\\appendix`` is emitted
  before it, so it prints as "Appendix A" rather than "Chapter Six", and its
  tables and figures are numbered A.1, A.2, ...
* A page that holds only a ``{bibliography}`` directive would print as an empty
  numbered chapter followed by LaTeX's own unnumbered "Bibliography" chapter.
  Its heading is dropped and LaTeX's bibliography chapter takes its title.

* The root page, which LaTeX prints after the table of contents without a
  chapter heading, would carry "Contents" as its running head; it gets the
  book's title instead.

The HTML build is untouched.
"""

from __future__ import annotations

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util import logging
from sphinx.util.texescape import escape

logger = logging.getLogger(__name__)


def _latex(code: str) -> nodes.raw:
    return nodes.raw("", code + "\n", format="latex")


def _bibliography_docs(env) -> set[str]:
    domain = env.domains.get("cite")
    if domain is None:
        return set()
    return {key.docname for key in domain.bibliographies}


def _only_title(section: nodes.section) -> bool:
    """Nothing but the heading is left (targets and emptied placeholders aside)."""
    return all(
        isinstance(child, nodes.title) or not child.astext().strip() for child in section.children
    )


class LatexBackMatter(SphinxPostTransform):
    # After sphinx_jupyterbook_latex has arranged parts and moved the
    # bibliography to the end of the document (its priority is 700).
    default_priority = 800
    builders = ("latex",)

    def run(self, **kwargs) -> None:
        root = self.config.root_doc
        if self.app.project.path2doc(self.document.get("source", "")) != root:
            return
        self._mark_root_pages(root)
        numbers = self.env.toc_secnumbers
        bib_docs = _bibliography_docs(self.env)
        seen_numbered = appendix_started = False
        for start in list(self.document.findall(addnodes.start_of_file)):
            docname = start.get("docname")
            if docname not in self.env.all_docs or docname == root:
                continue  # part headings made from toctree captions, or the root
            section = next(iter(start.findall(nodes.section)), None)
            if section is None:
                continue
            if docname in bib_docs:
                title = escape(self.env.titles[docname].astext())
                start.insert(0, _latex(rf"\renewcommand{{\bibname}}{{{title}}}"))
                if _only_title(section):
                    section.parent.remove(section)
                continue
            if numbers.get(docname):
                seen_numbered = True
            elif seen_numbered and not appendix_started:
                # Sphinx numbers floats with \arabic{chapter}, which would
                # print "Table 1.1" in Appendix A; use the letter instead.
                start.insert(0, _latex(
                    r"\appendix"
                    r"\renewcommand{\thetable}{\thechapter.\arabic{table}}"
                    r"\renewcommand{\thefigure}{\thechapter.\arabic{figure}}"
                ))
                appendix_started = True
                logger.info("latex_backmatter: appendix starts at %s", docname)

    def _mark_root_pages(self, root: str) -> None:
        """Head the root page's running footer with the book's title.

        The root page has no chapter of its own, so its pages would
        otherwise carry the running head of the table of contents.
        """
        section = next(iter(self.document.findall(nodes.section)), None)
        if section is None or not section.children:
            return
        title = escape(self.env.titles[root].astext())
        section.insert(1, _latex(rf"\markboth{{{title}}}{{{title}}}"))


def setup(app: Sphinx) -> dict:
    app.add_post_transform(LatexBackMatter)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
