#!/usr/bin/env bash
# Packaging test: packs the three packages, builds a fresh console project that references them from a
# local folder feed, compiles the README's quick start (its first C# block) unchanged, runs it, and
# checks that it wrote a PNG. Run from anywhere; exits non-zero on any failure.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

feed="$work/feed"
version="0.1.0-packagetest.$(date +%s)"
dotnet pack "$root/src/TradeTargets/TradeTargets.csproj" -c Release -o "$feed" -p:Version="$version" --nologo -v quiet
dotnet pack "$root/src/TradeTargets.Charts/TradeTargets.Charts.csproj" -c Release -o "$feed" -p:Version="$version" --nologo -v quiet
dotnet pack "$root/src/TradeTargets.Reports/TradeTargets.Reports.csproj" -c Release -o "$feed" -p:Version="$version" --nologo -v quiet
ls "$feed"/TradeTargets."$version".nupkg "$feed"/TradeTargets.Charts."$version".nupkg "$feed"/TradeTargets.Reports."$version".nupkg "$feed"/TradeTargets."$version".snupkg >/dev/null
# The charts package carries its font's licence next to the assembly that embeds the font.
grep -aq 'Fonts/LICENSE-DejaVu.txt' "$feed"/TradeTargets.Charts."$version".nupkg || { echo "TradeTargets.Charts package lacks Fonts/LICENSE-DejaVu.txt" >&2; exit 1; }

app="$work/QuickStart"
mkdir -p "$app"
# The consumer must not inherit this repository's build conventions.
cat > "$app/Directory.Build.props" <<'XML'
<Project />
XML
cat > "$app/Directory.Packages.props" <<'XML'
<Project />
XML
cat > "$app/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local-packages" value="$feed" />
  </packageSources>
</configuration>
XML
cat > "$app/QuickStart.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="TradeTargets" Version="$version" />
    <PackageReference Include="TradeTargets.Charts" Version="$version" />
    <PackageReference Include="TradeTargets.Reports" Version="$version" />
  </ItemGroup>
</Project>
XML
# The first ```csharp block of README.md, unchanged.
awk '/^```csharp$/ { if (!done) { inside = 1; next } } /^```$/ { if (inside) { inside = 0; done = 1 } } inside { print }' "$root/README.md" > "$app/Program.cs"
test -s "$app/Program.cs"

(cd "$app" && dotnet run --nologo -v quiet)
for png in "$app"/*.png; do
  test -s "$png"
  head -c 4 "$png" | od -An -tx1 | grep -q '89 50 4e 47' || { echo "$png is not a PNG" >&2; exit 1; }
done
ls "$app"/*.png >/dev/null
# The reports package restores with its dependencies from the feed and writes the tracker page.
cat > "$app/Program.cs" <<'CS'
using TradeTargets;
using TradeTargets.Reports;

var report = EvaluationReport.Evaluate(SeedData.Load(), EvaluationOptions.At(new DateOnly(2017, 12, 31)));
File.WriteAllText("tracker.html", report.ToText(ReportFormat.Html));
CS
(cd "$app" && dotnet run --nologo -v quiet)
grep -q '<h1>Trade goals tracker</h1>' "$app/tracker.html" || { echo "the reports package did not write the tracker page" >&2; exit 1; }
echo "package test passed: the README quick start compiled against the packages and wrote $(ls "$app"/*.png | wc -l) PNG file(s); the reports package wrote the tracker page"
