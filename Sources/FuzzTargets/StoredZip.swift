import ZipArchive

/// A ZIP archive of stored (uncompressed) entries with correct CRCs: fuzzed XML wrapped
/// in it reaches the XML parser instead of failing the archive's checks.
enum StoredZip {
    static let wordContentTypes = """
        <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
        """

    static func make(_ entries: [(name: String, content: [UInt8])]) -> [UInt8] {
        var out: [UInt8] = [], directory: [UInt8] = []
        for (name, content) in entries {
            let (offset, crc, nameBytes) = (out.count, CRC32.checksum(content), Array(name.utf8))
            func header(_ signature: UInt32, central: Bool) -> [UInt8] {
                var bytes = le(signature, 4)
                if central { bytes += le(20, 2) }
                bytes += le(20, 2) + le(0, 2) + le(0, 2) + le(0, 2) + le(0, 2) + le(crc, 4)
                bytes += le(UInt32(content.count), 4) + le(UInt32(content.count), 4) + le(UInt32(nameBytes.count), 2) + le(0, 2)
                if central { bytes += le(0, 2) + le(0, 2) + le(0, 2) + le(0, 4) + le(UInt32(offset), 4) }
                return bytes + nameBytes
            }
            out += header(0x0403_4B50, central: false) + content
            directory += header(0x0201_4B50, central: true)
        }
        let start = out.count
        out += directory
        out += le(0x0605_4B50, 4) + le(0, 2) + le(0, 2) + le(UInt32(entries.count), 2) + le(UInt32(entries.count), 2)
        out += le(UInt32(directory.count), 4) + le(UInt32(start), 4) + le(0, 2)
        return out
    }

    /// Little-endian bytes of a value, `count` of them.
    private static func le(_ value: UInt32, _ count: Int) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }
}
