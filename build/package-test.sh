#!/usr/bin/env bash
# Packaging test: runs the README's steps for using the packages from a local folder as written (its "Using the
# packages from a local folder" shell block, with the two folders it names placed in a temporary folder), compiles the
# README's quick start (its first C# block) unchanged against the packages, runs it, and checks that it wrote PNGs;
# then adds the reports package the same way and checks that it writes the tracker page. Run from anywhere; exits
# non-zero on any failure.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

readme="$root/README.md"
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$root/Directory.Build.props" | head -n 1)
test -n "$version"

# The shell block under the heading, unchanged but for the two folder lines, which this script chooses.
steps="$work/steps.sh"
awk '/^## Using the packages from a local folder$/ { section = 1; next } /^## / { section = 0 }
     section && /^```sh$/ && !done { inside = 1; next } inside && /^```$/ { inside = 0; done = 1 } inside { print }' "$readme" > "$steps"
test -s "$steps"
grep -q "^packages=" "$steps" && grep -q "^app=" "$steps" || { echo "the README's steps no longer name the packages and app folders" >&2; exit 1; }
# The README must ask for the version the build packs.
grep -q -- "--version $version\$" "$steps" || { echo "the README's steps do not ask for version $version (Directory.Build.props)" >&2; exit 1; }

export packages="$work/packages" app="$work/quickstart"
# A fresh package cache, so a copy of this version restored earlier is never used instead of what was just packed;
# the machine's cache serves the dependencies without downloading them again.
export NUGET_FALLBACK_PACKAGES="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
export NUGET_PACKAGES="$work/nuget-cache"
(cd "$root" && grep -v -e '^packages=' -e '^app=' "$steps" | bash -euo pipefail)

ls "$packages"/TradeTargets."$version".nupkg "$packages"/TradeTargets.Charts."$version".nupkg "$packages"/TradeTargets.Reports."$version".nupkg "$packages"/TradeTargets."$version".snupkg >/dev/null
# The charts package carries its font's licence next to the assembly that embeds the font.
grep -aq 'Fonts/LICENSE-DejaVu.txt' "$packages"/TradeTargets.Charts."$version".nupkg || { echo "TradeTargets.Charts package lacks Fonts/LICENSE-DejaVu.txt" >&2; exit 1; }

# The first ```csharp block of README.md, unchanged.
awk '/^```csharp$/ { if (!done) { inside = 1; next } } /^```$/ { if (inside) { inside = 0; done = 1 } } inside { print }' "$readme" > "$app/Program.cs"
test -s "$app/Program.cs"

(cd "$app" && dotnet run --nologo -v quiet)
for png in "$app"/*.png; do
  test -s "$png"
  head -c 4 "$png" | od -An -tx1 | grep -q '89 50 4e 47' || { echo "$png is not a PNG" >&2; exit 1; }
done
ls "$app"/*.png >/dev/null
# The reports package restores with its dependencies from the same folder and writes the tracker page.
(cd "$app" && dotnet add package TradeTargets.Reports --version "$version" >/dev/null)
cat > "$app/Program.cs" <<'CS'
using TradeTargets;
using TradeTargets.Reports;

var report = EvaluationReport.Evaluate(SeedData.Load(), EvaluationOptions.At(new DateOnly(2017, 12, 31)));
File.WriteAllText("tracker.html", report.ToText(ReportFormat.Html));
CS
(cd "$app" && dotnet run --nologo -v quiet)
grep -q '<h1>Trade goals tracker</h1>' "$app/tracker.html" || { echo "the reports package did not write the tracker page" >&2; exit 1; }
echo "package test passed: the README's steps packed version $version into a folder, the quick start compiled against it and wrote $(ls "$app"/*.png | wc -l) PNG file(s); the reports package wrote the tracker page"
