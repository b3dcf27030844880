#!/bin/sh
# Re-run the shipped validation of the classifier-error-corrected estimates (issue #20) from the repository root:
#   sh validation/corrected-v2/run.sh [SIMS] [BLOCK]
# Runs BLOCK trials of every scenario at a time (seeds 0.., one worker, niced: the machine is shared), each block
# into parts/, then writes results.csv (one row per trial, label and scale), summary.csv and run.json here from
# all blocks. A block that finished is kept, so an interrupted run leaves every scenario with the same seeds.
set -e
SIMS="${1:-500}"
BLOCK="${2:-100}"
HERE=validation/corrected-v2
SCENARIOS="differential nondifferential differential_small_sample differential_large_sample"
start=0
while [ "$start" -lt "$SIMS" ]; do
  for scenario in $SCENARIOS; do
    part="$HERE/parts/${scenario}_$start"
    [ -f "$part/results.csv" ] || nice -n 10 casenotes validation simulate --out "$part" --scenario "$scenario" \
      --sims "$BLOCK" --seed "$start" --jobs 1
  done
  start=$((start + BLOCK))
done
python - "$HERE" <<'PY'
import sys
from pathlib import Path

import pandas as pd

from casenotes.inference import misclassify

here = Path(sys.argv[1])
results = pd.concat([pd.read_csv(p) for p in sorted((here / "parts").glob("*/results.csv"))], ignore_index=True)
misclassify.save(here, results.sort_values(["scenario", "seed", "scale", "label"], kind="stable"), seed=0)
PY
