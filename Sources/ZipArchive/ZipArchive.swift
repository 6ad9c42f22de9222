/// A ZIP archive read from memory (APPNOTE 6.3): the central directory, stored and
/// DEFLATE entries, ZIP64 sizes and offsets, every entry checked against its CRC-32,
/// and limits that refuse archives built to exhaust memory.
public struct ZipArchive: Sendable {
    public struct Limits: Sendable {
        public var maximumEntries: Int
        /// Largest uncompressed entry, in bytes.
        public var maximumEntrySize: Int
        /// Largest sum of uncompressed entries, in bytes.
        public var maximumTotalSize: Int
        /// Largest uncompressed : compressed ratio of an entry bigger than `ratioFloor`.
        public var maximumRatio: Int
        /// Small entries compress well without being bombs (a run of spaces); below this
        /// size the ratio is not checked.
        public var ratioFloor: Int

        public init(
            maximumEntries: Int = 10_000, maximumEntrySize: Int = 64 << 20, maximumTotalSize: Int = 256 << 20,
            maximumRatio: Int = 200, ratioFloor: Int = 1 << 20
        ) {
            self.maximumEntries = maximumEntries
            self.maximumEntrySize = maximumEntrySize
            self.maximumTotalSize = maximumTotalSize
            self.maximumRatio = maximumRatio
            self.ratioFloor = ratioFloor
        }
    }

    public struct Entry: Sendable, Equatable {
        public let name: String
        public let method: Int
        public let flags: Int
        public let crc32: UInt32
        public let compressedSize: UInt64
        public let uncompressedSize: UInt64
        let localHeaderOffset: UInt64
    }

    public let entries: [Entry]
    private let bytes: [UInt8]
    private let limits: Limits

    public init(bytes: [UInt8], limits: Limits = Limits()) throws(ZipFailure) {
        self.bytes = bytes
        self.limits = limits
        let directory = try Self.centralDirectory(bytes)
        guard directory.count <= limits.maximumEntries else {
            throw .tooManyEntries(count: directory.count, limit: limits.maximumEntries)
        }
        var entries: [Entry] = []
        var cursor = ByteCursor(bytes: bytes, offset: directory.offset)
        var total: UInt64 = 0
        for _ in 0..<directory.count {
            let entry = try Self.entry(&cursor)
            guard entry.uncompressedSize <= UInt64(limits.maximumEntrySize) else {
                throw .entryTooLarge(name: entry.name, size: entry.uncompressedSize, limit: limits.maximumEntrySize)
            }
            total += entry.uncompressedSize
            guard total <= UInt64(limits.maximumTotalSize) else { throw .totalTooLarge(size: total, limit: limits.maximumTotalSize) }
            if entry.uncompressedSize > UInt64(limits.ratioFloor) {
                let ratio = entry.uncompressedSize / max(entry.compressedSize, 1)
                guard ratio <= UInt64(limits.maximumRatio) else {
                    throw .compressionRatio(name: entry.name, ratio: ratio, limit: limits.maximumRatio)
                }
            }
            entries.append(entry)
        }
        self.entries = entries
    }

    public func entry(named name: String) -> Entry? { entries.first { $0.name == name } }

    /// The entry's uncompressed bytes, checked against its size and CRC-32.
    public func contents(of entry: Entry) throws(ZipFailure) -> [UInt8] {
        guard entry.flags & 1 == 0 else { throw .encrypted(name: entry.name) }
        var cursor = ByteCursor(bytes: bytes, offset: entry.localHeaderOffset)
        guard try cursor.uint32() == 0x0403_4B50 else { throw .damaged("no local header for \(entry.name)") }
        try cursor.skip(22)
        let nameLength = try cursor.uint16()
        let extraLength = try cursor.uint16()
        try cursor.skip(UInt64(nameLength + extraLength))
        let data = try cursor.bytes(entry.compressedSize, what: entry.name)
        let output: [UInt8]
        switch entry.method {
        case 0: output = Array(data)
        case 8:
            do {
                output = try Inflate.decompress(data, limit: Int(entry.uncompressedSize))
            } catch .outputLimitExceeded {
                throw .damaged("\(entry.name) unpacks to more than its stated \(entry.uncompressedSize) bytes")
            } catch {
                throw .corruptData(name: entry.name, error)
            }
        default: throw .unsupportedMethod(name: entry.name, method: entry.method)
        }
        guard output.count == entry.uncompressedSize else {
            throw .damaged("\(entry.name) unpacks to \(output.count) bytes, not its stated \(entry.uncompressedSize)")
        }
        guard CRC32.checksum(output) == entry.crc32 else { throw .checksumMismatch(name: entry.name) }
        return output
    }

    // MARK: Records

