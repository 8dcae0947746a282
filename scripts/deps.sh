#!/usr/bin/env bash
# Installs what Tafkik needs on a Debian/Ubuntu machine and is not there yet: the C toolchain
# and X11/OpenGL headers Fyne builds against, Xvfb for headless windows, and the Go modules.
set -euo pipefail
cd "$(dirname "$0")/.."

pkgs=(gcc libc6-dev pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev
	libxinerama-dev libxi-dev libxxf86vm-dev xvfb xauth)
missing=()
for p in "${pkgs[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
	sudo=""
	[ "$(id -u)" -eq 0 ] || sudo=sudo
	echo "installing: ${missing[*]}"
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if ! command -v go >/dev/null; then
	echo "Go 1.26 or newer is needed (https://go.dev/dl); it is not on PATH." >&2
	exit 1
fi
go mod download
