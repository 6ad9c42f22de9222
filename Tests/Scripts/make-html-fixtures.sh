#!/usr/bin/env bash
# Re-makes the committed HTML fixtures: every case made into Word (make-docx.py --plain:
# without the text box and the tracked deletion, which LibreOffice's web export keeps as
# plain text) and saved as a web page by LibreOffice Writer, as a user's "save as web
# page" gives it (Tests/AuditTests/Fixtures/html/<case>.html). Needs python3 and
# LibreOffice (Debian: libreoffice-writer-nogui, fonts-noto-cjk).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=Tests/AuditTests/Fixtures/html
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for report in cases/*/report.txt; do
    name=$(basename "$(dirname "$report")")
    python3 Tests/Scripts/make-docx.py --plain "$report" "$work/$name.docx"
done
mkdir -p "$out"
rm -f "$out"/*.html
soffice --headless --convert-to html --outdir "$out" "$work"/*.docx >/dev/null 2>&1
# The web page of the command line's mixed folder (text, Word and web-page reports).
python3 Tests/Scripts/make-docx.py --plain Tests/AuditCLITests/Fixtures/mixed/a-project.txt "$work/d-web-page.docx"
soffice --headless --convert-to html --outdir Tests/AuditCLITests/Fixtures/mixed "$work/d-web-page.docx" >/dev/null 2>&1
