#!/usr/bin/env bash
# Re-makes the committed .docx fixtures: every case of cases/ as Word
# (Tests/AuditTests/Fixtures/docx/<case>.docx) and the malformed archives of
# Tests/ReportReadingTests/Fixtures/docx-invalid/ and the ZIP fixture of
# Tests/ZipArchiveTests. Needs python3 (standard library).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=Tests/AuditTests/Fixtures/docx
mkdir -p "$out"
for report in cases/*/report.txt; do
    name=$(basename "$(dirname "$report")")
    python3 Tests/Scripts/make-docx.py "$report" "$out/$name.docx"
done
python3 Tests/Scripts/make-invalid-docx.py "$out/weight-typo.docx" Tests/ReportReadingTests/Fixtures/docx-invalid
cp "$out/weight-typo.docx" Tests/ReportReadingTests/Fixtures/weight-typo.docx
python3 Tests/Scripts/make-zip-fixtures.py Tests/ZipArchiveTests/Fixtures/standard.zip
# The same kind of archive from Info-ZIP's own DEFLATE (not zlib), when `zip` is here.
if command -v zip >/dev/null; then
    work=$(mktemp -d)
    python3 -c 'import sys; sys.stdout.write("预算执行率 budget 2024\n" * 3000)' > "$work/report.txt"
    head -c 3000 Tests/Scripts/make-docx.py > "$work/script.txt"
    touch -d 2020-01-01T00:00:00Z "$work"/*
    rm -f Tests/ZipArchiveTests/Fixtures/info-zip.zip
    (cd "$work" && TZ=UTC zip -q -X -9 "$OLDPWD/Tests/ZipArchiveTests/Fixtures/info-zip.zip" report.txt script.txt)
    rm -rf "$work"
fi
