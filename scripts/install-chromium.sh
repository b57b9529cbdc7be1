#!/usr/bin/env bash
# Installs Debian's Chromium, which the browser tests and the demo drive with the built extension.
set -euo pipefail
if [ -x /usr/lib/chromium/chromium ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium
