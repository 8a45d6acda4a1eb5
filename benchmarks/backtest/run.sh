#!/usr/bin/env bash
# Backtest benchmark: the sample's backtest of the bundled data (seed goals, the world record and the bundled
# official statistics, every year-end look, 2000 bootstrap draws), JSON to a file and both charts. Prints the wall
# seconds and peak memory; the issue's limit is 60 s. Extra arguments go to the backtest command.
# Usage: benchmarks/backtest/run.sh [backtest options...]   (default: --world --as-of 2026-12-31)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
OUT="${TMPDIR:-/tmp}/tradetargets-backtest"
ARGS=("${@:---world --as-of 2026-12-31}")

if ! [ -x /usr/bin/time ]; then
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q time
fi

dotnet build "$ROOT/samples/TradeTargets.Sample" -c Release -v quiet -nologo
SAMPLE="$ROOT/samples/TradeTargets.Sample/bin/Release/net10.0/TradeTargets.Sample"
mkdir -p "$OUT"
# shellcheck disable=SC2068
/usr/bin/time -f '%e %M' -o "$OUT/time.txt" "$SAMPLE" backtest ${ARGS[*]} --format json --out "$OUT" > "$OUT/backtest.json" 2> "$OUT/err.txt"
read -r seconds kb < "$OUT/time.txt"
printf 'backtest %s: %s s, peak %s MB; output in %s\n' "${ARGS[*]}" "$seconds" "$((kb / 1024))" "$OUT"
