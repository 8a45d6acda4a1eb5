#!/usr/bin/env bash
# Tracker benchmark: the portfolios of run.sh (N goals over distinct pairs while the catalogue has them, about 62,000,
# then later goals of the same pairs; 40 Comtrade rows a pair) written as the
# one-page tracker (--format html to standard output) and as a site (--site DIR). Prints, per size and form, wall
# seconds, peak resident memory and the bytes written.
# Usage: benchmarks/scale/tracker.sh [dir] [sizes...]   (default sizes: 1000 10000)
#        TRACKER_FORMS="site" benchmarks/scale/tracker.sh /tmp/tt-scale 100000   (only the site)
#        TRACKER_ARGS="--no-statistics" benchmarks/scale/tracker.sh ...            (extra options for every run)
set -euo pipefail
DIR="${1:-${TMPDIR:-/tmp}/tradetargets-scale}"
shift || true
SIZES=("${@:-1000 10000}")
FORMS="${TRACKER_FORMS:-page site}"
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"

if ! [ -x /usr/bin/time ]; then
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q time
fi

dotnet build "$ROOT/benchmarks/TradeTargets.Benchmarks" -c Release -v quiet -nologo
dotnet build "$ROOT/samples/TradeTargets.Sample" -c Release -v quiet -nologo
BENCH="$ROOT/benchmarks/TradeTargets.Benchmarks/bin/Release/net10.0/TradeTargets.Benchmarks"
SAMPLE="$ROOT/samples/TradeTargets.Sample/bin/Release/net10.0/TradeTargets.Sample"

printf '%8s %6s %10s %10s %12s %8s\n' goals form seconds peak_MB size_MB files
for n in ${SIZES[*]}; do
  folder="$DIR/$n"
  [ -f "$folder/comtrade.csv" ] || "$BENCH" portfolio "$folder" "$n"
  for form in $FORMS; do
    # shellcheck disable=SC2206
    args=(--no-seed --data "$folder/goals.csv" --data "$folder/comtrade.csv" --no-charts --as-of 2026-01-01 ${TRACKER_ARGS:-})
    rm -rf "$folder/site" "$folder/page.html"
    if [ "$form" = page ]; then
      /usr/bin/time -f '%e %M' -o "$folder/time.txt" "$SAMPLE" "${args[@]}" --format html > "$folder/page.html" 2> "$folder/err.txt"
      bytes=$(stat -c %s "$folder/page.html"); files=1
    else
      /usr/bin/time -f '%e %M' -o "$folder/time.txt" "$SAMPLE" "${args[@]}" --format csv --site "$folder/site" > /dev/null 2> "$folder/err.txt"
      bytes=$(du -sb "$folder/site" | cut -f1); files=$(find "$folder/site" -type f | wc -l)
    fi
    read -r seconds kb < "$folder/time.txt"
    printf '%8s %6s %10s %10s %12s %8s\n' "$n" "$form" "$seconds" "$((kb / 1024))" "$((bytes / 1048576))" "$files"
  done
done
