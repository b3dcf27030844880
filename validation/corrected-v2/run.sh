#!/bin/sh
# Re-run the shipped validation of the classifier-error-corrected estimates (issue #20) from the repository root:
#   sh validation/corrected-v2/run.sh [SIMS] [BLOCK] [LARGE_SIMS]
# Runs BLOCK trials of each scenario at a time (seeds 0.., one worker, niced: the machine is shared), each block
# into parts/: SIMS trials of the three corrected-v1 scenarios first, then LARGE_SIMS of differential_large_sample
# (fewer, for time). Then writes results.csv (one row per trial, label and scale), summary.csv and run.json here
# from all blocks. A finished block is kept, so a rerun after an interruption goes on where it stopped.
set -e
SIMS="${1:-500}"
BLOCK="${2:-100}"
LARGE_SIMS="${3:-200}"
HERE=validation/corrected-v2
blocks() {  # scenario, trials
  start=0
  while [ "$start" -lt "$2" ]; do
    part="$HERE/parts/${1}_$start"
    [ -f "$part/results.csv" ] || nice -n 10 casenotes validation simulate --out "$part" --scenario "$1" \
      --sims "$BLOCK" --seed "$start" --jobs 1
    start=$((start + BLOCK))
  done
}
for scenario in differential nondifferential differential_small_sample; do blocks "$scenario" "$SIMS"; done
blocks differential_large_sample "$LARGE_SIMS"
python - "$HERE" <<'PY'
import sys
from pathlib import Path

import pandas as pd

from casenotes.inference import misclassify

here = Path(sys.argv[1])
results = pd.concat([pd.read_csv(p) for p in sorted((here / "parts").glob("*/results.csv"))], ignore_index=True)
misclassify.save(here, results.sort_values(["scenario", "seed", "scale", "label"], kind="stable"), seed=0)
PY