    /// Where the central directory starts and how many entries it has.
    private static func centralDirectory(_ bytes: [UInt8]) throws(ZipFailure) -> (offset: UInt64, count: Int) {
        // The end record is 22 bytes plus a comment of up to 65535 bytes.
        guard bytes.count >= 22 else { throw .notAnArchive }
        let lowest = max(0, bytes.count - 22 - 65_535)
        var start = bytes.count - 22
        while start >= lowest {
            if bytes[start] == 0x50, bytes[start + 1] == 0x4B, bytes[start + 2] == 0x05, bytes[start + 3] == 0x06 { break }
            start -= 1
        }
        guard start >= lowest else { throw .notAnArchive }
        var end = ByteCursor(bytes: bytes, offset: UInt64(start + 4))
        let disk = try end.uint16(), directoryDisk = try end.uint16()
        _ = try end.uint16()
        var count = UInt64(try end.uint16())
        _ = try end.uint32()
        var offset = UInt64(try end.uint32())
        guard disk == 0 || disk == 0xFFFF, directoryDisk == 0 || directoryDisk == 0xFFFF else { throw .spansSeveralDisks }
        if count == 0xFFFF || offset == 0xFFFF_FFFF {
            // ZIP64: a locator just before the end record points to the ZIP64 end record.
            guard start >= 20 else { throw .damaged("ZIP64 sizes without a ZIP64 locator") }
            var locator = ByteCursor(bytes: bytes, offset: UInt64(start - 20))
            guard try locator.uint32() == 0x0706_4B50 else { throw .damaged("ZIP64 sizes without a ZIP64 locator") }
            _ = try locator.uint32()
            var record = ByteCursor(bytes: bytes, offset: try locator.uint64())
            guard try record.uint32() == 0x0606_4B50 else { throw .damaged("the ZIP64 end record is missing") }
            try record.skip(20)
            _ = try record.uint64()
            count = try record.uint64()
            _ = try record.uint64()
            offset = try record.uint64()
        }
        // Each central header takes at least 46 bytes: a count beyond that is a lie.
        guard offset <= UInt64(bytes.count), count <= (UInt64(bytes.count) - offset) / 46 + 1 else {
            throw .damaged("the central directory lies outside the file")
        }
        return (offset, Int(count))
    }

    private static func entry(_ cursor: inout ByteCursor) throws(ZipFailure) -> Entry {
        guard try cursor.uint32() == 0x0201_4B50 else { throw .damaged("a central directory header is missing") }
        try cursor.skip(4)
        let flags = try cursor.uint16()
        let method = try cursor.uint16()
        try cursor.skip(4)
        let crc = try cursor.uint32()
        var compressed = UInt64(try cursor.uint32())
        var uncompressed = UInt64(try cursor.uint32())
        let nameLength = try cursor.uint16()
        let extraLength = try cursor.uint16()
        let commentLength = try cursor.uint16()
        try cursor.skip(8)
        var offset = UInt64(try cursor.uint32())
        let name = String(decoding: try cursor.bytes(UInt64(nameLength), what: "an entry name"), as: UTF8.self)
        var extra = ByteCursor(bytes: Array(try cursor.bytes(UInt64(extraLength), what: "an extra field")), offset: 0)
        try cursor.skip(UInt64(commentLength))
        // ZIP64 extra field: the 64-bit values of the fields that are all ones, in order.
        while extra.remaining >= 4 {
            let id = try extra.uint16()
            let size = try extra.uint16()
            guard id == 0x0001 else {
                try extra.skip(UInt64(size))
                continue
            }
            if uncompressed == 0xFFFF_FFFF { uncompressed = try extra.uint64() }
            if compressed == 0xFFFF_FFFF { compressed = try extra.uint64() }
            if offset == 0xFFFF_FFFF { offset = try extra.uint64() }
            break
        }
        return Entry(
            name: name, method: method, flags: flags, crc32: crc, compressedSize: compressed, uncompressedSize: uncompressed,
            localHeaderOffset: offset)
    }
}

/// Little-endian reads that fail as damage instead of trapping past the end.
struct ByteCursor {
    let bytes: [UInt8]
    var offset: UInt64

    var remaining: Int { max(0, bytes.count - Int(clamping: offset)) }

    mutating func bytes(_ count: UInt64, what: String) throws(ZipFailure) -> ArraySlice<UInt8> {
        guard offset <= UInt64(bytes.count), count <= UInt64(bytes.count) - offset else {
            throw .damaged("\(what) runs past the end of the file")
        }
        let start = Int(offset)
        offset += count
        return bytes[start..<(start + Int(count))]
    }

    mutating func skip(_ count: UInt64) throws(ZipFailure) { _ = try bytes(count, what: "a record") }

    private mutating func integer(_ size: Int) throws(ZipFailure) -> UInt64 {
        let slice = try bytes(UInt64(size), what: "a record")
        var value: UInt64 = 0
        for (shift, byte) in slice.enumerated() { value |= UInt64(byte) << (8 * UInt64(shift)) }
        return value
    }

    mutating func uint16() throws(ZipFailure) -> Int { Int(try integer(2)) }
    mutating func uint32() throws(ZipFailure) -> UInt32 { UInt32(try integer(4)) }
    mutating func uint64() throws(ZipFailure) -> UInt64 { try integer(8) }
}
