# Set-up and the two README commands. Everything installs into .venv from the project's own files.
VENV ?= .venv
PYTHON ?= python3
BIN = $(VENV)/bin

.PHONY: demo test install models clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev,transformer]"
	touch $@

install: $(BIN)/.installed

## make demo: synthetic notes -> score -> store -> dashboard on http://127.0.0.1:8501
demo: install
	$(BIN)/casenotes demo

## make test: the whole test suite (CI runs exactly this)
test: install
	$(BIN)/python -m pytest -q

## make models: rebuild the shipped models deterministically
models: install
	$(BIN)/casenotes train --backend rules --out models/rules-v1

clean:
	rm -rf $(VENV) demo_data .pytest_cache
