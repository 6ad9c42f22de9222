#!/usr/bin/env python3
"""Writes Tests/ZipArchiveTests/Fixtures/standard.zip with Python's zipfile (zlib's
DEFLATE): stored and deflated entries at several levels, an empty entry, a UTF-8 name,
incompressible data, long repeats. Deterministic (fixed seed and dates).

usage: make-zip-fixtures.py OUT.zip
"""
import random
import sys
import zipfile

rng = random.Random(7)
text = "".join(rng.choice(["绩效目标", "预算执行率", "，", "。", "2024年", "万元", "\n", " ", "指标"]) for _ in range(4000)).encode()
entries = [
    ("hello.txt", b"hello, zip\n", zipfile.ZIP_STORED, None),
    ("levels/1.txt", text, zipfile.ZIP_DEFLATED, 1),
    ("levels/6.txt", text, zipfile.ZIP_DEFLATED, 6),
    ("levels/9.txt", text, zipfile.ZIP_DEFLATED, 9),
    ("random.bin", bytes(rng.getrandbits(8) for _ in range(20000)), zipfile.ZIP_DEFLATED, 9),
    ("repeat.txt", b"ab" * 50000 + b"xyz" * 3000, zipfile.ZIP_DEFLATED, 9),
    ("empty.txt", b"", zipfile.ZIP_DEFLATED, 6),
    ("目录/报告.txt", "自评报告".encode(), zipfile.ZIP_DEFLATED, 6),
]
with zipfile.ZipFile(sys.argv[1], "w") as archive:
    for name, data, method, level in entries:
        info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = method
        archive.writestr(info, data, compresslevel=level)
