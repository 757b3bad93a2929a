"""A Sphinx extension for the tests only: stop an HTML build, as Ctrl-C would,
after it has written ``NK_INTERRUPT_AFTER`` pages."""

import os


def setup(app):
    after = int(os.environ.get("NK_INTERRUPT_AFTER", "0") or 0)
    written = []

    def page(app, pagename, templatename, context, doctree):
        written.append(pagename)
        if after and len(written) > after:
            raise KeyboardInterrupt(f"interrupted after writing {after} pages")

    app.connect("html-page-context", page)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
