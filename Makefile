# Two commands for a fresh machine with Python 3 and make: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test test-min install notebook verify lint bench clean

RUN_STAMP := $(VENV)/.installed-course

# make test: everything the suite touches (the toolkit's optional engines and the live Phoenix tests too).
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,course,dask,parquet,phoenix]'
	touch $(STAMP)

# make run: only what the notebook, the report and the zip need (no Phoenix, Dask or Arrow on a grader's machine).
$(RUN_STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[course]'
	touch $(RUN_STAMP)

install: $(STAMP)

# Name on the report and the submission zip: `make run STUDENT=Ada_Lovelace`, LLMOPS_STUDENT_NAME in the
# environment, or your git user.name; "Student" only when none of them is set.
GIT_NAME := $(shell git config user.name 2>/dev/null | tr ' ' '_')
STUDENT ?= $(or $(LLMOPS_STUDENT_NAME),$(GIT_NAME),Student)

## make run: execute notebook.ipynb headless, write outputs/, screenshots/, the report and the zip.
run: $(RUN_STAMP)
	$(PY) -m llmops_kit.course.notebook_run notebook.ipynb --author "$(STUDENT)"
	$(PY) -m llmops_kit.cli report --strict --author "$(STUDENT)"
	$(PY) -m llmops_kit.cli submission build --name "$(STUDENT)" --evidence traces/inc_2025_007

## make test: the whole test suite (includes executing the notebook) and the linter.
test: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m pytest

## make notebook: rebuild notebook.ipynb from notebook_src/ and execute it (for authors).
notebook: $(STAMP)
	$(PY) tools/build_notebook.py
	$(PY) -m llmops_kit.course.notebook_run notebook.ipynb

## make verify: check the built zip the way a grader would.
verify: $(RUN_STAMP)
	$(PY) -m llmops_kit.cli submission verify "$(STUDENT)_LLM_Observability_Assignment2.zip" --evidence traces/inc_2025_007

## make test-min: the suite on the oldest dependency versions pyproject.toml allows (Python 3.10 if present).
# The optional extras (course, dask, parquet) are installed at their lowest allowed versions too, so their tests run.
# The oldest Python we support if this machine has one that runs (a pyenv shim may exist but not run).
MIN_PYTHON ?= $(shell for p in python3.10 $$HOME/.pyenv/versions/3.10*/bin/python3.10 python3; do \
	$$p -c '' 2>/dev/null && { echo $$p; break; }; done)
# Installed without the phoenix extra: tests/test_phoenix_live.py skips (it needs a Phoenix server).
test-min:
	@echo "test-min on $$($(MIN_PYTHON) --version) with the lowest allowed dependency versions"
	rm -rf .venv-min
	$(MIN_PYTHON) -m venv .venv-min
	.venv-min/bin/python -m pip install --quiet uv
	.venv-min/bin/uv pip install --quiet --python .venv-min/bin/python --resolution lowest-direct -e '.[test,course,dask,parquet]'
	.venv-min/bin/python -m pytest -q -p no:cacheprovider

lint: $(STAMP)
	$(PY) -m ruff check .

bench: $(STAMP)
	for f in bench/bench_*.py; do $(PY) $$f || exit 1; done

clean:
	rm -rf $(VENV) .venv-min .pytest_cache .ruff_cache
