# Two commands do all the set-up: `make dataset` and `make test` (see README.md).
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
UV := $(VENV)/bin/uv
CORPUS ?= corpus
OUTPUT ?= output
SHARED ?= ../shared
FRUS_REPO ?= https://github.com/HistoryAtState/frus
FRUS_CORPUS ?= corpus-frus
export PREFECT_HOME ?= $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1
export PREFECT_LOGGING_LEVEL ?= WARNING
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS := 120

.PHONY: dataset test lint score clean schedule explore bench sync

$(VENV)/.installed: requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check uv==0.13.9
	$(UV) pip install --quiet --compile-bytecode --python $(PY) -r requirements.lock
	$(UV) pip install --quiet --python $(PY) --no-deps -e .
	touch $@

# The project's own bytecode first: CPython 3.11 fails "AST constructor recursion depth
# mismatch" when a thread compiles a module on import while another parses sources (the build's
# code keys, pipelines/build/keys.py, do so under a lock that imports cannot take).
COMPILE := $(PY) -m compileall -q pipelines schemas

dataset: $(VENV)/.installed
	$(COMPILE)
	$(PY) -m pipelines build --corpus $(CORPUS) --output $(OUTPUT)

# Clone or pull the FRUS repository and lay its volumes into FRUS_CORPUS, one file per volume;
# then `make dataset CORPUS=$(FRUS_CORPUS) OUTPUT=output-frus` (README: "Get the real FRUS corpus").
sync: $(VENV)/.installed
	$(PY) -m pipelines sync --frus-repo $(FRUS_REPO) --into $(FRUS_CORPUS)

# Benchmarks (not tests): time and memory of a build against the lxml floor, at several scales.
# the three FRUS volumes of ../shared where they are, else the sample corpus every clone has
BENCH_CORPUS ?= $(if $(wildcard $(SHARED)/corpus/frus-volumes),$(SHARED)/corpus/frus-volumes,$(CORPUS))
BENCH_SCALES ?= 1,4,16
BENCH_REPEAT ?= 3
bench: $(VENV)/.installed
	$(PY) -m benchmarks.bench $(BENCH_CORPUS) --scales $(BENCH_SCALES) --repeat $(BENCH_REPEAT)

# Browse and search the latest version in Datasette: http://127.0.0.1:8001/ -- of the last
# build run here, unless OUTPUT=FOLDER is given
explore: $(VENV)/.installed
	$(PY) -m pipelines explore $(if $(filter command line environment,$(origin OUTPUT)),--output $(OUTPUT))

# The annual rerun as a Prefect deployment (cron 06:00 27 Dec, Asia/Tokyo); needs a running
# `prefect server start` and PREFECT_API_URL (see README, "Scheduled reruns").  SYNC=1: each run
# first syncs FRUS_REPO into CORPUS (give CORPUS=$(FRUS_CORPUS), not the sample corpus).
schedule: $(VENV)/.installed
	@if [ -n "$(SYNC)" ] && [ "$(CORPUS)" = corpus ]; then \
	  echo "schedule: SYNC=1 lays FRUS into CORPUS, and corpus/ is the sample corpus:" \
	       "give CORPUS=$(FRUS_CORPUS) OUTPUT=output-frus"; exit 1; fi
	$(PY) -m pipelines schedule --corpus $(CORPUS) --output $(OUTPUT) \
	  $(if $(SYNC),--frus-repo $(FRUS_REPO))

test: $(VENV)/.installed
	$(COMPILE)
	$(PY) -m pytest

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check pipelines schemas tests benchmarks

# Development only: score a build of ../shared's gold sets (skipped where ../shared is absent).
score: $(VENV)/.installed
	@if [ ! -d "$(SHARED)/gold" ]; then echo "score: $(SHARED) not found, skipped"; exit 0; fi; \
	for set in seed frus-notes frus; do \
	  [ -d "$(SHARED)/corpus/$$set" ] || continue; \
	  rm -rf /tmp/score-$$set; \
	  $(PY) -m pipelines build --corpus $(SHARED)/corpus/$$set --output /tmp/score-$$set >/dev/null || exit 1; \
	  echo "== $$set"; $(PY) $(SHARED)/eval/score.py /tmp/score-$$set $(SHARED)/gold/$$set | tail -4; \
	done

clean:
	rm -rf $(VENV) .prefect .pytest_cache .ruff_cache *.egg-info
