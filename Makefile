# Two commands do everything on a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# camel-tools declares torch and transformers, which framing never imports: it is installed without
# its declared dependencies, plus the ones its used parts need (the `camel` extra).  For the full
# camel-tools (its neural models): pip install "framing[camel-full]".
CAMEL ?= camel-tools==1.6.0

.PHONY: install demo test bench lab clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q --no-deps "$(CAMEL)"
	$(BIN)/pip install -q -e ".[dev,camel]"
	touch $(STAMP)

install: $(STAMP)

demo: install
	rm -rf reports/demo-corpus
	$(BIN)/framing ingest corpora/demo/pages -o reports/demo-corpus --quiet
	$(BIN)/framing events reports/demo-corpus
	$(BIN)/framing report reports/demo-corpus --lexicon captives --lexicon casualties --lexicon ukraine_war \
		--lexicon attribution --lexicon violence --within-events \
		-o reports/demo.pdf --html reports/demo.html --figures reports/demo-figures
	@echo "demo: reports/demo.pdf, reports/demo.html, reports/demo-articles.csv, reports/demo-figures/ (corpus: reports/demo-corpus)"

test: install
	$(BIN)/python -m pytest

# Generated corpora of 10,000 and 50,000 articles (benchmarks/README.md); BIG=1: 10,000, 100,000, 1,000,000
# (about 2.9 GB of text, an hour or more); DATA=FILE adds a table of your own (e.g. SaudiNewsNet);
# ARGS passes more options to benchmarks/run.py (e.g. ARGS="--stages terms,keyness").
BIG_SIZES := 10000,100000,1000000
bench: install
	$(BIN)/python benchmarks/run.py $(if $(BIG),--sizes $(BIG_SIZES)) $(if $(DATA),--data $(DATA)) $(ARGS)

lab: install
	$(BIN)/jupyter lab notebooks/

clean:
	rm -rf $(VENV) reports/demo* build *.egg-info
