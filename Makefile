# The two commands of the README:
#   make demo   set everything up and render the flagship map into out/
#   make test   set everything up and run every check (lint, types, docs build, tests)

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
OUT ?= out

.PHONY: demo test setup graphviz tools lint types docs unit unit-bare gallery bench clean

demo: setup graphviz
	$(BIN)/python examples/labour_immigration.py $(OUT)
	$(BIN)/argmap summary examples/labour_immigration.py

test: setup graphviz tools lint types docs unit unit-bare

# The real tools the interchange and browser tests drive (Chromium, the Argdown CLI, arguebuf,
# sadface). Each script installs its tool outside the repository; where one cannot be had, the
# tests that need it skip with a reason, so a failure here does not stop the run.
TOOLS := $(wildcard scripts/ensure-chromium scripts/ensure-node-tools scripts/ensure-python-tools)
tools:
	@for script in $(TOOLS); do ./$$script || echo "$$script failed: the tests that need it will skip"; done

setup: $(INSTALLED)

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(INSTALLED)

graphviz:
	./scripts/ensure-graphviz

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

types: setup
	$(BIN)/mypy

docs: setup
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet --site-dir $(VENV)/site

# Branch coverage with the floor set in pyproject.toml (fail_under).
# -n auto: one pytest-xdist worker per core (the suite is CPU-bound; on CI's 2 cores it halves).
unit: setup
	$(BIN)/python -m pytest -q --cov -n auto

# The suite again as a user without Graphviz and without ../shared runs it.
unit-bare: setup
	./scripts/test-bare $(VENV) -n auto

gallery: setup graphviz
	$(BIN)/python -m argmap.diagram._gallery docs/gallery

bench: setup
	for script in benchmarks/bench_*.py; do $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) $(OUT) site
