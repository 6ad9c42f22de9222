#!/usr/bin/env bash
# Re-makes the committed PDF fixtures: a case's Word version exported to PDF by
# LibreOffice Writer (text layer with embedded CJK fonts and ToUnicode maps, as
# departments' PDFs exported from Word or WPS have). Needs LibreOffice
# (libreoffice-writer-nogui) and CJK fonts (fonts-noto-cjk).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=Tests/ReportReadingTests/Fixtures/pdf
mkdir -p "$out"
soffice --headless --convert-to pdf --outdir "$out" Tests/AuditTests/Fixtures/docx/yunxi-2024.docx >/dev/null 2>&1
