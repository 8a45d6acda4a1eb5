#!/usr/bin/env bash
# Installs the system packages the charts need to render legible text: a sans-serif font family.
# Safe to run repeatedly; does nothing when the font is already there.
set -euo pipefail
if [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
  exit 0
fi
if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq fonts-dejavu-core
else
  echo "Install the DejaVu fonts (package fonts-dejavu-core or similar) with your system's package manager." >&2
  exit 1
fi
