#!/usr/bin/env bash
# Starts the Windows build under Wine far enough to print its version.
# Go 1.24+ programs load ProcessPrng from bcryptprimitives.dll, which Windows 10/11 have and
# Debian 12's Wine 8.0 lacks; a throw-away Wine prefix gets a test-only stand-in (scripts/wine/).
set -euo pipefail
cd "$(dirname "$0")/.."
exe=${1:-dist/tafkik.exe}
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
export WINEPREFIX=$prefix WINEDEBUG=-all
wineboot -i >/dev/null 2>&1 || true
x86_64-w64-mingw32-gcc -shared -O2 -o "$prefix/drive_c/windows/system32/bcryptprimitives.dll" \
	scripts/wine/bcryptprimitives.c -ladvapi32
out=$(timeout 180 wine "$exe" --version 2>/dev/null | tr -d '\r')
echo "wine $exe --version: $out"
case "$out" in
tafkik\ *) ;;
*) echo "wine-check: no version printed" >&2; exit 1 ;;
esac
