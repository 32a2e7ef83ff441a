#!/usr/bin/env bash
# The browser tests (tests/VoiceLive.BrowserTests, Category=Browser) drive Debian's Chromium; with CI=true they fail
# when it is missing, so install it here. A no-op when /usr/bin/chromium is already there.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo present)"
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
timeout 300 $sudo apt-get update
timeout 600 $sudo apt-get install -y chromium
/usr/bin/chromium --version
