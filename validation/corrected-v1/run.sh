#!/bin/sh
# Re-run the shipped validation of the classifier-error-corrected estimates (issue #20) from the repository root:
#   sh validation/corrected-v1/run.sh [SIMS] [JOBS]
# Writes results.csv (one row per trial, label and scale), summary.csv and run.json here.
set -e
casenotes validation simulate --out validation/corrected-v1 --sims "${1:-100}" --jobs "${2:-2}" --seed 0
