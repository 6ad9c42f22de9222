#!/usr/bin/env bash
# Re-makes the committed HTML and workbook fixtures: every case made into Word (make-docx.py --plain:
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
# Every case's web page opened in LibreOffice Calc and saved as a workbook
# (Tests/AuditTests/Fixtures/xlsx/<case>.xlsx): the report's lines in column A, its
# tables as cells with merged ranges. Needs libreoffice-calc-nogui.
xlsx=Tests/AuditTests/Fixtures/xlsx
mkdir -p "$xlsx"
rm -f "$xlsx"/*.xlsx
soffice --headless --infilter="HTML (StarCalc)" --convert-to xlsx --outdir "$xlsx" "$out"/*.html >/dev/null 2>&1
# The workbook of the command line's mixed folder: the report's self-evaluation form
# alone, under its title, as departments publish the 自评表 in Excel.
python3 - Tests/AuditCLITests/Fixtures/mixed/d-web-page.html "$work/e-workbook.html" <<'PY'
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
table = re.search(r"<table.*?</table>", page, re.S).group(0)
title = "<p>2024年度科普宣传专项资金绩效自评表</p>"
open(sys.argv[2], "w", encoding="utf-8").write("<html><body>" + title + table + "</body></html>")
PY
soffice --headless --infilter="HTML (StarCalc)" --convert-to xlsx --outdir Tests/AuditCLITests/Fixtures/mixed "$work/e-workbook.html" >/dev/null 2>&1
