#!/usr/bin/env python3
"""Turns a report in the text layout of the samples into a real .docx, for the reader's
fixtures: prose lines become paragraphs (headings styled, top-level "一、" headings
numbered automatically where the text's numbers follow on), TAB-led cells become Word
tables (vertical merges for the lone-TAB cells under a filled cell, a grid span where a
row is short, line breaks for wrapped cells), bookmarks become bookmarks. A text box and
a deleted run are added, which the reader must skip (not with --plain: office suites
that save the document in another format keep neither as such). With --borders the
tables have ruled borders, as real reports' tables do (their PDFs then have ruling
lines). Python standard library only; the output is byte-for-byte the same for the same
input.

usage: make-docx.py [--plain] [--borders] REPORT.txt OUT.docx
"""
import re
import sys
import zipfile
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CHINESE = "〇一二三四五六七八九"
CONTINUATION_LIMIT = 12  # as the reader's LayoutScanner


def decode(data):
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def chinese(n):
    if n < 10:
        return CHINESE[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CHINESE[tens]) + "十" + (CHINESE[ones] if ones else "")


HEADING1 = re.compile(r"^\s*([一二三四五六七八九十]+)、")
HEADING2 = re.compile(r"^\s*[（(][一二三四五六七八九十]+[）)]")
ANNEX = re.compile(r"^\s*附\s*件\s*[0-9一二三四五六七八九十]+")
PART = re.compile(r"^\s*第[一二三四五六七八九十]+[部章节]")
BOOKMARK = re.compile(r"\[bookmark: ([^\]]*)\]")


def runs(text):
    """Runs of a line: text, tabs and bookmarks."""
    out = []
    position = 0
    for match in BOOKMARK.finditer(text):
        out.append(text_runs(text[position:match.start()]))
        out.append('<w:bookmarkStart w:id="0" w:name="%s"/><w:bookmarkEnd w:id="0"/>' % escape(match.group(1), {'"': "&quot;"}))
        position = match.end()
    out.append(text_runs(text[position:]))
    return "".join(out)


def text_runs(text):
    if not text:
        return ""
    pieces = text.split("\t")
    inner = "<w:tab/>".join('<w:t xml:space="preserve">%s</w:t>' % escape(p) if p else "" for p in pieces)
    return "<w:r>%s</w:r>" % inner


def paragraph(text, style=None, numbered=None):
    properties = ""
    if style or numbered:
        properties = "<w:pPr>"
        if style:
            properties += '<w:pStyle w:val="%s"/>' % style
        if numbered:
            properties += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % numbered
        properties += "</w:pPr>"
    return "<w:p>%s%s</w:p>" % (properties, runs(text))


def scan(lines):
    """Blocks as the reader's LayoutScanner sees them: ("p", line) or ("table", rows)."""
    blocks = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.startswith("\t") and not line.strip():
            blocks.append(("p", ""))
            i += 1
            continue
        if not line.startswith("\t"):
            blocks.append(("p", line))
            i += 1
            continue
        rows, cells, blanks = [], [], 0
        while i < len(lines):
            line = lines[i]
            if not line.startswith("\t") and not line.strip():
                if cells:
                    rows.append(cells)
                cells = []
                blanks += 1
                if blanks > 2:
                    break
                i += 1
                continue
            if line.startswith("\t"):
                blanks = 0
                cells.append([line[1:]])
                i += 1
                continue
            stripped = line.strip()
            if blanks == 0 and cells and 0 < len(stripped) <= CONTINUATION_LIMIT and not ANNEX.match(stripped) \
                    and not HEADING1.match(stripped) and not HEADING2.match(stripped) and not PART.match(stripped) and not re.match(r"^\d+[.、．]", stripped):
                cells[-1].append(line)
                i += 1
                continue
            break
        if cells:
            rows.append(cells)
        is_table = len(rows) >= 2 or (len(rows) == 1 and len(rows[0]) >= 2 and all(len("".join(c)) <= 40 for c in rows[0]))
        if is_table:
            blocks.append(("table", rows))
        else:
            for row in rows:
                for cell in row:
                    blocks.append(("p", "".join(cell)))
    return blocks


def segments(row):
    """A row's cells as Word would merge the row above over them: each empty cell alone,
    each run of filled cells together."""
    result, index = [], 0
    while index < len(row):
        if not "".join(row[index]).strip():
            result.append(1)
            index += 1
            continue
        start = index
        while index < len(row) and "".join(row[index]).strip():
            index += 1
        result.append(index - start)
    return result


