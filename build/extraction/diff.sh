#!/usr/bin/env bash
# Compares two outputs of `score.sh SPLIT --errors` saved to files: prints the second's score tables, then the unmatched
# records only the first lists ("<", read right now) and those only the second lists (">", lost), so a change to the
# extractor can be judged by what it gains and loses on a split (train only while tuning).
# Usage: build/extraction/diff.sh BEFORE.txt AFTER.txt
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 BEFORE.txt AFTER.txt" >&2; exit 2; }
grep '^| ' "$2" || true
diff <(grep -E '^- [0-9a-z]+-' "$1" | sort) <(grep -E '^- [0-9a-z]+-' "$2" | sort) | grep '^[<>]' || true
