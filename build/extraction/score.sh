#!/usr/bin/env bash
# Scores the extractor on the annotated corpus splits (tests/TradeTargets.Tests/Extraction/Corpus/<split>), one table per
# split; docs/extraction.md says how the splits were made and how often the test split was scored.
# Usage: build/extraction/score.sh [split...] [--errors | --check]   (default: train; the blind test split only when named)
# --check reads the headers of the named splits and counts their records without running the extractor.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CORPUS="$ROOT/tests/TradeTargets.Tests/Extraction/Corpus"
splits=() errors=()
for arg in "$@"; do
  case "$arg" in
    --errors|--check) errors=("$arg") ;;
    *) splits+=("$arg") ;;
  esac
done
[ ${#splits[@]} -gt 0 ] || splits=(train)

dotnet build "$ROOT/build/ExtractionScore" -c Release -v quiet -nologo
for split in "${splits[@]}"; do
  dotnet "$ROOT/build/ExtractionScore/bin/Release/net10.0/ExtractionScore.dll" "$split" "$CORPUS/$split" "${errors[@]}"
  echo
done
