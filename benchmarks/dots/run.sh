#!/usr/bin/env bash
# The IMF DOTS package's benchmark: the build step over all workbooks (when a workbook folder is given), loading
# the bundled table, and evaluating every seed goal with it. See benchmarks/dots/README.md.
#
#   bash benchmarks/dots/run.sh [WORKBOOK_FOLDER]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
if [ $# -ge 1 ]; then
  # The build step rewrites the bundled table; it is deterministic, so the committed file does not change.
  bash "$root/build/dots/build-table.sh" "$1" "${2:-}"
fi
dotnet build "$root/benchmarks/dots/DotsBench/DotsBench.csproj" -c Release --nologo -v quiet
/usr/bin/time -f "load and evaluate: %e s elapsed, %M KB peak memory (whole process)" \
  dotnet "$root/benchmarks/dots/DotsBench/bin/Release/net10.0/DotsBench.dll"
