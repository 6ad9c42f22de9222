#!/usr/bin/env bash
# Re-makes the committed PDF fixtures: cases made into Word with ruled tables
# (make-docx.py --plain --borders) and exported to PDF by LibreOffice Writer (a text
# layer with embedded CJK fonts and ToUnicode maps, tables drawn with ruling lines, as
# departments' PDFs exported from Word or WPS have). The cases chosen show a table row
# split by a page break (fujian-fishery-project), empty rows continued on the next page
# (central-ocean-project), prose wrapped in the middle of a figure (totals-and-shares),
# codes wrapped in narrow cells (budget-lines-yuan) and annexes (yunxi-2024). Needs
# python3, LibreOffice (libreoffice-writer-nogui) and CJK fonts (fonts-noto-cjk).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=Tests/AuditTests/Fixtures/pdf
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
rm -f "$out"/*.pdf
for name in yunxi-2024 fujian-fishery-project central-ocean-project totals-and-shares budget-lines-yuan; do
    python3 Tests/Scripts/make-docx.py --plain --borders "cases/$name/report.txt" "$work/$name.docx"
done
soffice --headless --convert-to pdf --outdir "$out" "$work"/*.docx >/dev/null 2>&1
# The PDF of the command line's mixed folder.
cp "$out/budget-lines-yuan.pdf" Tests/AuditCLITests/Fixtures/mixed/f-exported.pdf
