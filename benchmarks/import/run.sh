#!/usr/bin/env bash
# Import benchmark: generate a UN Comtrade CSV (current layout), import it on one core with TradeTargets,
# then read it with pandas and group the totals the same way. Usage: benchmarks/import/run.sh [rows] [dir]
set -euo pipefail
ROWS="${1:-10000000}"
DIR="${2:-${TMPDIR:-/tmp}}"
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
FILE="$DIR/comtrade-bench-$ROWS.csv"

if ! [ -x /usr/bin/time ] || ! /usr/bin/python3 -c 'import pandas' 2>/dev/null; then
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q time python3-pandas
fi

dotnet build "$ROOT/benchmarks/TradeTargets.Benchmarks" -c Release -v quiet -nologo
BENCH="$ROOT/benchmarks/TradeTargets.Benchmarks/bin/Release/net10.0/TradeTargets.Benchmarks"

[ -f "$FILE" ] || "$BENCH" generate "$FILE" "$ROWS"
ls -l "$FILE"

echo "== TradeTargets (one core)"
taskset -c 0 /usr/bin/time -v "$BENCH" import "$FILE" 2> "$DIR/tt-time.txt"
grep -E "Elapsed|Maximum resident" "$DIR/tt-time.txt"

echo "== pandas (one core)"
taskset -c 0 /usr/bin/time -v /usr/bin/python3 "$HERE/pandas_import.py" "$FILE" 2> "$DIR/pd-time.txt"
grep -E "Elapsed|Maximum resident" "$DIR/pd-time.txt"
