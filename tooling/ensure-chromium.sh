#!/usr/bin/env bash
# Makes sure a Chromium the browser tests can drive is on this machine, and prints its path.
# CHROME_PATH wins; then the usual places; as root with apt-get, Debian's package is installed.
set -euo pipefail

find_chromium() {
  local candidate
  for candidate in ${CHROME_PATH:-} /usr/bin/chromium /usr/bin/chromium-browser \
    /usr/bin/google-chrome-stable /usr/bin/google-chrome /snap/bin/chromium; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if find_chromium; then exit 0; fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "No Chromium found for the browser tests. Install Debian's chromium package" \
    "(apt-get install -y chromium) or set CHROME_PATH to a Chromium or Chrome binary." >&2
  exit 1
fi
echo "Installing Debian's chromium package for the browser tests…" >&2
apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
find_chromium
