#!/usr/bin/env bash
# Browser check of the tracker page: writes the page for the seed data and for a hostile data set, opens each in
# Debian's chromium through Playwright for .NET (no browser download: the installed chromium is the executable),
# and checks that there are no console errors, no dialogs and no network requests, that a column header sorts the
# table, that the page fits 375 px, and that axe-core finds no serious or critical violation. Screenshots at
# 1280x800 and 375x800 go to docs/gallery. Installs chromium with apt-get if it is missing. Exits non-zero on any failure.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ ! -x /usr/bin/chromium ]; then
  apt-get update && apt-get install -y chromium
fi

# axe-core from npm, into a throw-away folder.
(cd "$work" && npm install --silent --no-audit --no-fund axe-core >/dev/null)
axe="$work/node_modules/axe-core/axe.min.js"
test -s "$axe"

dotnet build "$root/build/BrowserCheck/BrowserCheck.csproj" -c Release --nologo -v quiet
dotnet "$root/build/BrowserCheck/bin/Release/net10.0/BrowserCheck.dll" "$axe" "$root/docs/gallery"
echo "browser check passed: screenshots in docs/gallery (tracker-*.png for the seed page, world-tracker-*.png for the world record)"
