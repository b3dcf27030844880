# Set-up and the two README commands. Everything installs into .venv from the project's own files.
VENV ?= .venv
PYTHON ?= python3
BIN = $(VENV)/bin

.PHONY: demo test install gold models clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev,transformer,scale]"
	touch $@

install: $(BIN)/.installed

## make demo: synthetic notes -> score -> store -> dashboard on http://127.0.0.1:8501
demo: install
	$(BIN)/casenotes demo

## make test: the whole test suite (CI runs exactly this)
test: install
	$(BIN)/python -m pytest -q

GOLD = annotation/gold/sentences.v1.jsonl

## make gold: rebuild the gold corpus, its fixed split and the counterfactual set from annotation/gold/raw
gold: install
	$(BIN)/python annotation/build_gold.py

## make models: rebuild the shipped models from the gold train split (the transformer takes ~30 min on 2 CPUs)
models: install
	$(BIN)/casenotes train --backend rules --data $(GOLD) --out models/rules-v1
	$(BIN)/casenotes train --backend linear --data $(GOLD) --out models/linear-v1
	$(BIN)/casenotes train --backend transformer --data $(GOLD) --out models/transformer-v1
	$(BIN)/casenotes train --backend ensemble --data $(GOLD) --out models/ensemble-v1
	rm -f models/ensemble-v1/rubric.toml
	$(BIN)/casenotes audit calibrate --model ensemble-v1 --notes annotation/audit_gold/notes.v1.jsonl \
		--human annotation/audit_gold/human_scores.v1.csv --out models/ensemble-v1/rubric.toml

clean:
	rm -rf $(VENV) demo_data .pytest_cache
