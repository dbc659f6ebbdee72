# The commands users and CI run. Longer logic lives in scripts/.
# Every target installs what it needs first (scripts/setup.sh, idempotent).

PYTHON := .venv/bin/python

.PHONY: setup demo demo-server proto test test-qgis340 test-qgis344 lint package translations bench clean

setup:
	scripts/setup.sh

## demo: the main job: emulator over HTTPS → plugin connection → secured layers in headless QGIS
demo: setup
	$(PYTHON) scripts/demo.py

## demo-server: the same layers published by QGIS Server: qgis_mapserv.fcgi processes behind lighttpd, a GetMap
## through the secured layers, each process's token lifecycle
demo-server: setup
	$(PYTHON) scripts/demo_server.py

## test: lint + the whole suite in a real QGIS (the README's test command)
test:
	scripts/test.sh

## test-qgis340: the same, on QGIS 3.40 LTR (Debian 13 "trixie" chroot, built once into .build/qgis340-rootfs)
test-qgis340:
	scripts/qgis-chroot.sh 340

## test-qgis344: the same, on QGIS 3.44 LTR (Debian unstable "sid" chroot, built once into .build/qgis344-rootfs)
test-qgis344:
	scripts/qgis-chroot.sh 344

lint: setup
	.venv/bin/ruff check .

## proto: compile plugin/core/pbf/featurecollection.proto into the descriptor the plugin reads (commit both)
proto: setup
	protoc --proto_path=plugin/core/pbf --descriptor_set_out=plugin/core/pbf/featurecollection.desc featurecollection.proto

## package: the zip for QGIS's "Install from ZIP", in dist/
package: setup
	$(PYTHON) scripts/package.py

## translations: refresh i18n/*.ts from every plugin module and ui/ (new strings arrive unfinished), build the .qm files
TRANSLATED_SOURCES := $(shell find plugin -name '*.py' -not -path '*/__pycache__/*' | sort) $(wildcard ui/*.ui)
LANGUAGES := fr de es
translations: setup
	pylupdate5 -noobsolete $(TRANSLATED_SOURCES) -ts $(LANGUAGES:%=i18n/arcgis_token_auth_%.ts)
	lrelease -silent i18n/*.ts

## bench: benchmarks that print figures (not tests)
bench: setup
	$(PYTHON) benchmarks/bench_core.py
	$(PYTHON) benchmarks/bench_qgis.py
	$(PYTHON) benchmarks/bench_download.py

clean:
	rm -rf dist .build
