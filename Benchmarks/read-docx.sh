#!/usr/bin/env bash
# The .docx reader against the text reader on the same reports: the five samples made
# into Word files by Tests/Scripts/make-docx.py, and one large report (the biggest
# sample repeated 40 times: a document.xml of about 9 MiB), read and audited by the
# release-built engine-bench; plus the raw inflate speed on that archive.
#
# usage: Benchmarks/read-docx.sh [--repeat N]          (default 10)
# Needs python3. Not part of CI.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seeds=${SEEDS_DIR:-$root/../shared/seeds}
repeat=10
[ "${1:-}" = "--repeat" ] && repeat=$2
[ -d "$seeds" ] || { echo "read-docx: no sample reports at $seeds (set SEEDS_DIR)" >&2; exit 2; }

echo "read-docx: building engine-bench (release)…" >&2
(cd "$root" && swift build -c release --product engine-bench >/dev/null)
bench=$root/.build/release/engine-bench
work=$(mktemp -d /tmp/read-docx-XXXXXX)
trap 'rm -rf "$work"' EXIT

for seed in "$seeds"/*.txt; do
    python3 "$root/Tests/Scripts/make-docx.py" "$seed" "$work/$(basename "$seed" .txt).docx"
done
biggest=$(ls -S "$seeds"/*.txt | head -1)
for _ in $(seq 40); do cat "$biggest"; done > "$work/large.txt"
python3 "$root/Tests/Scripts/make-docx.py" "$work/large.txt" "$work/large.docx"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "text : $("$bench" read --repeat "$repeat" "$seeds"/*.txt)"
echo "docx : $("$bench" read --repeat "$repeat" "$work"/0*.docx)"
echo "text : $("$bench" check --repeat "$repeat" --knowledge "$root/knowledge" "$seeds"/*.txt)"
echo "docx : $("$bench" check --repeat "$repeat" --knowledge "$root/knowledge" "$work"/0*.docx)"
echo "large text: $("$bench" read --repeat 3 "$work/large.txt")"
echo "large docx: $("$bench" read --repeat 3 "$work/large.docx")"
echo "large docx: $("$bench" unzip --repeat 3 "$work/large.docx")"
/usr/bin/time -f "large docx: audit facts peak RSS %M KiB, %e s" "$root/.build/release/audit" facts "$work/large.docx" >/dev/null 2>"$work/time"
tail -1 "$work/time"
