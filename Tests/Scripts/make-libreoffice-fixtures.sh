#!/usr/bin/env bash
# Re-makes the .docx fixtures that LibreOffice writes from HTML: real Word tables with
# cells merged across rows and columns (rowspan, colspan), heading styles, a title in a
# heading style. Needs LibreOffice (Debian: libreoffice-writer-nogui, fonts-noto-cjk).
set -euo pipefail
cd "$(dirname "$0")/../.."
folder=Tests/ReportReadingTests/Fixtures/libreoffice
for page in "$folder"/*.html; do
    soffice --headless --convert-to docx:"MS Word 2007 XML" --outdir "$folder" "$page" > /dev/null
done
# The same pages opened in LibreOffice Calc and saved as workbooks (libreoffice-calc-nogui).
for page in "$folder"/*.html; do
    soffice --headless --infilter="HTML (StarCalc)" --convert-to xlsx --outdir "$folder" "$page" > /dev/null
done
