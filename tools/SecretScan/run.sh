#!/usr/bin/env bash
# Measures the AFS1xx rules (and SonarAnalyzer 9.32's S2068 beside them) on the public code bases listed in
# codebases.tsv. By hand only: never in CI (it needs the repositories, minutes per code base, and Sonar).
#
#   tools/SecretScan/run.sh <scratch-dir> <out-dir> [set]      set: measured (default), a set of codebases.tsv (held-out-r4, held-out-r5...) or all
#
# <scratch-dir>/<owner>+<name> must hold each repository's files at the listed commit, outside this repository
# (never commit them), e.g.: git --git-dir=<clone>/.git archive <commit> | tar -x -C <scratch-dir>/<owner>+<name>
# ANALYZER=<dll> measures another build (e.g. an older one) instead of src/AirflowSecrets.Analyzers' Release build.
# Writes <out-dir>/<owner>+<name>.tsv (findings), <out-dir>/sizes.tsv and <out-dir>/summary.txt; score them with
#   dotnet tools/SecretScan/bin/Release/net10.0/SecretScan.dll score --findings <out-dir>/*.tsv --labels tools/SecretScan/labels/*.tsv --sizes <out-dir>/sizes.tsv
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
scratch="$(cd "$1" && pwd)"
mkdir -p "$2"
out="$(cd "$2" && pwd)"
set_name="${3:-measured}"

dotnet build -c Release "$repo/tools/SecretScan" >/dev/null
analyzer="${ANALYZER:-$repo/src/AirflowSecrets.Analyzers/bin/Release/netstandard2.0/AirflowSecrets.Analyzers.dll}"
if [ -z "${ANALYZER:-}" ]; then dotnet build -c Release "$repo/src/AirflowSecrets.Analyzers" >/dev/null; fi

# SonarAnalyzer.CSharp from the NuGet feed, restored into a throw-away project.
sonar_home="$(mktemp -d)"
trap 'rm -rf "$sonar_home"' EXIT
cat > "$sonar_home/Sonar.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup>
  <ItemGroup><PackageReference Include="SonarAnalyzer.CSharp" Version="9.32.0.97167" PrivateAssets="all" /></ItemGroup>
</Project>
XML
dotnet restore "$sonar_home/Sonar.csproj" >/dev/null
packages="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
sonar="$packages/sonaranalyzer.csharp/9.32.0.97167/analyzers/SonarAnalyzer.CSharp.dll"

scan="$repo/tools/SecretScan/bin/Release/net10.0/SecretScan.dll"
: > "$out/summary.txt"
grep -v '^#' "$repo/tools/SecretScan/codebases.tsv" | while IFS=$'\t' read -r name commit which; do
  [ "$set_name" = all ] || [ "$which" = "$set_name" ] || continue
  folder="$scratch/${name/\//+}"
  [ -d "$folder" ] || { echo "missing $folder (extract $name at $commit there)" >&2; exit 1; }
  dotnet "$scan" scan --name "$name" --commit "$commit" --root "$folder" --analyzer "$analyzer" "$sonar" \
    --rules AFS101,AFS102,AFS103,AFS104,S2068 --out "$out/${name/\//+}.tsv" --sizes "$out/sizes.tsv" | tee -a "$out/summary.txt"
done
