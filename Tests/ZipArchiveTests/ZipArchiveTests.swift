import Foundation
import XCTest

@testable import ZipArchive

final class ZipArchiveTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    private func fixture(_ name: String) throws -> [UInt8] { try [UInt8](Data(contentsOf: Self.fixtures.appendingPathComponent(name))) }

    /// Written by Python's zipfile (zlib): every entry unpacks and passes its CRC check.
    func testReadsWhatZlibWrites() throws {
        let archive = try ZipArchive(bytes: try fixture("standard.zip"))
        XCTAssertEqual(
            archive.entries.map(\.name),
            ["hello.txt", "levels/1.txt", "levels/6.txt", "levels/9.txt", "random.bin", "repeat.txt", "empty.txt", "目录/报告.txt"])
        for entry in archive.entries {
            XCTAssertEqual(try archive.contents(of: entry).count, Int(entry.uncompressedSize), entry.name)
        }
        XCTAssertEqual(try archive.contents(of: XCTUnwrap(archive.entry(named: "hello.txt"))), Array("hello, zip\n".utf8))
        XCTAssertEqual(try archive.contents(of: XCTUnwrap(archive.entry(named: "目录/报告.txt"))), Array("自评报告".utf8))
        let levels = try ["levels/1.txt", "levels/6.txt", "levels/9.txt"].map { try archive.contents(of: XCTUnwrap(archive.entry(named: $0))) }
        XCTAssertEqual(levels[0], levels[1])
        XCTAssertEqual(levels[1], levels[2])
        XCTAssertEqual(archive.entry(named: "hello.txt")?.method, 0)
        XCTAssertEqual(archive.entry(named: "levels/9.txt")?.method, 8)
    }

    /// Written by Info-ZIP's `zip`, whose DEFLATE is its own, not zlib's.
    func testReadsWhatInfoZipWrites() throws {
        let archive = try ZipArchive(bytes: try fixture("info-zip.zip"))
        let report = try archive.contents(of: XCTUnwrap(archive.entry(named: "report.txt")))
        XCTAssertEqual(String(decoding: report, as: UTF8.self), String(repeating: "预算执行率 budget 2024\n", count: 3000))
        XCTAssertEqual(try archive.contents(of: XCTUnwrap(archive.entry(named: "script.txt"))).count, 3000)
    }

    func testZip64() throws {
        let content = Array("ZIP64 entry".utf8)
        let archive = try ZipArchive(bytes: ZipBuilder.zip64(name: "a.txt", content: content))
        XCTAssertEqual(archive.entries.first?.uncompressedSize, UInt64(content.count))
        XCTAssertEqual(try archive.contents(of: XCTUnwrap(archive.entries.first)), content)
    }

    func testNotAnArchive() {
        XCTAssertThrowsError(try ZipArchive(bytes: Array("绩效自评报告".utf8))) { XCTAssertEqual($0 as? ZipFailure, .notAnArchive) }
        XCTAssertThrowsError(try ZipArchive(bytes: [])) { XCTAssertEqual($0 as? ZipFailure, .notAnArchive) }
    }

    func testTruncatedArchive() throws {
        let bytes = try fixture("standard.zip")
        XCTAssertThrowsError(try ZipArchive(bytes: Array(bytes.prefix(bytes.count / 2)))) { XCTAssertEqual($0 as? ZipFailure, .notAnArchive) }
        // The end record kept, the central directory cut away.
        XCTAssertThrowsError(try ZipArchive(bytes: Array(bytes.prefix(1000)) + Array(bytes.suffix(22)))) {
            XCTAssertEqual($0 as? ZipFailure, .damaged("the central directory lies outside the file"))
        }
    }

    func testLimits() throws {
        let bytes = try fixture("standard.zip")
        XCTAssertThrowsError(try ZipArchive(bytes: bytes, limits: .init(maximumEntries: 3))) {
            XCTAssertEqual($0 as? ZipFailure, .tooManyEntries(count: 8, limit: 3))
        }
        XCTAssertThrowsError(try ZipArchive(bytes: bytes, limits: .init(maximumEntrySize: 50_000))) {
            XCTAssertEqual($0 as? ZipFailure, .entryTooLarge(name: "repeat.txt", size: 109_000, limit: 50_000))
        }
        XCTAssertThrowsError(try ZipArchive(bytes: bytes, limits: .init(maximumTotalSize: 60_000))) {
            guard case .totalTooLarge(_, 60_000)? = $0 as? ZipFailure else { return XCTFail("\($0)") }
        }
        XCTAssertThrowsError(try ZipArchive(bytes: bytes, limits: .init(maximumRatio: 50, ratioFloor: 1000))) {
            guard case .compressionRatio(name: "repeat.txt", _, limit: 50)? = $0 as? ZipFailure else { return XCTFail("\($0)") }
        }
    }

    func testEntryFailures() throws {
        let content = Array("自评报告".utf8)
        let good = ZipBuilder.stored(name: "a.txt", content: content)
        XCTAssertEqual(try ZipArchive(bytes: good).contents(of: XCTUnwrap(try ZipArchive(bytes: good).entries.first)), content)

        var flipped = good
        flipped[30 + 5] ^= 0x01  // first byte of the data, after the 30-byte header and the name
        XCTAssertThrowsError(try ZipArchive(bytes: flipped).contents(of: XCTUnwrap(try ZipArchive(bytes: flipped).entries.first))) {
            XCTAssertEqual($0 as? ZipFailure, .checksumMismatch(name: "a.txt"))
        }
        let encrypted = ZipBuilder.stored(name: "a.txt", content: content, flags: 1)
        XCTAssertThrowsError(try ZipArchive(bytes: encrypted).contents(of: XCTUnwrap(try ZipArchive(bytes: encrypted).entries.first))) {
            XCTAssertEqual($0 as? ZipFailure, .encrypted(name: "a.txt"))
        }
        let bzip2 = ZipBuilder.stored(name: "a.txt", content: content, method: 12)
        XCTAssertThrowsError(try ZipArchive(bytes: bzip2).contents(of: XCTUnwrap(try ZipArchive(bytes: bzip2).entries.first))) {
            XCTAssertEqual($0 as? ZipFailure, .unsupportedMethod(name: "a.txt", method: 12))
        }
        let garbage = ZipBuilder.stored(name: "a.txt", content: [0xFF, 0xFF, 0xFF], method: 8, uncompressedSize: 3)
        XCTAssertThrowsError(try ZipArchive(bytes: garbage).contents(of: XCTUnwrap(try ZipArchive(bytes: garbage).entries.first))) {
            XCTAssertEqual($0 as? ZipFailure, .corruptData(name: "a.txt", .invalidBlockType))
        }
    }

    func testFailuresReadAsWords() {
        XCTAssertEqual(
            "\(ZipFailure.compressionRatio(name: "word/document.xml", ratio: 1028, limit: 200))",
            "word/document.xml is compressed 1028:1, more than the limit of 200:1 (a zip bomb?)")
        XCTAssertEqual("\(ZipFailure.notAnArchive)", "the archive's end record is missing: the file is cut short, or not a ZIP archive")
    }
}

