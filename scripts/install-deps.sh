#!/usr/bin/env bash
# Installs exactly the Debian 12 packages that building and testing stretch
# need. Idempotent: does nothing when they are all present. Runs as root, or
# through sudo when it is available.
set -euo pipefail

packages=(
  g++ cmake ninja-build
  lld   # links the program with its functions in start-up order (CMakeLists.txt)
  libcli11-dev libtomlplusplus-dev libsqlitecpp-dev libsqlite3-dev nlohmann-json3-dev
  libutf8proc-dev pkgconf   # utf8proc is found through its pkg-config file
  catch2
  sqlite3   # the end-to-end tests read the database the way a user would
  bash-completion zsh fish mandoc   # the completion and man page checks
  # Printed sheets: Chromium prints the HTML to PDF, poppler-utils reads the
  # PDF back, xmllint parses each SVG, and Liberation Sans (Arial's metrics)
  # is the face the sheets are laid out for.
  chromium poppler-utils libxml2-utils fonts-liberation2
  # The fuzz targets (CI's last stages): clang, its libFuzzer and sanitizer
  # runtimes (a Recommends of clang, which --no-install-recommends skips),
  # and llvm-symbolizer for stack traces with files and lines.
  clang libclang-rt-14-dev llvm
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root, or install sudo" >&2; exit 1; }
  as_root=(sudo)
fi
echo "install-deps: installing ${missing[*]}" >&2
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
