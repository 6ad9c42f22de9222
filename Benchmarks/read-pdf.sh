#!/usr/bin/env bash
# The PDF reader on the largest sample report: made into Word with ruled tables
# (Tests/Scripts/make-docx.py --plain --borders), exported to PDF by LibreOffice, then
# read by the release-built engine-bench beside the same report as text; prints the time
# per pass and pages per second.
#
# usage: Benchmarks/read-pdf.sh [--repeat N]          (default 10)
# Needs python3 and LibreOffice (libreoffice-writer-nogui, fonts-noto-cjk). Not part of CI.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seeds=${SEEDS_DIR:-$root/../shared/seeds}
repeat=10
[ "${1:-}" = "--repeat" ] && repeat=$2
[ -d "$seeds" ] || { echo "read-pdf: no sample reports at $seeds (set SEEDS_DIR)" >&2; exit 2; }
command -v soffice >/dev/null || { echo "read-pdf: LibreOffice (soffice) is not installed" >&2; exit 2; }
(cd "$root" && swift build -c release --product engine-bench >/dev/null)
bench=$root/.build/release/engine-bench
work=$(mktemp -d /tmp/read-pdf-XXXXXX)
trap 'rm -rf "$work"' EXIT
biggest=$(ls -S "$seeds"/*.txt | head -1)
python3 "$root/Tests/Scripts/make-docx.py" --plain --borders "$biggest" "$work/report.docx"
soffice --headless --convert-to pdf --outdir "$work" "$work/report.docx" >/dev/null 2>&1
pages=$(python3 -c 'import re,sys; print(len(re.findall(rb"/Type\s*/Page[^s]", open(sys.argv[1], "rb").read())))' "$work/report.pdf")
echo "report: $(basename "$biggest"), $pages pages, $(stat -c %s "$work/report.pdf") bytes of PDF"
echo "text: $("$bench" read --repeat "$repeat" "$biggest" | tail -1)"
line=$("$bench" read --repeat "$repeat" "$work/report.pdf" | tail -1)
echo "pdf : $line"
echo "$line" | awk -v p="$pages" '{ for (i = 1; i < NF; i++) if ($i == "time/pass") { printf "pdf : %.1f pages/s\n", p / $(i + 1); exit } }'
