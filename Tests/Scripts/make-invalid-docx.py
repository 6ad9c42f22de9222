#!/usr/bin/env python3
"""Writes the malformed .docx fixtures, one per error path of the reader, from a good
.docx made by make-docx.py. Python standard library only; deterministic.

usage: make-invalid-docx.py GOOD.docx OUT-FOLDER
"""
import io
import os
import struct
import sys
import zipfile

DATE = (1980, 1, 1, 0, 0, 0)


def archive(parts, method=zipfile.ZIP_DEFLATED):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        for name, content in parts:
            info = zipfile.ZipInfo(name, date_time=DATE)
            info.compress_type = method
            out.writestr(info, content)
    return buffer.getvalue()


def parts_of(path):
    with zipfile.ZipFile(path) as source:
        return [(name, source.read(name)) for name in source.namelist()]


def replace(parts, name, content):
    return [(n, content if n == name else c) for n, c in parts]


def patch_headers(data, name, offset_in_header, value, size):
    """Writes `value` at a field of both the local and the central header of `name`."""
    data = bytearray(data)
    encoded = name.encode()
    for signature, field in ((b"PK\x03\x04", offset_in_header[0]), (b"PK\x01\x02", offset_in_header[1])):
        start = 0
        while True:
            start = data.find(signature, start)
            if start < 0:
                break
            name_at = start + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at:name_at + len(encoded)] == encoded:
                data[start + field:start + field + size] = value.to_bytes(size, "little")
            start += 4
    return bytes(data)


def main():
    good, folder = sys.argv[1], sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    parts = parts_of(good)
    stored = archive(parts, zipfile.ZIP_STORED)
    document = dict(parts)["word/document.xml"]
    fixtures = {}
    fixtures["text-named-docx.docx"] = "这是一份另存为 .docx 名字的纯文本报告。".encode("utf-8")
    fixtures["truncated.docx"] = open(good, "rb").read()[: len(open(good, "rb").read()) // 2]
    # A flipped byte inside the stored document part: the CRC-32 check fails.
    at = stored.find(b"<w:body>") + 3
    fixtures["checksum-mismatch.docx"] = stored[:at] + bytes([stored[at] ^ 0x20]) + stored[at + 1:]
    # Garbage in place of the compressed document part (sizes kept).
    deflated = archive(parts)
    name_at = deflated.find(b"word/document.xml")
    data_at = name_at + len(b"word/document.xml") + struct.unpack("<H", deflated[name_at - 2:name_at])[0]
    fixtures["corrupt-deflate.docx"] = deflated[:data_at] + b"\xff" * 16 + deflated[data_at + 16:]
    # General-purpose flag bit 0: encrypted.
    fixtures["encrypted.docx"] = patch_headers(deflated, "word/document.xml", (6, 8), 1, 2)
    # Compression method 12 (bzip2).
    fixtures["unsupported-method.docx"] = patch_headers(deflated, "word/document.xml", (8, 10), 12, 2)
    fixtures["spreadsheet.docx"] = archive([("[Content_Types].xml", b"<Types/>"), ("xl/workbook.xml", b"<workbook/>")])
    fixtures["empty-archive.docx"] = archive([])
    fixtures["zip-bomb.docx"] = archive(replace(parts, "word/document.xml", b" " * (8 << 20)))
    fixtures["doctype.docx"] = archive(replace(parts, "word/document.xml", document.replace(
        b"<w:document", b'<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<w:document', 1)))
    # The same DTD in a part written in UTF-16 without a byte-order mark (ASCII only,
    # Chinese as &#x…;): every byte is valid UTF-8, and the ASCII text of `<!DOCTYPE` is
    # not in it as such; the XML parser reads it all the same.
    doctype_text = document.replace(
        b"<w:document", b'<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">]>\n<w:document', 1).decode("utf-8")
    utf16 = doctype_text.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("ascii", "xmlcharrefreplace").decode("ascii").encode("utf-16-le")
    fixtures["doctype-utf16.docx"] = archive(replace(parts, "word/document.xml", utf16))
    fixtures["malformed-xml.docx"] = archive(replace(parts, "word/document.xml", document.replace(b"</w:body>", b"</w:bod>", 1)))
    # A multi-byte character cut in half inside an element name: not UTF-8.
    at = document.find("指标".encode()) + 2
    fixtures["invalid-utf8.docx"] = archive(replace(parts, "word/document.xml", document[:at] + b"<" + document[at + 1:]))
    # The central directory said to start beyond the end of the file.
    end = deflated.rfind(b"PK\x05\x06")
    fixtures["directory-outside.docx"] = deflated[:end + 16] + struct.pack("<I", len(deflated) + 1000) + deflated[end + 20:]
    for name, data in sorted(fixtures.items()):
        with open(os.path.join(folder, name), "wb") as out:
            out.write(data)


if __name__ == "__main__":
    main()
