# Two commands on a fresh machine: `make book` and `make test`.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
JB := $(VENV)/bin/jupyter-book
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
DEV_STAMP := $(VENV)/.installed-dev
LAB_VENV ?= .venv-lab
LAB_STAMP := $(LAB_VENV)/.installed
COMPILE = --python $(PY) --no-annotate --quiet --custom-compile-command "make constraints" $(if $(UPGRADE),--upgrade)
# Lab settings: chapters (MyST Markdown) open as notebooks, and no news feed.
define LAB_SETTINGS
{
  "@jupyterlab/docmanager-extension:plugin": {
    "defaultViewers": {"markdown": "Jupytext Notebook", "myst": "Jupytext Notebook"}
  },
  "@jupyterlab/apputils-extension:notification": {"fetchNews": "false"}
}
endef
export LAB_SETTINGS
# JupyterLab refuses to run as root unless told it may.
PFSA_ID_DIR ?= ../shared/pfsa-id
ALLOW_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root)

.PHONY: book pdf site test test-fast mutate lab clean install tex bench evaluate constraints

book: $(STAMP)
	$(JB) build book/

pdf: $(STAMP)
	$(JB) build book/ --builder pdflatex
	@echo "PDF: _build/latex/book.pdf"

# The PDF first, then the HTML, whose download menu then offers the PDF.
# Each page executes once: the HTML build reuses the PDF build's outputs
# from the execution cache (book/_ext/inputs_watch.py).
site: pdf book

# The full tier: unit tests, doctests and every book build, spread over two
# processes; each test file stays in one, so its session builds happen once
# (about 7 minutes on 2 cores). CI runs this.
test: $(TEST_STAMP)
	$(PY) -m pytest -n 2 --dist loadfile

# The fast tier: unit tests and doctests, no book builds (about 20 seconds).
test-fast: $(TEST_STAMP)
	$(PY) -m pytest -m "not build"

# Mutation testing of the core modules against the fast tier, with mutmut
# (configured in pyproject.toml); about four hours on 2 cores from scratch,
# most of it on the slow mutants of quotes.py and speakers.py.
# mutmut keeps a result until the mutated function changes, so a later run
# first tests what is new, then re-tests the survivors, which tests added
# since may now catch. Writes the score per module to
# bench/results/mutation.md and the README, and fails below 80 %.
MUTMUT = PFSA_ID_DIR=$(abspath $(PFSA_ID_DIR)) $(VENV)/bin/mutmut
mutate: $(DEV_STAMP)
	@had=$$(test -d mutants && echo yes); \
	$(MUTMUT) run --max-children 2 > mutants-run.log 2>&1 || { tail -40 mutants-run.log; exit 1; }; \
	if [ -n "$$had" ]; then \
	  $(PY) tests/mutation_score.py --survivors | xargs -r $(MUTMUT) run --max-children 2 >> mutants-run.log 2>&1 \
	    || { tail -40 mutants-run.log; exit 1; }; \
	fi
	$(PY) tests/mutation_score.py --readme README.md --out bench/results/mutation.md

# JupyterLab on book/, each chapter opened as a notebook with MyST rendered.
lab: $(LAB_STAMP)
	$(LAB_VENV)/bin/jupyter lab $(ALLOW_ROOT) --notebook-dir=book --ServerApp.default_url=/lab/tree/01-articles.md

# The quotation reader on PFSA-ID (../shared/pfsa-id, or PFSA_ID_DIR), beside
# the reference scorer's regex baseline; about 10 seconds. Writes
# analysis/data/evaluation/pfsa-id-dev-40.json, which the book quotes.
evaluate: $(STAMP)
	$(PY) -m analysis.evaluation

# Build times and the pipeline on synthetic corpora; about 5 minutes.
# Writes bench/results/latest.{json,md} and the README's Performance section.
bench: $(STAMP)
	$(PY) -m analysis.bench

install: $(STAMP)

# One environment per purpose. .venv executes the book (requirements.txt);
# the test and developer tools are added to it on demand; JupyterLab lives in
# .venv-lab, so nothing it pulls in is imported where the book executes.
# Each stamp is rebuilt whenever its pins or the package metadata change.
$(STAMP): requirements.txt constraints.txt pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $(STAMP)

$(TEST_STAMP): $(STAMP) requirements-test.txt
	$(PY) -m pip install --quiet -r requirements-test.txt
	touch $(TEST_STAMP)

$(DEV_STAMP): $(TEST_STAMP) requirements-dev.txt
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(DEV_STAMP)

# The lab's kernel is the book's own Python, registered under the name the
# chapters ask for (python3), so a chapter reruns exactly as the book runs it.
$(LAB_STAMP): $(STAMP) requirements-lab.txt constraints-lab.txt
	test -x $(LAB_VENV)/bin/python || python3 -m venv $(LAB_VENV)
	$(LAB_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(LAB_VENV)/bin/python -m pip install --quiet -r requirements-lab.txt
	$(PY) -m ipykernel install --prefix $(abspath $(LAB_VENV)) --name python3 --display-name "Python 3 (book)" >/dev/null 2>&1
	mkdir -p $(LAB_VENV)/share/jupyter/lab/settings
	printf '%s\n' "$$LAB_SETTINGS" > $(LAB_VENV)/share/jupyter/lab/settings/overrides.json
	touch $(LAB_STAMP)

# Regenerates constraints.txt (book, tests, developer tools) and
# constraints-lab.txt (JupyterLab) from the requirements files with uv. The
# pins already there are kept; `make constraints UPGRADE=1` moves every
# unpinned dependency to its newest release. No hashes: pip's hash-checking
# mode refuses the editable install of the package itself.
constraints: $(DEV_STAMP)
	$(VENV)/bin/uv pip compile requirements-dev.txt $(COMPILE) --no-emit-package nk-ceasefire-analysis -o constraints.txt
	$(VENV)/bin/uv pip compile requirements-lab.txt $(COMPILE) -o constraints-lab.txt

# TeX Live for the PDF, from Debian's packages (needs root), and fallback
# fonts for Chinese, Japanese, Korean and emoji (book/_ext/latex_glyphs.py).
TEX_PACKAGES := texlive-xetex texlive-latex-extra texlive-fonts-recommended texlive-fonts-extra latexmk poppler-utils
tex:
	command -v xelatex >/dev/null || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y $(TEX_PACKAGES); }
	fc-list -q "Noto Sans CJK SC" && fc-list -q Symbola || \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y fonts-noto-cjk fonts-symbola

clean:
	rm -rf _build .pytest_cache
