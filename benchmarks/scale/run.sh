#!/usr/bin/env bash
# Scaling benchmark: N goals over distinct pairs with 20 years of exports and imports each (40 Comtrade rows a
# goal), evaluated by the sample with no charts. Prints goals, rows, wall seconds and peak memory per size.
# Usage: benchmarks/scale/run.sh [dir] [sizes...]   (default sizes: 500 2000 8000)
set -euo pipefail
DIR="${1:-${TMPDIR:-/tmp}/tradetargets-scale}"
shift || true
SIZES=("${@:-500 2000 8000}")
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"

if ! [ -x /usr/bin/time ]; then
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q time
fi

dotnet build "$ROOT/benchmarks/TradeTargets.Benchmarks" -c Release -v quiet -nologo
dotnet build "$ROOT/samples/TradeTargets.Sample" -c Release -v quiet -nologo
BENCH="$ROOT/benchmarks/TradeTargets.Benchmarks/bin/Release/net10.0/TradeTargets.Benchmarks"
SAMPLE="$ROOT/samples/TradeTargets.Sample/bin/Release/net10.0/TradeTargets.Sample"

printf '%8s %10s %10s %12s\n' goals rows seconds peak_MB
for n in ${SIZES[*]}; do
  folder="$DIR/$n"
  [ -f "$folder/comtrade.csv" ] || "$BENCH" portfolio "$folder" "$n"
  rows=$(($(wc -l < "$folder/comtrade.csv") - 1))
  /usr/bin/time -f '%e %M' -o "$folder/time.txt" "$SAMPLE" --no-seed --data "$folder/goals.csv" --data "$folder/comtrade.csv" \
    --no-charts --format csv --as-of 2026-01-01 > "$folder/out.csv" 2> "$folder/err.txt"
  read -r seconds kb < "$folder/time.txt"
  printf '%8s %10s %10s %12s\n' "$n" "$rows" "$seconds" "$((kb / 1024))"
done
