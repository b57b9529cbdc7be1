#!/usr/bin/env bash
# Installs Debian's Firefox ESR (153 from the security archive), which the Firefox browser tests drive with the built add-on.
set -euo pipefail
if [ -x /usr/bin/firefox-esr ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends firefox-esr
