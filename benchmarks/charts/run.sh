#!/usr/bin/env bash
# Gap chart against matplotlib: the same chart (same numbers and words, 800x500 PNG) rendered in a loop in one
# process by TradeTargets and by matplotlib (Debian's python3-matplotlib, Agg), both pinned to one core, in
# alternating rounds; prints milliseconds a chart, the ratio per round and the median ratio, then where the
# TradeTargets time goes. Usage: benchmarks/charts/run.sh [charts per round] [rounds]
set -euo pipefail
CHARTS="${1:-200}"
ROUNDS="${2:-3}"
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

if ! /usr/bin/python3 -c 'import matplotlib' 2>/dev/null; then
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-matplotlib
fi

dotnet build "$ROOT/benchmarks/TradeTargets.Charts.Benchmarks" -c Release -v quiet -nologo
BENCH="$ROOT/benchmarks/TradeTargets.Charts.Benchmarks/bin/Release/net10.0/TradeTargets.Charts.Benchmarks"
"$BENCH" matplotlib-input "$WORK/gap.json"
/usr/bin/python3 -c 'import matplotlib, sys; print("matplotlib", matplotlib.__version__, "python", sys.version.split()[0])'
dotnet --version | sed 's/^/.NET SDK /'

ratios=()
for round in $(seq 1 "$ROUNDS"); do
  tt=$(taskset -c 0 "$BENCH" gap-loop "$CHARTS")
  mpl=$(taskset -c 0 /usr/bin/python3 "$HERE/matplotlib_gap.py" "$WORK/gap.json" "$CHARTS" "$WORK/matplotlib.png")
  echo "round $round: $tt"
  echo "round $round: $mpl"
  tt_ms=$(sed -E 's/.*= ([0-9.]+) ms\/chart.*/\1/' <<<"$tt")
  mpl_ms=$(sed -E 's/.*= ([0-9.]+) ms\/chart.*/\1/' <<<"$mpl")
  ratio=$(awk -v a="$mpl_ms" -v b="$tt_ms" 'BEGIN { printf "%.1f", a / b }')
  ratios+=("$ratio")
  echo "round $round: matplotlib / TradeTargets = ${ratio}x"
done
median=$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
echo "median ratio over $ROUNDS rounds: ${median}x (TradeTargets faster)"

echo
taskset -c 0 "$BENCH" phases 100