def table(rows):
    columns = max(len(row) for row in rows)
    # A header over two rows: the upper row has fewer cells; each spans the run of filled
    # cells below it, and the lower row's empty cells continue the merge from above.
    spans = [None] * len(rows)
    splits = [False] * len(rows)
    for r in range(len(rows) - 1):
        below = segments(rows[r + 1])
        lower = ["".join(cell).strip() for cell in rows[r + 1]]
        # Only a header row split below: several cells above, some merged down (empty below), two or more filled.
        if len(rows[r]) >= 3 and len(rows[r + 1]) > len(rows[r]) and len(below) == len(rows[r]) \
                and lower.count("") >= 1 and len(lower) - lower.count("") >= 2:
            spans[r] = below
            splits[r + 1] = True
    borders = "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % side
                      for side in ("top", "left", "bottom", "right", "insideH", "insideV")) if BORDERS else ""
    xml = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
           '<w:tblBorders>%s</w:tblBorders></w:tblPr><w:tblGrid>' % borders if borders else
           '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>']
    xml += ['<w:gridCol w:w="%d"/>' % (9000 // columns)] * columns
    xml.append("</w:tblGrid>")
    # A lone-TAB cell under a filled (or merged) cell of the row above continues its merge.
    merged = [[False] * len(row) for row in rows]
    restarts = [[False] * len(row) for row in rows]
    for r in range(1, len(rows)):
        for c, cell in enumerate(rows[r]):
            empty = not "".join(cell).strip()
            above = rows[r - 1][c] if c < len(rows[r - 1]) else None
            if splits[r]:
                # The upper cell over this grid column.
                position, above = 0, None
                for j, span in enumerate(spans[r - 1]):
                    if position <= c < position + span:
                        above = rows[r - 1][j] if span == 1 else None
                        c_above = j
                    position += span
                if empty and above is not None:
                    merged[r][c] = True
                    restarts[r - 1][c_above] = True
                continue
            if empty and c < 2 and above is not None and (merged[r - 1][c] or "".join(above).strip()):
                merged[r][c] = True
                if not merged[r - 1][c]:
                    restarts[r - 1][c] = True
    for r, row in enumerate(rows):
        xml.append("<w:tr>")
        for c, cell in enumerate(row):
            properties = ""
            if spans[r] is not None and spans[r][c] > 1:
                properties += '<w:gridSpan w:val="%d"/>' % spans[r][c]
            elif spans[r] is None and c == len(row) - 1 and len(row) < columns:
                properties += '<w:gridSpan w:val="%d"/>' % (columns - len(row) + 1)
            if restarts[r][c]:
                properties += '<w:vMerge w:val="restart"/>'
            if merged[r][c]:
                properties += "<w:vMerge/>"
            xml.append("<w:tc><w:tcPr>%s</w:tcPr>" % properties)
            if merged[r][c]:
                xml.append("<w:p/>")
            else:
                # A wrapped cell: its lines joined by line breaks in one paragraph.
                parts = [runs(piece) for piece in cell]
                xml.append("<w:p>%s</w:p>" % "<w:r><w:br/></w:r>".join(parts))
            xml.append("</w:tc>")
        xml.append("</w:tr>")
    xml.append("</w:tbl>")
    return "".join(xml)


TEXT_BOX = ('<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>'
            '<w:p><w:r><w:t>内部资料 请勿外传</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
            '<w:del w:id="1" w:author="审核"><w:r><w:delText>（已删除的草稿文字）</w:delText></w:r></w:del></w:p>')


def document(text, extras=True):
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    body = [TEXT_BOX] if extras else []
    num_id, expected = 1, 1
    for kind, content in scan(lines):
        if kind == "table":
            body.append(table(content))
            continue
        if ANNEX.match(content):
            num_id, expected = num_id + 1, 1
        heading = HEADING1.match(content)
        if heading:
            number = heading.group(1)
            if chinese(expected) == number and content.startswith(number):
                body.append(paragraph(content[heading.end():], "Heading1", num_id))
                expected += 1
            else:
                body.append(paragraph(content, "Heading1"))
            continue
        body.append(paragraph(content, "Heading2" if HEADING2.match(content) else None))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="%s"><w:body>%s<w:sectPr/></w:body></w:document>' % (W, "".join(body))), num_id


def numbering(count):
    nums = "".join('<w:num w:numId="%d"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>'
                   '</w:lvlOverride></w:num>' % n for n in range(1, count + 1))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="%s">'
            '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
            '<w:lvlText w:val="%%1、"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
            '<w:lvlText w:val="（%%2）"/></w:lvl></w:abstractNum>%s</w:numbering>' % (W, nums))


STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="%s">'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>'
          '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>' % W)

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" '
                 'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '<Override PartName="/word/styles.xml" '
                 'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
                 '<Override PartName="/word/numbering.xml" '
                 'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>')

PACKAGE_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
                'Target="word/document.xml"/></Relationships>')

DOCUMENT_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
                 'Target="styles.xml"/><Relationship Id="rId2" '
                 'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
                 '</Relationships>')


def write(path, parts):
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, content.encode("utf-8"))


BORDERS = "--borders" in sys.argv


def main():
    arguments = [a for a in sys.argv[1:] if a not in ("--plain", "--borders")]
    if len(arguments) != 2:
        sys.exit(__doc__.strip().splitlines()[-1])
    with open(arguments[0], "rb") as source:
        xml, nums = document(decode(source.read()), extras="--plain" not in sys.argv)
    write(arguments[1], [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", PACKAGE_RELS),
                        ("word/_rels/document.xml.rels", DOCUMENT_RELS), ("word/document.xml", xml),
                        ("word/styles.xml", STYLES), ("word/numbering.xml", numbering(nums))])


if __name__ == "__main__":
    main()
