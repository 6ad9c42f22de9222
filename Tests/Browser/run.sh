#!/usr/bin/env bash
# The workbench's journeys in a real browser (Tests/Browser/journeys.py): installs
# Chromium, its WebDriver and CJK fonts from Debian and selenium from PyPI when missing,
# builds `audit`, and runs every journey (or those named). Screenshots go to $SHOTS
# (default /tmp/workbench-journeys).
set -euo pipefail
cd "$(dirname "$0")/../.."
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v chromedriver >/dev/null || need+=(chromium-driver)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
if ((${#need[@]})); then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
if ! python3 -c "import selenium" 2>/dev/null; then
    python3 -m pip install --quiet selenium 2>/dev/null || python3 -m pip install --quiet --break-system-packages selenium
fi
swift build --product audit
python3 Tests/Browser/journeys.py "$@"
