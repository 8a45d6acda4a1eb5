#!/usr/bin/env bash
# World-record benchmark: the sample scores the whole world record with the bundled statistics and conversion
# (`--world --no-seed --as-of 2026-12-31`), as the table, as the tracker page, and with every chart, five runs each.
# Prints each run's wall seconds and peak memory; the limit is 10 s for the table.
# Usage: benchmarks/world/run.sh [runs]   (default 5)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
OUT="${TMPDIR:-/tmp}/tradetargets-world"
RUNS="${1:-5}"

if ! [ -x /usr/bin/time ]; then
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q time
fi

dotnet build "$ROOT/samples/TradeTargets.Sample" -c Release -v quiet -nologo
SAMPLE="$ROOT/samples/TradeTargets.Sample/bin/Release/net10.0/TradeTargets.Sample"
rm -rf "$OUT" && mkdir -p "$OUT"
ARGS=(--world --no-seed --as-of 2026-12-31)

run() {
  local name="$1"; shift
  for i in $(seq "$RUNS"); do
    rm -rf "$OUT/charts"
    /usr/bin/time -f '%e %M' -o "$OUT/time.txt" "$SAMPLE" "${ARGS[@]}" "$@" > "$OUT/$name.out" 2> "$OUT/$name.err"
    read -r seconds kb < "$OUT/time.txt"
    printf '%-8s run %s: %6s s, peak %5s MB\n' "$name" "$i" "$seconds" "$((kb / 1024))"
  done
}

run table --no-charts
run page --format html --no-charts
run charts --out "$OUT/charts"
