# Two commands on a fresh machine: `make book` and `make test`.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
JB := $(VENV)/bin/jupyter-book
STAMP := $(VENV)/.installed

.PHONY: book pdf site test test-fast lab clean install tex bench evaluate

book: $(STAMP)
	$(JB) build book/

pdf: $(STAMP)
	$(JB) build book/ --builder pdflatex
	@echo "PDF: _build/latex/book.pdf"

# The PDF first, then the HTML, whose download menu then offers the PDF.
site: pdf book

# The full tier: unit tests, doctests and every book build (about 10 minutes
# on 2 cores). CI runs this.
test: $(STAMP)
	$(PY) -m pytest

# The fast tier: unit tests and doctests, no book builds (about 20 seconds).
test-fast: $(STAMP)
	$(PY) -m pytest -m "not build"

lab: $(STAMP)
	$(VENV)/bin/jupyter lab --notebook-dir=book --ServerApp.default_url=/lab/tree/01-articles.md

# The quotation reader on PFSA-ID (../shared/pfsa-id, or PFSA_ID_DIR), beside
# the reference scorer's regex baseline; about 10 seconds. Writes
# analysis/data/evaluation/pfsa-id-dev-40.json, which the book quotes.
evaluate: $(STAMP)
	$(PY) -m analysis.evaluation

# Build times and the pipeline on synthetic corpora; about 10 minutes.
# Writes bench/results/latest.{json,md} and the README's Performance section.
bench: $(STAMP)
	$(PY) -m analysis.bench

install: $(STAMP)

# The stamp is rebuilt whenever the pins or the package metadata change.
$(STAMP): requirements.txt constraints.txt pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $(STAMP)

# TeX Live for the PDF, from Debian's packages (needs root).
tex:
	command -v xelatex >/dev/null || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y \
	  texlive-xetex texlive-latex-extra texlive-fonts-recommended texlive-fonts-extra latexmk poppler-utils; }

clean:
	rm -rf _build .pytest_cache
