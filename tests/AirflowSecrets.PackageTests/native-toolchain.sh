#!/usr/bin/env bash
# Native AOT on Linux compiles and links with clang (or gcc) and zlib's headers. Installs, quietly, only what is
# missing (Debian's packages; needs root). Run by .ci/run and by the package test before its Native AOT publish.
set -euo pipefail
missing=()
command -v clang >/dev/null 2>&1 || command -v gcc >/dev/null 2>&1 || missing+=(clang)
[ -e /usr/include/zlib.h ] || missing+=(zlib1g-dev)
[ "${#missing[@]}" -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Native AOT needs ${missing[*]}: install them (Debian: apt-get install ${missing[*]})" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "installed for Native AOT: ${missing[*]}"
