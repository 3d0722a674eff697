#!/usr/bin/env bash
# The README's test command. Installs, when missing, the servers the client tests start themselves
# (PostgreSQL, MariaDB and Redis from Debian's packages; Azurite from the npm registry, into .tools/, which git
# ignores), then runs every test: dotnet test Generators.sln (arguments are passed on).
# The tests start their own instances in temporary folders on free ports and stop them; no service is started here.
#   bash scripts/test.sh                  install what is missing, then test
#   bash scripts/test.sh --install-only   install what is missing, nothing else
set -euo pipefail
cd "$(dirname "$0")/.."

AZURITE_VERSION=3.37.0
install_only=false
if [ "${1:-}" = "--install-only" ]; then install_only=true; shift; fi

have_postgres() { ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null; }
have_mariadb() { [ -x /usr/sbin/mariadbd ] && [ -x /usr/bin/mariadb-install-db ] && command -v my_print_defaults >/dev/null; }
have_redis() { command -v redis-server >/dev/null; }
have_node() { command -v node >/dev/null && command -v npm >/dev/null; }

packages=()
have_postgres || packages+=(postgresql)
have_mariadb || packages+=(mariadb-server-core mariadb-client-core)
have_redis || packages+=(redis-server)
have_node || packages+=(nodejs npm)

if [ "${#packages[@]}" -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "test.sh: installing ${packages[*]} needs root (apt-get install -y ${packages[*]})" >&2; exit 1; }
    sudo="sudo"
  fi
  echo "test.sh: installing ${packages[*]}"
  start=$(date +%s)
  # The tests start their own server instances; the packages must not start system services or create a default
  # PostgreSQL cluster. policy-rc.d answering 101 stops services from starting during the install (container images
  # have one already); createcluster.conf is read by postgresql-common's post-install step.
  policy_added=false
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $sudo tee /usr/sbin/policy-rc.d >/dev/null
    $sudo chmod +x /usr/sbin/policy-rc.d
    policy_added=true
  fi
  if [ ! -e /etc/postgresql-common/createcluster.conf ]; then
    $sudo mkdir -p /etc/postgresql-common
    echo 'create_main_cluster = false' | $sudo tee /etc/postgresql-common/createcluster.conf >/dev/null
  fi
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    -o Dpkg::Options::=--force-confold "${packages[@]}" >/dev/null
  if $policy_added; then $sudo rm -f /usr/sbin/policy-rc.d; fi
  echo "test.sh: Debian packages installed in $(( $(date +%s) - start )) s"
fi

if [ ! -f .tools/node_modules/azurite/dist/src/blob/main.js ]; then
  echo "test.sh: installing azurite@${AZURITE_VERSION} into .tools/"
  start=$(date +%s)
  mkdir -p .tools
  npm install --prefix .tools --no-audit --no-fund --loglevel=error "azurite@${AZURITE_VERSION}" >/dev/null
  echo "test.sh: Azurite installed in $(( $(date +%s) - start )) s"
fi

$install_only && exit 0
exec dotnet test Generators.sln "$@"
