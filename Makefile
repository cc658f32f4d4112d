# Two commands do everything on a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# torch is pulled by camel-tools but never imported by framing: take the CPU-only
# build (pip takes it from the local wheel store where the machine has one) so the venv stays ~1.5 GB, not 6 GB.
TORCH ?= torch==2.13.0

.PHONY: install demo test bench lab clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q "$(TORCH)"
	$(BIN)/pip install -q -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

demo: install
	rm -rf reports/demo-corpus
	$(BIN)/framing ingest corpora/demo/pages -o reports/demo-corpus --quiet
	$(BIN)/framing events reports/demo-corpus
	$(BIN)/framing report reports/demo-corpus --lexicon captives --lexicon casualties --lexicon ukraine_war \
		--lexicon attribution --lexicon violence --within-events \
		-o reports/demo.pdf --html reports/demo.html --figures reports/demo-figures
	@echo "demo: reports/demo.pdf, reports/demo.html, reports/demo-figures/ (corpus: reports/demo-corpus)"

test: install
	$(BIN)/python -m pytest

# DATA=FILE benchmarks a table of your own (e.g. the SaudiNewsNet sample); default: the generated demo corpus
bench: install
	$(BIN)/python benchmarks/run.py $(if $(DATA),--data $(DATA))

lab: install
	$(BIN)/jupyter lab notebooks/

clean:
	rm -rf $(VENV) reports/demo* build *.egg-info
