#!/usr/bin/env bash
# `make dist`: every artifact a district office installs, from a clean checkout, into dist/:
#   Tafkik.tar.xz         the Linux desktop package (fyne package -os linux)
#   tafkik.exe            the Windows 64-bit desktop program (cgo via mingw-w64, icon + version resource)
#   tafkikctl-*, center137-*  the command-line tools for linux/amd64, windows/amd64, darwin/arm64 (pure Go)
#   SHA256SUMS
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

need=()
command -v x86_64-w64-mingw32-gcc >/dev/null || need+=(gcc-mingw-w64-x86-64)
command -v file >/dev/null || need+=(file)
command -v xz >/dev/null || need+=(xz-utils)
if ((${#need[@]})); then
	sudo=""
	[ "$(id -u)" -eq 0 ] || sudo=sudo
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
fyne=$(go env GOPATH)/bin/fyne
[ -x "$fyne" ] || GOFLAGS= go install fyne.io/tools/cmd/fyne@v1.7.4

# The version lives in FyneApp.toml alone; every binary embeds it (see version.go).
version=$(sed -n 's/^ *Version *= *"\(.*\)"/\1/p' FyneApp.toml | head -n1)
build=$(sed -n 's/^ *Build *= *\([0-9]*\)/\1/p' FyneApp.toml | head -n1)
meta=(--name Tafkik --app-id ir.rasht.tafkik --app-version "$version" --app-build "$build"
	--icon "$root/assets/icon.png" --release)

rm -rf dist && mkdir -p dist
# fyne reads FyneApp.toml (Linux categories, comment…) from the package it builds and bumps its
# Build number there; it gets a throw-away copy so the repository's file stays the source.
sed 's#"assets/icon.png"#"../../assets/icon.png"#' FyneApp.toml >cmd/tafkik/FyneApp.toml
trap 'rm -f cmd/tafkik/FyneApp.toml cmd/tafkik/fyne.syso' EXIT
echo "== Linux desktop package"
(cd cmd/tafkik && "$fyne" package -os linux "${meta[@]}")
mv cmd/tafkik/Tafkik.tar.xz dist/
sed 's#"assets/icon.png"#"../../assets/icon.png"#' FyneApp.toml >cmd/tafkik/FyneApp.toml

echo "== Windows desktop program (mingw-w64)"
(cd cmd/tafkik && CC=x86_64-w64-mingw32-gcc CGO_ENABLED=1 "$fyne" package -os windows "${meta[@]}")
mv cmd/tafkik/Tafkik.exe dist/tafkik.exe
rm -f cmd/tafkik/fyne.syso

echo "== command-line tools"
for target in linux/amd64 windows/amd64 darwin/arm64; do
	os=${target%/*} arch=${target#*/} ext=""
	[ "$os" = windows ] && ext=.exe
	for cmd in tafkikctl center137; do
		CGO_ENABLED=0 GOOS=$os GOARCH=$arch go build -trimpath -ldflags "-s -w" \
			-o "dist/$cmd-$os-$arch$ext" "./cmd/$cmd"
	done
done

(cd dist && sha256sum -- * >SHA256SUMS)
file dist/*
if command -v wine >/dev/null; then scripts/wine-check.sh dist/tafkik.exe; fi
echo "dist: ok ($version build $build)"