/// Hand-built archives of one entry, for the records standard tools do not write on
/// small data (ZIP64) and for corrupt headers.
enum ZipBuilder {
    static func stored(name: String, content: [UInt8], flags: Int = 0, method: Int = 0, uncompressedSize: Int? = nil) -> [UInt8] {
        let nameBytes = Array(name.utf8)
        let crc = CRC32.checksum(content)
        let size = uncompressedSize ?? content.count
        var local: [UInt8] = le(0x0403_4B50, 4) + le(20, 2) + le(flags, 2) + le(method, 2) + le(0, 4)
        local += le(Int(crc), 4) + le(content.count, 4) + le(size, 4) + le(nameBytes.count, 2) + le(0, 2) + nameBytes + content
        var central: [UInt8] = le(0x0201_4B50, 4) + le(20, 2) + le(20, 2) + le(flags, 2) + le(method, 2) + le(0, 4)
        central += le(Int(crc), 4) + le(content.count, 4) + le(size, 4) + le(nameBytes.count, 2) + le(0, 2) + le(0, 2)
        central += le(0, 2) + le(0, 2) + le(0, 4) + le(0, 4) + nameBytes
        let end = le(0x0605_4B50, 4) + le(0, 2) + le(0, 2) + le(1, 2) + le(1, 2) + le(central.count, 4) + le(local.count, 4) + le(0, 2)
        return local + central + end
    }

    /// Sizes and offset in the ZIP64 extra field, the counts in the ZIP64 end record.
    static func zip64(name: String, content: [UInt8]) -> [UInt8] {
        let nameBytes = Array(name.utf8)
        let crc = Int(CRC32.checksum(content))
        let extra = le(1, 2) + le(24, 2) + le(content.count, 8) + le(content.count, 8) + le(0, 8)
        var local: [UInt8] = le(0x0403_4B50, 4) + le(45, 2) + le(0, 2) + le(0, 2) + le(0, 4)
        local += le(crc, 4) + le(0xFFFF_FFFF, 4) + le(0xFFFF_FFFF, 4) + le(nameBytes.count, 2) + le(extra.count, 2) + nameBytes + extra + content
        var central: [UInt8] = le(0x0201_4B50, 4) + le(45, 2) + le(45, 2) + le(0, 2) + le(0, 2) + le(0, 4)
        central += le(crc, 4) + le(0xFFFF_FFFF, 4) + le(0xFFFF_FFFF, 4) + le(nameBytes.count, 2) + le(extra.count, 2) + le(0, 2)
        central += le(0, 2) + le(0, 2) + le(0, 4) + le(0xFFFF_FFFF, 4) + nameBytes + extra
        let record = local.count + central.count
        var end64: [UInt8] = le(0x0606_4B50, 4) + le(44, 8) + le(45, 2) + le(45, 2) + le(0, 4) + le(0, 4)
        end64 += le(1, 8) + le(1, 8) + le(central.count, 8) + le(local.count, 8)
        let locator = le(0x0706_4B50, 4) + le(0, 4) + le(record, 8) + le(1, 4)
        let end = le(0x0605_4B50, 4) + le(0, 2) + le(0, 2) + le(0xFFFF, 2) + le(0xFFFF, 2) + le(0xFFFF_FFFF, 4) + le(0xFFFF_FFFF, 4) + le(0, 2)
        return local + central + end64 + locator + end
    }

    private static func le(_ value: Int, _ size: Int) -> [UInt8] { (0..<size).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
}
