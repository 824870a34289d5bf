# peerdesk developer commands. Two matter to a newcomer: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP_APP  := $(VENV)/.installed-app
STAMP_TEST := $(VENV)/.installed-test
STAMP_BUNDLE := $(VENV)/.installed-bundle

.PHONY: run test lint typecheck pytest bench clean translations translations-update screenshots bundle bundle-smoke

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_APP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP_APP)

## Set everything up and start the application on the default local data directory.
run: $(STAMP_APP) translations
	$(BIN)/peerdesk

TS_DIR  := resources/translations
LUPDATE := $(BIN)/pyside6-lupdate -extensions py -locations relative -no-obsolete

## Compile the translations (.ts -> .qm); the .qm files are built, never committed.
translations: $(STAMP_APP)
	$(BIN)/pyside6-lrelease -silent $(TS_DIR)/peerdesk_es.ts -qm $(TS_DIR)/peerdesk_es.qm
	$(BIN)/pyside6-lrelease -silent $(TS_DIR)/peerdesk_en.ts -qm $(TS_DIR)/peerdesk_en.qm

## After changing user-visible strings: refresh the .ts sources, then translate new entries.
translations-update: $(STAMP_APP)
	$(LUPDATE) -target-language es peerdesk/ui peerdesk/app.py -ts $(TS_DIR)/peerdesk_es.ts
	$(LUPDATE) -target-language en -pluralonly peerdesk/ui peerdesk/app.py -ts $(TS_DIR)/peerdesk_en.ts

## Set up with the test extra and run lint, format check, type check and the whole suite headless.
test: $(STAMP_TEST) translations lint typecheck pytest

lint: $(STAMP_TEST)
	$(BIN)/ruff check peerdesk tests bench
	$(BIN)/ruff format --check peerdesk tests bench

typecheck: $(STAMP_TEST)
	$(BIN)/mypy

pytest: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

## Render every main screen with demo data, in English and Spanish, into docs/screenshots/.
screenshots: $(STAMP_TEST) translations
	PEERDESK_SHOTS_DIR=docs/screenshots QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider tests/ui/test_screenshots.py tests/ui/test_screenshots_records.py

$(STAMP_BUNDLE): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	touch $@ $(STAMP_APP)

## Build the one-folder desktop program into dist/peerdesk/ (see installer/README.md).
bundle: $(STAMP_BUNDLE) translations
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller installer/peerdesk.spec

## Start the built program headless: selftest up to the sign-in window, portable mode.
bundle-smoke:
	installer/smoke_test.sh dist/peerdesk

bench: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
