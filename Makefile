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

# DATA=FILE benchmarks a table of your own (e.g. the SaudiNewsNet sample); default: the generated demo corpus
bench: install
	$(BIN)/python benchmarks/run.py $(if $(DATA),--data $(DATA))

lab: install
	$(BIN)/jupyter lab notebooks/

clean:
	rm -rf $(VENV) reports/demo* build *.egg-info
