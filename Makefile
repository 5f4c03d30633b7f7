# taskrouter-client: every target installs what it needs into .venv/ and node_modules/.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# The pinned ruff and generator come first on PATH: the generator's post-hooks call `ruff`.
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true
export PATH := $(CURDIR)/$(VENV)/bin:$(CURDIR)/node_modules/.bin:$(PATH)

PY_STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
BENCH_STAMP := $(VENV)/.bench-installed
GENERATE = TASKROUTER_ROOT=$(CURDIR) TASKROUTER_SPEC=$(CURDIR)/openapi.yaml openapi-python-client generate --path openapi.yaml --config generator-config.yaml \
	--meta uv --custom-template-path templates --overwrite --fail-on-warning
HAND_WRITTEN := tests scripts bench

.PHONY: help setup generate check-generated lint typecheck test pytest demo cassettes record bench lock clean
.PHONY: api-diff vendor template-diff matrix format import-spec check-spec

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "  make %-16s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(PY_STAMP): requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

# twilio-python and what it pulls: compared against in `make bench` only, never a runtime dependency.
$(BENCH_STAMP): $(PY_STAMP) requirements-bench.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-bench.txt
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

setup: $(PY_STAMP) $(NODE_STAMP) ## Install the pinned Python and Node tools (.venv/, node_modules/)

import-spec: $(PY_STAMP) ## Write openapi.yaml from Twilio's description (spec/twilio/) and our overlay (spec/overlay.yaml); reports each change
	$(PY) scripts/import_spec.py

check-spec: $(PY_STAMP) ## Fail if openapi.yaml is not what `make import-spec` writes from spec/
	$(PY) scripts/import_spec.py --check

generate: $(PY_STAMP) ## Wipe generated/ and rebuild it from openapi.yaml, generator-config.yaml and templates/
	rm -rf generated
	$(GENERATE) --output-path generated
	@$(PY) scripts/api_diff.py --report-only

check-generated: $(PY_STAMP) ## Fail with a diff if generated/ is not exactly what `make generate` gives
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(GENERATE) --output-path "$$tmp/generated" > /dev/null; \
	if ! diff -ru -x __pycache__ generated "$$tmp/generated"; then \
		echo "generated/ is stale or was edited by hand: run 'make generate' and commit the result." >&2; exit 1; \
	fi; echo "generated/ matches its inputs"

# The public API of generated/ against BASE's, with the versioning rule (README.md, "Versions").
BASE ?= HEAD
api-diff: $(PY_STAMP) ## Public API change report, generated/ vs BASE=<rev> (default HEAD); fails if info.version is not bumped enough
	$(PY) scripts/api_diff.py --base $(BASE)

vendor: $(PY_STAMP) ## Copy the package to DEST=<dir>/taskrouter_client with a VENDORED.json stamp (FORCE=1 drops local edits)
	@test -n "$(DEST)" || { echo "usage: make vendor DEST=path/to/parent_package/taskrouter_client [FORCE=1]" >&2; exit 2; }
	$(PY) scripts/vendor.py "$(DEST)" $(if $(filter 1,$(FORCE)),--force)

template-diff: $(PY_STAMP) ## Unified diff of each override in templates/ against the pinned generator's stock template
	$(PY) scripts/template_diff.py

format: $(PY_STAMP) ## Format the hand-written code, and templates/runtime/ as the post-hooks format the package
	ruff check --no-cache --config generated/pyproject.toml --fix-only --select F,I,UP templates/runtime
	ruff format --no-cache --config generated/pyproject.toml templates/runtime
	ruff format --no-cache $(HAND_WRITTEN)

lint: $(PY_STAMP) $(NODE_STAMP) ## Validate and lint openapi.yaml; ruff over generated/ and the hand-written code
	openapi-spec-validator openapi.yaml
	redocly lint openapi.yaml --format=stylish
	ruff check --no-cache generated $(HAND_WRITTEN)
	ruff format --no-cache --check $(HAND_WRITTEN)

typecheck: $(PY_STAMP) $(NODE_STAMP) ## mypy --strict and pyright; pyright --verifytypes must score >= 99 %
	mypy --strict generated/taskrouter_client
	mypy --strict $(HAND_WRITTEN)
	pyright
	PYTHONPATH=$(CURDIR)/generated pyright --pythonpath $(CURDIR)/$(PY) --verifytypes taskrouter_client \
		--ignoreexternal --outputjson > $(VENV)/verifytypes.json || true
	$(PY) -c 'import json, sys; score = json.load(open(sys.argv[1]))["typeCompleteness"]["completenessScore"]; \
		print(f"pyright --verifytypes: {score:.1%} of the public surface typed"); sys.exit(score < 0.99)' $(VENV)/verifytypes.json

pytest: $(PY_STAMP) $(NODE_STAMP) ## Run only the pytest suite on both cores (no network; Prism on loopback; 400 examples a property)
	HYPOTHESIS_PROFILE=$${HYPOTHESIS_PROFILE:-full} pytest -n 2 --cov --cov-report=term-missing:skip-covered --cov-fail-under=95

test: check-spec lint typecheck check-generated pytest ## Everything CI runs: lint, typecheck, drift check, pytest

matrix: $(PY_STAMP) ## The runtime, backend and operation tests at both ends of the declared dependency range (rows low, high, mid; ROW=low runs one)
	$(PY) scripts/matrix.py $(if $(ROW),--row $(ROW))

demo: $(PY_STAMP) $(NODE_STAMP) ## Create a workflow (local Prism stand-in, or live Twilio with credentials in the env)
	$(PY) scripts/demo.py

cassettes: $(PY_STAMP) ## Rebuild the cassettes (the scenarios of tests/scenarios.py) through the client
	$(PY) scripts/build_cassettes.py

record: $(PY_STAMP) ## Re-record the live cassettes (needs TWILIO_* credentials and TWILIO_WORKSPACE_SID)
	pytest -m live --record-mode=all --no-cov

bench: $(BENCH_STAMP) ## Benchmarks: vs raw httpx and twilio-python over loopback (nginx), in memory (BENCH_N=2000; BENCH_INSTRUCTIONS=1 adds callgrind counts)
	command -v nginx > /dev/null || test -x /usr/sbin/nginx || \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx > /dev/null; }
	BENCH_GENERATE='$(GENERATE)' $(PY) bench/run.py

lock: ## Re-pin requirements-dev.txt from requirements-dev.in (uses the network)
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet -r requirements-dev.in
	{ echo "# Pinned dev environment (make lock writes this from requirements-dev.in). Do not edit by hand."; \
	  .lock-venv/bin/pip freeze --exclude-editable; } > requirements-dev.txt
	rm -rf .lock-venv

clean: ## Remove the venv, node_modules and caches (generated/ stays: it is committed)
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache .hypothesis .coverage htmlcov
