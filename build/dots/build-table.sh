#!/usr/bin/env bash
# Builds the bundled IMF DOTS table, src/TradeTargets.ImfDots/Data/dots-2022.bin.br, from the IMF's Excel
# workbooks (one per reporter). Run by a developer when a new vintage is taken in; see
# src/TradeTargets.ImfDots/README.md. Usage:
#
#   bash build/dots/build-table.sh WORKBOOK_FOLDER [ORIGIN]
#
# WORKBOOK_FOLDER holds the .xlsx files (for the 2022 vintage: data/DOTS of a clone of
# https://github.com/SamLeBlanc/Direction-of-Trade-Map); ORIGIN is recorded in the table as where they came
# from (by default the folder's git remote and commit, when it is inside a git clone).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
folder="${1:?usage: build-table.sh WORKBOOK_FOLDER [ORIGIN]}"
origin="${2:-}"
if [ -z "$origin" ] && git -C "$folder" rev-parse HEAD >/dev/null 2>&1; then
  origin="$(git -C "$folder" config --get remote.origin.url || echo unknown) at $(git -C "$folder" rev-parse HEAD), $(git -C "$folder" rev-parse --show-prefix)"
fi
origin="${origin:-$folder}"
dotnet build "$root/build/dots/DotsTableBuilder/DotsTableBuilder.csproj" -c Release --nologo -v quiet
/usr/bin/time -f "build step: %e s elapsed, %M KB peak memory" \
  dotnet "$root/build/dots/DotsTableBuilder/bin/Release/net10.0/DotsTableBuilder.dll" \
  "$folder" "$root/src/TradeTargets.ImfDots/Data/dots-2022.bin.br" 2022 "$origin"
