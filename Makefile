# The commands users and CI run. Longer logic lives in scripts/.
# Every target installs what it needs first (scripts/setup.sh, idempotent).

PYTHON := .venv/bin/python

.PHONY: setup test lint package bench clean

setup:
	scripts/setup.sh

## test: lint + the whole suite in a real QGIS (the README's test command)
test:
	scripts/test.sh

lint: setup
	.venv/bin/ruff check .

## package: the zip for QGIS's "Install from ZIP", in dist/
package: setup
	$(PYTHON) scripts/package.py

## bench: benchmarks that print figures (not tests)
bench: setup
	$(PYTHON) benchmarks/bench_core.py

clean:
	rm -rf dist .build
