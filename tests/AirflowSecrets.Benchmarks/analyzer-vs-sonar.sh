#!/usr/bin/env bash
# 5. Analyzer cost: our AFS1xx rules against SonarAnalyzer.CSharp 9.32's S2068 on the same generated code base
# (the labelled corpus, replicated into a few hundred files), timed by the compiler (-p:ReportAnalyzer=true).
# The same comparison on real code bases (bitwarden/server and others) is tools/SecretScan/run.sh.
# Usage: analyzer-vs-sonar.sh <markdown output file>
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
out="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

analyzer="$repo/src/AirflowSecrets.Analyzers/bin/Release/netstandard2.0/AirflowSecrets.Analyzers.dll"
[ -f "$analyzer" ] || dotnet build -c Release "$repo/src/AirflowSecrets.Analyzers" >/dev/null
# A few corpus files use the runtime's types (as users' test code does); the code base references it like the tests do.
runtime="$repo/src/AirflowSecrets/bin/Release/net8.0/AirflowSecrets.dll"
[ -f "$runtime" ] || dotnet build -c Release "$repo/src/AirflowSecrets" >/dev/null

copies=2
n=0
for copy in $(seq 1 $copies); do
  for file in "$repo"/tests/AirflowSecrets.Analyzers.Tests/Corpus/*.cs; do
    # One project holds every copy: only files in the corpus's file-scoped `namespace Corpus;` can be renamed apart.
    # Files that declare stand-ins for library types in those libraries' own namespaces (a few round-3 files) would
    # collide with each other and with their second copy, so they are left out of this timing.
    grep -q '^namespace Corpus;' "$file" || continue
    n=$((n + 1))
    sed "s/^namespace Corpus;/namespace Corpus.F$n;/" "$file" > "$work/F$n.cs"
  done
done

cat > "$work/SonarLint.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<AnalysisInput>
  <Settings />
  <Rules>
    <Rule>
      <Key>S2068</Key>
      <Parameters>
        <Parameter><Key>credentialWords</Key><Value>password, passwd, pwd, passphrase</Value></Parameter>
      </Parameters>
    </Rule>
  </Rules>
  <Files />
</AnalysisInput>
XML

cat > "$work/CodeBase.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
    <NoWarn>\$(NoWarn);CS0618;SYSLIB0057;CS8618;CS1998;CS0219;CS0168</NoWarn>
    <EnableNETAnalyzers>false</EnableNETAnalyzers>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="SonarAnalyzer.CSharp" Version="9.32.0.97167" PrivateAssets="all" />
    <PackageReference Include="Azure.Identity" Version="1.21.0" />
    <PackageReference Include="Azure.Security.KeyVault.Secrets" Version="4.12.0" />
    <PackageReference Include="Microsoft.Extensions.Configuration" Version="10.0.10" />
    <PackageReference Include="Microsoft.Extensions.Configuration.Binder" Version="10.0.10" />
    <Reference Include="AirflowSecrets" HintPath="$runtime" />
    <Analyzer Include="$analyzer" />
    <AdditionalFiles Include="SonarLint.xml" />
  </ItemGroup>
</Project>
XML

dotnet restore "$work/CodeBase.csproj" >/dev/null
report() {
  dotnet build "$work/CodeBase.csproj" -c Release --no-restore --no-incremental -nodeReuse:false -p:UseSharedCompilation=false \
    -p:ReportAnalyzer=true -v:d 2>&1
}
report > /dev/null            # warm the disk and the JIT
log="$(report)"

ours=$(grep -E '^\s+[0-9.]+\s+[0-9<]+\s+AirflowSecrets\.Analyzers\.HardCodedSecretAnalyzer' <<<"$log" | head -1 | awk '{print $1}')
sonar=$(grep -E '^\s+[0-9.]+\s+[0-9<]+\s+SonarAnalyzer\..*S2068' <<<"$log" | head -1 | awk '{print $1}')
sonar_name=$(grep -E '^\s+[0-9.]+\s+[0-9<]+\s+SonarAnalyzer\..*S2068' <<<"$log" | head -1 | sed -E 's/^\s+[0-9.]+\s+[0-9<]+\s+//')
sonar_all=$(grep -E '^\s+[0-9.]+\s+[0-9<]+\s+SonarAnalyzer\.CSharp, Version' <<<"$log" | head -1 | awk '{print $1}')
afs_count=$(grep -oE '[A-Za-z0-9_]+\.cs\([0-9]+,[0-9]+\): warning AFS10[1-4]' <<<"$log" | sort -u | wc -l)
s2068_count=$(grep -oE '[A-Za-z0-9_]+\.cs\([0-9]+,[0-9]+\): warning S2068' <<<"$log" | sort -u | wc -l)

ratio=$(awk -v a="${ours:-0}" -v b="${sonar:-0}" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')
verdict=$(awk -v r="$ratio" 'BEGIN { if (r == "n/a") print "not measured"; else if (r + 0 <= 1) print "met"; else print "MISSED" }')

{
  echo "| Code base | $n files (the corpus, $copies copies) |"
  echo "|---|---|"
  echo "| AirflowSecrets HardCodedSecretAnalyzer (AFS101-AFS104) | ${ours:-?} s, $afs_count findings |"
  echo "| SonarAnalyzer.CSharp 9.32 ${sonar_name:-S2068} | ${sonar:-?} s, $s2068_count findings |"
  echo "| SonarAnalyzer.CSharp assembly in all (only S2068 enabled) | ${sonar_all:-?} s |"
  echo "| Ratio ours / S2068 (target: at most 1, no slower than S2068) | $ratio ($verdict) |"
} > "$out"
cat "$out"
