#!/usr/bin/env bash
# Render the HTML brief in headless Chromium and save a screenshot, to look at the report as a
# reader would.  Usage: scripts/render_report.sh DB [OUT.png] [HEIGHT]
#   DB       a realpolitik database (e.g. from `realpolitik run ../shared/seeds --db seeds.duckdb`)
#   OUT.png  the screenshot (default /tmp/brief.png); the HTML goes next to it (OUT.html)
# Needs chromium (Debian: apt-get install -y chromium).
set -euo pipefail
db=${1:?usage: scripts/render_report.sh DB [OUT.png] [HEIGHT]}
png=${2:-/tmp/brief.png}
height=${3:-3000}
html=${png%.png}.html
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/.venv/bin/realpolitik" report --db "$db" -o "$html"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --screenshot="$png" --window-size=1200,"$height" \
  "file://$(realpath "$html")" 2>/dev/null
echo "wrote $html and $png"
