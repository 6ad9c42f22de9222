#!/usr/bin/env bash
# Builds the audit binary for installing elsewhere: release, the Swift runtime and
# Foundation linked in statically (the machine it goes to needs no Swift), the default
# knowledge base built in. Then checks it as a new user would: copied alone into an
# empty folder, run with an empty environment, on a report copied beside it.
#
# usage: Scripts/build-release.sh [OUT_DIR]   (default: dist; writes OUT_DIR/audit)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$(mkdir -p "${1:-$root/dist}" && cd "${1:-$root/dist}" && pwd)

cd "$root"
echo "build-release: swift build -c release --static-swift-stdlib…" >&2
swift build -c release --product audit --static-swift-stdlib >/dev/null
cp "$(swift build -c release --show-bin-path)/audit" "$out/audit"
strip "$out/audit" 2>/dev/null || true

# Only system libraries may be left to load (libxml2 is FoundationXML's, for .docx).
if ldd "$out/audit" | grep -i swift; then
    echo "build-release: the binary still loads a Swift library" >&2
    exit 1
fi

trial=$(mktemp -d /tmp/audit-release-XXXXXX)
trap 'rm -rf "$trial"' EXIT
mkdir "$trial/bin" "$trial/work"
cp "$out/audit" "$trial/bin/audit"
cp cases/yunxi-2024/report.txt "$trial/work/report.txt"
run() { (cd "$trial/work" && env -i PATH=/usr/bin:/bin "$trial/bin/audit" "$@"); }

run --version | grep -q '^规则库 内置：' || { echo "build-release: --version does not name the built-in knowledge" >&2; exit 1; }
status=0
run check report.txt >"$trial/check.txt" || status=$?
[ "$status" -eq 1 ] || { echo "build-release: check exited $status, expected 1 (findings)" >&2; cat "$trial/check.txt" >&2; exit 1; }
grep -q '项发现' "$trial/check.txt" || { echo "build-release: check printed no summary" >&2; exit 1; }
run knowledge export edited >/dev/null
run rules lint --strict edited >/dev/null || { echo "build-release: the exported knowledge does not lint clean" >&2; exit 1; }
status=0
run >/dev/null 2>&1 || status=$?
[ "$status" -eq 64 ] || { echo "build-release: 'audit' alone exited $status, expected 64" >&2; exit 1; }

echo "build-release: $out/audit ($(du -h "$out/audit" | cut -f1)), runs from an empty folder without Swift:" >&2
ldd "$out/audit" | awk '{print "  " $1}' >&2
