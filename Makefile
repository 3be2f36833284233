# Clemency Tracker: `make run` serves the app on http://127.0.0.1:8000, `make test` runs the suite.

SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin

# The first Python 3.12+ on PATH, else one installed by pyenv.
PYTHON ?= $(shell for p in python3.14 python3.13 python3.12 python3 $(wildcard $(HOME)/.pyenv/versions/3.1[2-9]*/bin/python3); do \
	if command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; then \
	command -v $$p; break; fi; done)

.PHONY: run test lint bench worker beat messages clean

# What runs in production (requirements.txt), the tests and lint (requirements-dev.txt), every
# transitive dependency pinned by constraints.txt.
$(BIN)/.installed: requirements.txt requirements-dev.txt constraints.txt
	@test -n "$(PYTHON)" || { echo "Python 3.12 or newer is needed (python3.12 on PATH)"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt -c constraints.txt
	@touch $@

messages: $(BIN)/.installed
	$(BIN)/python manage.py compile_translations -v0

run: $(BIN)/.installed messages
	$(BIN)/python manage.py migrate --no-input -v0
	$(BIN)/python manage.py loaddemo
	$(BIN)/python manage.py ensure_editor
	$(BIN)/python manage.py runserver 127.0.0.1:8000

test: $(BIN)/.installed messages
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(BIN)/.installed
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

worker: $(BIN)/.installed
	$(BIN)/celery -A tracker worker -l info

beat: $(BIN)/.installed
	$(BIN)/celery -A tracker beat -l info

bench: $(BIN)/.installed messages
	bash bench/run.sh

clean:
	rm -rf $(VENV) staticfiles db.sqlite3
