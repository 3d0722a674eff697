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
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
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
