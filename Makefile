# factcheck: two commands for a new machine (Python 3.11, 3.12 or 3.13 and a C compiler).
#   make demo   create .venv, install, check the bundled demo draft
#   make test   create .venv, install with test extras, run every test
#   make test-interpreters   the bundled corpus under every supported Python present, same JSON
# The newest supported Python found is used (3.13, then 3.12, then 3.11; a name counts only if
# it runs, so a pyenv shim for a version that is not selected is passed over and pyenv's own
# copy is tried); PYTHON=/path/to/python picks one.
SUPPORTED := 3.13 3.12 3.11
PYTHON ?= $(shell for v in $(SUPPORTED); do \
	  for p in python$$v $$(pyenv root 2>/dev/null)/versions/$$v*/bin/python$$v; do \
	    "$$p" -c '' >/dev/null 2>&1 && { echo "$$p"; exit 0; }; \
	  done; done; command -v python3)
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: demo test test-interpreters install bench clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] >= (3, 11) else \
	  "factcheck needs Python 3.11 or newer (found %d.%d); set PYTHON=" % sys.version_info[:2])'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q -e '.[test]'
	@rm -f $(VENV)/.installed-* && touch $@

install: $(STAMP)

demo: install
	@$(BIN)/python -m compileall -q factcheck >/dev/null
	@echo "== factcheck check corpus/drafts/pokrovsk-draft.md"
	@$(BIN)/factcheck check corpus/drafts/pokrovsk-draft.md; rc=$$?; \
	  echo "(exit code $$rc: 0 clean, 1 flags found, 2 input error)"; test $$rc -le 1

# every test, on all cores (pytest-xdist); `pytest tests/test_x.py` alone runs in one process.
# --dist worksteal: a worker that runs out of tests takes half of the other's queue, and the
# files of the costliest tests are queued first (tests/order_support.py): both end on short tests.
# Tests marked slow (valgrind, browsers, the Dask cluster, the wheel build, whole-corpus join
# proofs, three quarters of the phrasing set's targets) skip here with their reason unless
# FACTCHECK_SLOW_TESTS=1 or CI=true: .ci/run sets it.
# The package's bytecode is written first: an editable install leaves none, and where
# PYTHONDONTWRITEBYTECODE is set every CLI process the tests start would compile it again.
test: install
	@$(BIN)/python -m compileall -q factcheck >/dev/null
	$(BIN)/python -m pytest -n auto --dist worksteal

# one virtual environment per supported Python present, under .interpreters/ (kept between runs)
test-interpreters: install
	$(BIN)/python -m pytest -m interpreters tests/test_interpreters.py

bench: install
	$(BIN)/python -m pip install -q -e '.[test,bench]'
	$(BIN)/python benchmarks/extract_speed.py
	$(BIN)/python benchmarks/dates_numbers.py
	$(BIN)/python benchmarks/store_bench.py
	$(BIN)/python benchmarks/corpus_run.py

clean:
	rm -rf $(VENV) .factcheck .pytest_cache build dist
