# newsgraph — the two commands: `make run` and `make test`. Everything else is set up by them.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?= newsgraph.duckdb
PORT   ?= 8000

.PHONY: run test install lint clean bench browser java fuzz

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## Process the bundled example articles into the default DuckDB store and show what was found.
run: $(STAMP)
	$(BIN)/newsgraph ingest examples/ --db $(DB) --summary
	$(BIN)/newsgraph stats --db $(DB)
	@if [ -z "$(NO_SERVE)" ]; then \
		echo "newsgraph: open http://127.0.0.1:$(PORT)/ in a browser (Ctrl-C to stop; make run NO_SERVE=1 skips this)"; \
		$(BIN)/newsgraph serve --db $(DB) --host 127.0.0.1 --port $(PORT); \
	fi

## Headless Chromium and ChromeDriver from Debian's packages, for the browser tests (needs root).
browser:
	@command -v chromium >/dev/null 2>&1 || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver) \
		|| echo "newsgraph: could not install chromium; browser tests will be skipped"

## A Java runtime for PySpark (the Spark runner's tests), from Debian's packages when missing (needs root).
java:
	@command -v java >/dev/null 2>&1 || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y default-jre-headless) \
		|| echo "newsgraph: could not install Java; Spark tests will be skipped"

## Run the whole test suite.
test: $(STAMP) browser java
	$(BIN)/python -m pytest -q

## A long property-based run over every reader and the extraction (a short one is part of `make test`).
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=long $(BIN)/python -m pytest -q tests/test_fuzz.py

lint: $(STAMP)
	$(BIN)/ruff check .

bench: $(STAMP)
	$(BIN)/python benchmarks/ingest.py
	$(BIN)/python benchmarks/store.py --events 100000

clean:
	rm -rf $(VENV) $(DB) $(DB).wal .pytest_cache
