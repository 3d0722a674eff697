#!/usr/bin/env bash
# Runs every comparison and writes tests/AirflowSecrets.Benchmarks/RESULTS.md (machine, date, command, targets).
# Takes about five minutes on two cores. Not part of CI: timings never decide a build.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build -c Release tests/AirflowSecrets.Benchmarks
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The analyzer comparison first, while nothing else runs.
bash tests/AirflowSecrets.Benchmarks/analyzer-vs-sonar.sh "$work/analyzers.md"
(cd "$work" && dotnet "$OLDPWD/tests/AirflowSecrets.Benchmarks/bin/Release/net10.0/AirflowSecrets.Benchmarks.dll" \
  results "$OLDPWD/tests/AirflowSecrets.Benchmarks/RESULTS.md" "$work/analyzers.md" "tests/AirflowSecrets.Benchmarks/run.sh")
echo "Wrote tests/AirflowSecrets.Benchmarks/RESULTS.md"
