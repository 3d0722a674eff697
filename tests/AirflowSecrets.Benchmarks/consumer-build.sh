#!/usr/bin/env bash
# The build cost of the generator and analyzers for a consumer with 200 attributed classes (10 attributes each):
# the packed AirflowSecrets package (built Release), a fresh consumer made from nothing, full builds (--no-incremental)
# with and without AirflowSecrets' analyzer assemblies. "Without" keeps every package and reference and drops only the
# package's Analyzer items before CoreCompile (the classes are plain partial classes then). Rounds alternate, so both
# variants see the same machine load; medians and spreads are compared. Then one build with -p:ReportAnalyzer=true
# gives the time of each generator and analyzer, and one with EmitCompilerGeneratedFiles the generated size.
# Usage: consumer-build.sh OUT.md [ROUNDS]   (not part of CI: timings never decide a build)
set -euo pipefail
out="${1:?usage: consumer-build.sh OUT.md [ROUNDS]}"
rounds="${2:-5}"
classes=200
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
[ -n "${KEEP:-}" ] && echo "work: $work" >&2 || trap 'rm -rf "$work"' EXIT
version="0.1.0-buildbench.$(date -u +%Y%m%d%H%M%S)"

quiet() { "$@" >"$work/step.log" 2>&1 || { cat "$work/step.log" >&2; echo "consumer-build: failed: $*" >&2; exit 1; }; }
quiet dotnet build -c Release "$repo/src/AirflowSecrets/AirflowSecrets.csproj" -v:q -nologo
quiet dotnet pack "$repo/src/AirflowSecrets/AirflowSecrets.csproj" --no-build -c Release -o "$work/feed" -p:Version="$version" -v:q -nologo

consumer="$work/consumer"
mkdir -p "$consumer"
cat >"$consumer/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="fresh" value="$work/feed" />
    <add key="machine" value="${NUGET_PACKAGES:-$HOME/.nuget/packages}" />
  </packageSources>
</configuration>
XML
cat >"$consumer/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <RestorePackagesPath>$work/packages</RestorePackagesPath>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="AirflowSecrets" Version="$version" />
  </ItemGroup>
  <!-- The "without" variant: the same references, no AirflowSecrets generator, analyzers or code fixes. -->
  <Target Name="DropAirflowSecretsAnalyzers" BeforeTargets="CoreCompile" Condition="'\$(WithoutAirflowSecretsAnalyzers)' == 'true'">
    <ItemGroup>
      <Analyzer Remove="@(Analyzer)" Condition="\$([System.String]::Copy('%(Filename)').StartsWith('AirflowSecrets.'))" />
    </ItemGroup>
  </Target>
</Project>
XML
# 200 classes in 200 files, each: 4 text variables (one optional, one with a default), 2 typed variables (an int with
# a default, a string array), 2 connections (one optional), 1 config value, 1 team variable.
for ((c = 0; c < classes; c++)); do
  cat >"$consumer/Secrets$c.cs" <<CS
using AirflowSecrets;

namespace Consumer.Jobs$((c / 20))
{
    [AirflowVariable("job${c}_bucket")]
    [AirflowVariable("job${c}_region")]
    [AirflowVariable("job${c}_owner", Optional = true)]
    [AirflowVariable("job${c}_mode", Default = "fast")]
    [AirflowVariable("job${c}_retries", typeof(int), Default = 3)]
    [AirflowVariable("job${c}_tags", typeof(string[]))]
    [AirflowConnection("job${c}_db")]
    [AirflowConnection("job${c}_cache", Optional = true)]
    [AirflowConfig("job${c}_timeout")]
    [AirflowVariable("job${c}_quota", Team = "team${c}")]
    internal sealed partial class Job${c}Secrets
    {
    }
}
CS
done
echo 'System.Console.WriteLine("built");' >"$consumer/Program.cs"
sed -i 's|<Nullable>|<OutputType>Exe</OutputType><Nullable>|' "$consumer/Consumer.csproj"

cd "$consumer"
quiet dotnet restore -v:q -nologo
hand_bytes=$(cat Secrets*.cs Program.cs | wc -c)
hand_lines=$(cat Secrets*.cs Program.cs | wc -l)

