#!/usr/bin/env bash
# Run the tests (fast and model-backed), lint, types, and the quality gate.
# Sets up .venv first when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/realpolitik ] || bash scripts/setup.sh --no-run
.venv/bin/ruff check src tests
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
