# Set-up and the two README commands. Everything installs into .venv from the project's own files.
VENV ?= .venv
PYTHON ?= python3
BIN = $(VENV)/bin

.PHONY: demo test install browser gold models models-v3 clean

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
	$(BIN)/casenotes audit calibrate --model ensemble-v2 --notes annotation/audit_gold/notes.v1.jsonl \
		--human annotation/audit_gold/human_scores.v1.csv --out models/ensemble-v2/rubric.toml
	$(BIN)/python models/build_manifest.py

## make models-v3: the v3 models (issue #21) from the gold train split plus training corpus v3 with writer t4 held out
## as the dev set (the default model is chosen on it), the default's rubric calibrated, then every shipped model
## measured on dev, gold test and the external sets (models/results.json, models/RESULTS.table.md, v3 cards)
DEV_TRAIN = annotation/corpus_v3/train_v3_dev.jsonl

models-v3: install
	$(BIN)/python annotation/build_train_v3.py --hold-out t4 --out $(DEV_TRAIN)
	$(BIN)/casenotes train --backend linear --data $(GOLD) --extra $(DEV_TRAIN) --out models/linear-v3
	$(BIN)/python models/build_manifest.py
	$(BIN)/casenotes audit calibrate --model linear-v3 --notes annotation/audit_gold/notes.v1.jsonl \
		--human annotation/audit_gold/human_scores.v1.csv --out models/linear-v3/rubric.toml
	$(BIN)/python models/build_manifest.py
	$(BIN)/python -c "from casenotes.classify.ensemble import EnsembleClassifier as E; \
		E(members=('linear-v3', 'transformer-v2')).fit().save('models/ensemble-v3', card={'name': 'ensemble-v3'})"
	$(BIN)/python models/build_manifest.py
	$(BIN)/python models/build_results.py --cards linear-v3,ensemble-v3
	$(BIN)/python models/build_manifest.py

clean:
	rm -rf $(VENV) demo_data .pytest_cache
