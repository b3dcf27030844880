#!/bin/sh
# The run shipped in results/ (README "How it was run"): one worker at nice 10, from this folder, stopping
# new trials at $1 (HH:MM, local time). Trials already in results/trials.csv (or v1's rows) are skipped.
set -e
UNTIL=${1:-14:45}
PY=../../.venv/bin/python
nice -n 10 $PY run.py check-v1 --n 1 --only null-24x30,null-24x150,null-24x3,everything-12x150,buildup-24x150
nice -n 10 $PY run.py trials --only null-6x150,null-12x150,effect-6x150,effect-12x150 --trials 500:1500 --until "$UNTIL"
nice -n 10 $PY run.py trials --only effect-12x500,everything-12x150 --trials 0:500 --until "$UNTIL"
nice -n 10 $PY run.py trials --rounds 300,400,500 --until "$UNTIL" --trials 0:500 --only \
  null-24x30,effect-24x30,null-24x150,effect-24x150,null-24x3,null-labels-longer-notes-24x150,buildup-24x150,\
fading-24x150,heterogeneous-24x150,lagged-24x150,everything-24x150,null-24x500
