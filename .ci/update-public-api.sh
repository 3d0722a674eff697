#!/usr/bin/env bash
# Regenerates the public API baselines from the code: for the runtime (one per target framework) and the testing
# library, PublicAPI.Unshipped.txt becomes every public symbol that PublicAPI.Shipped.txt does not list. Run it after
# adding or changing public API (or after a merge), review the diff, commit it. Moving entries to Shipped is a release
# step. A shipped symbol that no longer exists (RS0017) is reported, not removed: that is a breaking change to decide.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

update() { # project, target framework, baseline folder
  local project="$root/$1" tfm=$2 dir=$3 log
  log=$(mktemp)
  printf '#nullable enable\n' > "$dir/PublicAPI.Unshipped.txt"
  if ! dotnet build "$project" -f "$tfm" --no-incremental -nodeReuse:false -p:TreatWarningsAsErrors=false > "$log" 2>&1; then
    grep -E ' error ' "$log" | sort -u >&2 || cat "$log" >&2
    rm -f "$log"
    echo "update-public-api: $1 ($tfm) does not build" >&2
    exit 1
  fi
  # Only this project's diagnostics (a dependency's are in the log too), each symbol once, in ordinal order.
  { printf '#nullable enable\n'
    grep -F "[$project" "$log" | grep -E "\[$project(::TargetFramework=$tfm)?\]" \
      | grep -oP "warning RS0016: Symbol '\K.*(?=' is not part of the declared public API)" | LC_ALL=C sort -u
  } > "$dir/PublicAPI.Unshipped.txt"
  if grep -F "[$project" "$log" | grep -q 'warning RS0017'; then
    echo "$1 ($tfm): shipped API that no longer exists (RS0017):" >&2
    grep -F "[$project" "$log" | grep -oP "warning RS0017: \K[^\[]*" | sort -u >&2
  fi
  rm -f "$log"
  echo "$dir/PublicAPI.Unshipped.txt: $(($(wc -l < "$dir/PublicAPI.Unshipped.txt") - 1)) unshipped entries"
}

update src/AirflowSecrets/AirflowSecrets.csproj netstandard2.0 src/AirflowSecrets/PublicAPI/netstandard2.0
update src/AirflowSecrets/AirflowSecrets.csproj net8.0 src/AirflowSecrets/PublicAPI/net8.0
update src/AirflowSecrets.Testing/AirflowSecrets.Testing.csproj net8.0 src/AirflowSecrets.Testing
