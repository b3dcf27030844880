# Set-up and the two README commands. Everything installs into .venv from the project's own files.
VENV ?= .venv
PYTHON ?= python3
BIN = $(VENV)/bin

.PHONY: demo test install browser gold models calibrate-audit clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev,transformer,scale]"
	touch $@

install: $(BIN)/.installed

## make demo: synthetic notes -> score -> store -> dashboard on http://127.0.0.1:8501
demo: install
	$(BIN)/casenotes demo

## make browser: Debian's chromium and chromium-driver for the real-browser tests (installed when missing, as root)
browser:
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; \
		else echo "browser tests need: sudo apt-get install chromium chromium-driver"; fi; \
	fi

## make test: the whole test suite (CI runs exactly this)
test: install browser
	$(BIN)/python -m pytest -q

GOLD = annotation/gold/sentences.v1.jsonl

## make gold: rebuild the gold corpus, its fixed split and the counterfactual set from annotation/gold/raw
gold: install
	$(BIN)/python annotation/build_gold.py

## make models: rebuild the shipped v2 models from the gold train split plus the template-bank sentences
## (the transformer takes ~45 min on 2 CPUs), then calibrate the default model's rubric to the human auditors;
## the shipped-models manifest is rewritten whenever a later step loads a model just rebuilt by name
EXTRA = annotation/gold/templates_train.v1.jsonl

models: install
	$(BIN)/python annotation/build_template_train.py
	$(BIN)/casenotes train --backend rules --data $(GOLD) --out models/rules-v1
	$(BIN)/casenotes train --backend linear --data $(GOLD) --extra $(EXTRA) --out models/linear-v2
	$(BIN)/casenotes train --backend transformer --data $(GOLD) --extra $(EXTRA) --out models/transformer-v2
	$(BIN)/python models/build_manifest.py
	$(BIN)/casenotes train --backend ensemble --members linear-v2,transformer-v2 --data $(GOLD) --out models/ensemble-v2
	rm -f models/ensemble-v2/rubric.toml
	$(BIN)/python models/build_manifest.py
	$(MAKE) calibrate-audit MODEL=ensemble-v2

## make calibrate-audit [MODEL=name]: fit the shipped rubric's mapping for a shipped model (default ensemble-v2) to
## the human auditors: calibrated on the audit gold's calibration split plus the trained-style notes, measured on
## the gold's frozen held-out notes (annotation/audit_gold/split.v1.csv), never fitted on them. Writes
## models/MODEL/rubric.toml (the model's default rubric) and the report models/MODEL/rubric_calibration.json,
## then the manifest. Rerun it whenever the default model changes.
MODEL ?= ensemble-v2
AUDIT_NOTES = --notes annotation/audit_gold/notes.v1.jsonl --notes annotation/audit_trained/notes.v1.jsonl
AUDIT_HUMAN = --human annotation/audit_gold/human_scores.v1.csv --human annotation/audit_trained/human_scores.v1.csv

calibrate-audit: install
	$(BIN)/casenotes audit calibrate --model $(MODEL) $(AUDIT_NOTES) $(AUDIT_HUMAN) \
		--split annotation/audit_gold/split.v1.csv --out models/$(MODEL)/rubric.toml \
		--report models/$(MODEL)/rubric_calibration.json
	$(BIN)/python models/build_manifest.py

clean:
	rm -rf $(VENV) demo_data .pytest_cache
