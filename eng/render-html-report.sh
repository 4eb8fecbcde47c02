#!/usr/bin/env bash
# Renders the HTML report of the shipped examples in headless Chromium (Debian's package `chromium`) and saves a
# screenshot: the check that the page draws, pictures included, from the file alone. Usage: eng/render-html-report.sh [DIR]
# (default artifacts/html-report); run after a Release build. Prints the two files it wrote.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-artifacts/html-report}"
mkdir -p "$out"
out=$(cd "$out" && pwd)
command -v chromium >/dev/null || { echo "chromium is not installed (apt-get install chromium)" >&2; exit 2; }

# Exit code 1 is expected: the examples have errors.
rc=0
dotnet run --project src/Dpa.Rules.Cli -c Release --no-build -- \
    validate examples/*.json --as-of 2025-11-01 --format html --output "$out/report.html" || rc=$?
[ "$rc" -le 1 ] || { echo "dpa-rules validate exited with $rc" >&2; exit 1; }

# No network: the page must not need one (--no-sandbox because CI runs as root).
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --proxy-server=127.0.0.1:9 \
    --window-size=1000,6000 --screenshot="$out/report.png" "file://$out/report.html" 2>/dev/null
[ -s "$out/report.png" ] || { echo "no screenshot" >&2; exit 1; }
echo "$out/report.html"
echo "$out/report.png"
