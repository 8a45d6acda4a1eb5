#!/usr/bin/env bash
# Import benchmark: generate a UN Comtrade CSV (current layout) once, then in one run on that file: TradeTargets on one
# core and on two, the same work with the Sep parser (one thread and two), DuckDB read_csv + group-by on one thread and
# two, and pandas read_csv + group-by. Prints wall time, MB/s, peak RSS and speed against TradeTargets on one core.
# Usage: benchmarks/import/run.sh [rows] [dir]   (dir holds the generated file, DuckDB's node package and logs)
set -euo pipefail
ROWS="${1:-10000000}"
DIR="${2:-${TMPDIR:-/tmp}}"
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
FILE="$DIR/comtrade-bench-$ROWS.csv"
DUCKDB="$DIR/import-bench-duckdb"
DUCKDB_API="@duckdb/node-api@1.5.6-r.1"

if ! [ -x /usr/bin/time ] || ! /usr/bin/python3 -c 'import pandas' 2>/dev/null; then
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q time python3-pandas
fi

if ! [ -d "$DUCKDB/node_modules/@duckdb/node-api" ]; then
  mkdir -p "$DUCKDB"
  npm install --prefix "$DUCKDB" --no-audit --no-fund --silent "$DUCKDB_API"
fi

dotnet build "$ROOT/benchmarks/TradeTargets.Benchmarks" -c Release -v quiet -nologo
BENCH="$ROOT/benchmarks/TradeTargets.Benchmarks/bin/Release/net10.0/TradeTargets.Benchmarks"

[ -f "$FILE" ] || "$BENCH" generate "$FILE" "$ROWS"
BYTES=$(stat -c %s "$FILE")
echo "file: $FILE, $ROWS rows, $BYTES bytes; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
cat "$FILE" > /dev/null # into the page cache, so every run reads it from memory

TABLE="$DIR/import-bench-table.txt"
: > "$TABLE"
BASE=""

# run <name> <cpus> <command...>: pinned to <cpus>, timed by /usr/bin/time; prints the tool's own summary line.
run() {
  local name="$1" cpus="$2"
  shift 2
  echo "== $name (cpus $cpus)"
  taskset -c "$cpus" /usr/bin/time -f "%e %M %U %S" -o "$DIR/import-bench-time.txt" "$@" | grep -v '^  '
  local wall rss user sys
  read -r wall rss user sys < "$DIR/import-bench-time.txt"
  [ -n "$BASE" ] || BASE="$wall"
  awk -v n="$name" -v w="$wall" -v r="$rss" -v u="$user" -v s="$sys" -v b="$BYTES" -v base="$BASE" \
    'BEGIN { printf "| %s | %.2f s | %.1f MB/s | %.1f s | %.0f MB | %.2f× |\n", n, w, b / 1e6 / w, u + s, r / 1024, base / w }' >> "$TABLE"
}

run "TradeTargets, 1 core" 0 "$BENCH" import "$FILE" 1
run "TradeTargets, 2 cores" 0,1 "$BENCH" import "$FILE" 2
run "Sep 0.17.1, 1 core" 0 "$BENCH" sep "$FILE" 1
run "Sep 0.17.1 ParallelEnumerate, 2 cores" 0,1 "$BENCH" sep "$FILE" 2
run "DuckDB 1.5.6, 1 thread" 0 env NODE_PATH="$DUCKDB/node_modules" node "$HERE/duckdb_import.cjs" "$FILE" 1
run "DuckDB 1.5.6, 2 threads" 0,1 env NODE_PATH="$DUCKDB/node_modules" node "$HERE/duckdb_import.cjs" "$FILE" 2
run "pandas $(/usr/bin/python3 -c 'import pandas; print(pandas.__version__)'), 1 core" 0 /usr/bin/python3 "$HERE/pandas_import.py" "$FILE"

echo
echo "| | wall (incl. start-up) | throughput | CPU (user + sys) | peak memory (max RSS) | speed vs TradeTargets 1 core |"
echo "|---|---|---|---|---|---|"
cat "$TABLE"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
