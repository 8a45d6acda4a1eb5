#!/usr/bin/env bash
# Mutation testing of the numbers: runs Stryker.NET (a local dotnet tool pinned in .config/dotnet-tools.json)
# with tests/TradeTargets.Tests against src/TradeTargets, mutating only the files given, and prints the
# mutation score of each file from Stryker's JSON report.
#
#   bash build/mutation-test.sh                       # the evaluation core (the default list below)
#   bash build/mutation-test.sh Model/Amount.cs Model/ReportingPeriod.cs
#   STRYKER_CONCURRENCY=2 bash build/mutation-test.sh all
#
# File arguments are relative to src/TradeTargets and may be globs (quote them: 'Goals/Deadline*.cs').
# "all" means every file listed in docs/mutation-testing.md. STRYKER_CONCURRENCY sets the number of
# test runners (default 1). Not part of CI: two files took about 20 minutes on two cores (docs/mutation-testing.md).
# The report stays in StrykerOutput/<timestamp>/reports (ignored by git).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

# The file lists live once, in the table of docs/mutation-testing.md ("| group | files ... |" rows, paths in
# backticks); the evaluation core is the row marked "(the default)".
table_files() { # $1: a pattern the rows must match
  sed -n '/^| group | files/,/^$/p' docs/mutation-testing.md | grep -E "$1" | grep -oE '`[^`]+`' | tr -d '`'
}
mapfile -t core < <(table_files '^\| [^|]*\(the default\)')
mapfile -t all < <(table_files '^\| [a-z][^|]*\| `')
if [ "${#core[@]}" -eq 0 ] || [ "${#all[@]}" -le "${#core[@]}" ]; then
  echo "error: could not read the file lists from the table in docs/mutation-testing.md" >&2
  exit 2
fi

if [ "$#" -eq 0 ]; then
  files=("${core[@]}")
elif [ "$#" -eq 1 ] && [ "$1" = all ]; then
  files=("${all[@]}")
else
  files=("$@")
fi

# Installs the pinned dotnet-stryker from .config/dotnet-tools.json (no global tools needed).
dotnet tool restore >/dev/null

mutate=()
for f in "${files[@]}"; do
  mutate+=(--mutate "**/src/TradeTargets/$f")
done

# Stryker runs from the test project's folder (from the root it would pick up the solution and refuse a test
# project), with the library as the project under test.
cd "$root/tests/TradeTargets.Tests"
started=$(date +%s)
dotnet tool run dotnet-stryker \
  --project TradeTargets.csproj \
  --configuration Release \
  --concurrency "${STRYKER_CONCURRENCY:-1}" \
  --reporter json --reporter progress \
  --output "$root/StrykerOutput/$(date +%Y-%m-%d.%H-%M-%S)" \
  "${mutate[@]}"
elapsed=$(( $(date +%s) - started ))

report=$(ls -t "$root"/StrykerOutput/*/reports/mutation-report.json | head -n 1)
echo
echo "Mutation score per file ($report, ${elapsed}s):"
# Score as Stryker computes it: killed + timeout over all valid mutants (compile errors and ignored ones excluded).
python3 - "$report" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
detected = ("Killed", "Timeout")
undetected = ("Survived", "NoCoverage")
total_d = total_v = 0
for path, body in sorted(report["files"].items()):
    statuses = [m["status"] for m in body["mutants"]]
    d = sum(s in detected for s in statuses)
    v = d + sum(s in undetected for s in statuses)
    if v == 0:
        continue
    total_d += d; total_v += v
    name = path.split("src/TradeTargets/", 1)[-1]
    survived = sum(s == "Survived" for s in statuses)
    nocov = sum(s == "NoCoverage" for s in statuses)
    print(f"  {name:55} {100.0 * d / v:6.2f}%  ({d}/{v} detected, {survived} survived, {nocov} no coverage)")
if total_v:
    print(f"  {'overall':55} {100.0 * total_d / total_v:6.2f}%  ({total_d}/{total_v})")
PY
