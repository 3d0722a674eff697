#!/usr/bin/env bash
# Runs every comparison, each family in a process of its own, and writes tests/AirflowSecrets.Benchmarks/RESULTS.md
# (machine, date, command, targets). Takes about fifteen minutes on two cores. Not part of CI: timings never decide a build.
# The outage family (minutes of real retry back-off) is run on its own: `... AirflowSecrets.Benchmarks.dll outage`.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build -c Release tests/AirflowSecrets.Benchmarks
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dll="$PWD/tests/AirflowSecrets.Benchmarks/bin/Release/net10.0/AirflowSecrets.Benchmarks.dll"
# The analyzer comparison and the consumer build first: they time whole builds.
bash tests/AirflowSecrets.Benchmarks/analyzer-vs-sonar.sh "$work/analyzers.md"
bash tests/AirflowSecrets.Benchmarks/consumer-build.sh "$work/build.md" "${BUILD_ROUNDS:-5}"
bash tests/AirflowSecrets.Benchmarks/start-to-first-secret.sh "$work/start.md" "${START_ROUNDS:-7}"
(cd "$work" && dotnet "$dll" measure "$work/measure.md")
(cd "$work" && dotnet "$dll" roundtrips "$work/roundtrips.md")
(cd "$work" && dotnet "$dll" configuration "$work/configuration.md")
for family in warm cold generator parsing; do
  (cd "$work" && dotnet "$dll" family "$family" "$work/$family.md")
done
dotnet "$dll" results "$PWD/tests/AirflowSecrets.Benchmarks/RESULTS.md" "$work" "tests/AirflowSecrets.Benchmarks/run.sh"
echo "Wrote tests/AirflowSecrets.Benchmarks/RESULTS.md"