build() { # $1 = with|without, $2 = extra properties; prints seconds
  local without=false
  [ "$1" = without ] && without=true
  local start end
  start=$(date +%s.%N)
  dotnet build --no-restore --no-incremental -nologo -v:q -p:WithoutAirflowSecretsAnalyzers=$without $2 >"$work/last.log" 2>&1 \
    || { cat "$work/last.log" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

stats() { # a list of seconds -> "median min max"
  printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%.2f %.2f %.2f\n", m, a[1], a[NR]}'
}

results=()
for mode in server noserver; do
  props=""
  [ "$mode" = noserver ] && props="-p:UseSharedCompilation=false"
  # Warm-up, not counted: starts the build servers and fills the OS file cache for both variants.
  build with "$props" >/dev/null
  build without "$props" >/dev/null
  with=(); without=()
  for ((r = 0; r < rounds; r++)); do
    with+=("$(build with "$props")")
    without+=("$(build without "$props")")
  done
  read -r wm wlo whi < <(stats "${with[@]}")
  read -r om olo ohi < <(stats "${without[@]}")
  ratio=$(echo "scale=2; $wm / $om" | bc)
  results+=("$mode|$wm|$wlo|$whi|$om|$olo|$ohi|$ratio|${with[*]}|${without[*]}")
done

# Per generator and analyzer (one build with the server, after the rounds).
dotnet build --no-restore --no-incremental -nologo -v:d -p:ReportAnalyzer=true >"$work/report.log" 2>&1 || { cat "$work/report.log" >&2; exit 1; }
analyzers=$(awk '/Total analyzer execution time/ {on = 1} /Done executing task "Csc"/ {on = 0} on' "$work/report.log" \
  | sed 's/^ *//' | grep -E 'execution time|^ *[0-9.<]+ +[0-9<]+ +' | awk '$1 == "<0.001" {next} {print}' | head -30 || true)

# Generated size (not timed).
quiet dotnet build --no-restore --no-incremental -nologo -v:q -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath="$work/generated"
gen_files=$(find "$work/generated" -path '*AirflowSecrets.Generators*' -name '*.cs' | wc -l)
gen_bytes=$(find "$work/generated" -path '*AirflowSecrets.Generators*' -name '*.cs' -exec cat {} + | wc -c)
gen_lines=$(find "$work/generated" -path '*AirflowSecrets.Generators*' -name '*.cs' -exec cat {} + | wc -l)

# Where the compile time goes: csc run directly on the same command line (CPU seconds), with do-nothing analyzers.
driver=$(python3 "$repo/tests/AirflowSecrets.Benchmarks/analyzer-driver.py" "$work/report.log" "$consumer" "$work/generated" "$work" "${DRIVER_RUNS:-3}")

{
  echo "- Consumer: $classes classes x 10 attributes in $classes files, net10.0, the packed AirflowSecrets $version (Release)."
  echo "- Hand-written source: $hand_lines lines, $hand_bytes bytes. Generated: $gen_files files, $gen_lines lines, $gen_bytes bytes ($(echo "scale=1; $gen_bytes / $hand_bytes" | bc)x)."
  echo "- Full build: \`dotnet build --no-restore --no-incremental\`, $rounds rounds alternating with and without, after one warm-up build of each; seconds, median (min-max)."
  echo
  echo "| compiler | with generator and analyzers | without | ratio of medians | every run with / without |"
  echo "|---|---|---|---|---|"
  for row in "${results[@]}"; do
    IFS='|' read -r mode wm wlo whi om olo ohi ratio wall oall <<<"$row"
    label="build server (warm VBCSCompiler)"
    [ "$mode" = noserver ] && label="no server (-p:UseSharedCompilation=false)"
    echo "| $label | $wm ($wlo-$whi) | $om ($olo-$ohi) | ${ratio}x | $wall / $oall |"
  done
  echo
  echo "Generator and analyzer times of one build with the server (\`-p:ReportAnalyzer=true -v:d\`):"
  echo
  echo '```'
  echo "$analyzers"
  echo '```'
  echo
  echo "Where the compile time goes (analyzer-driver.py: csc run directly on this build's command line, no server):"
  echo
  echo "$driver"
  echo
  echo "How to read it: ReportAnalyzer above times the analyzers' own callbacks; the rest of an analyzer's cost is the"
  echo "driver's work for it. Any analyzer that registers a symbol-start action makes the driver follow every member of"
  echo "every partial type to the type's end, generated members included, whatever GeneratedCodeAnalysisFlags says: compare"
  echo "the two do-nothing rows. The AFS1xx analyzer walks each file in one semantic-model action (no symbol-start"
  echo "action), so the generated files cost it nothing: compare its row with the generator's."
} >"$out"
IFS='|' read -r _ wm _ _ om _ _ ratio _ _ <<<"${results[0]}"
met=$(echo "$ratio <= 1.5" | bc)
echo "| Full build of a consumer with 200 attributed classes (10 attributes each), with / without the generator and analyzers, build server | ${ratio}x (${wm} s / ${om} s, medians of $rounds) | at most 1.5x | $([ "$met" = 1 ] && echo met || echo MISSED) |" >"$out.targets"
cat "$out" "$out.targets"
