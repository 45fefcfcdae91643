# factcheck: two commands for a new machine (Python 3.11 and a C compiler).
#   make demo   create .venv, install, check the bundled demo draft
#   make test   create .venv, install with test extras, run every test
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: demo test install bench clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else \
	  "factcheck needs Python 3.11 (durable_rules 2.0.28 crashes on 3.12, fails on 3.13); set PYTHON=")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q -e '.[test]'
	@rm -f $(VENV)/.installed-* && touch $@

install: $(STAMP)

demo: install
	@echo "== factcheck check corpus/drafts/pokrovsk-draft.md"
	@$(BIN)/factcheck check corpus/drafts/pokrovsk-draft.md; rc=$$?; \
	  echo "(exit code $$rc: 0 clean, 1 flags found, 2 input error)"; test $$rc -le 1

test: install
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python -m pip install -q -e '.[test,bench]'
	$(BIN)/python benchmarks/extract_speed.py
	$(BIN)/python benchmarks/dates_numbers.py
	$(BIN)/python benchmarks/store_bench.py
	$(BIN)/python benchmarks/corpus_run.py

clean:
	rm -rf $(VENV) .factcheck .pytest_cache build dist
