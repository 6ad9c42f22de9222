import Foundation
import XCTest

@testable import ZipArchive

final class InflateTests: XCTestCase {
    func testStoredBlock() throws {
        // BFINAL=1, BTYPE=00, then LEN=3, NLEN=~3, "abc".
        XCTAssertEqual(try Inflate.decompress([0x01, 0x03, 0x00, 0xFC, 0xFF, 0x61, 0x62, 0x63]), Array("abc".utf8))
    }

    func testFixedHuffmanBlock() throws {
        // zlib's raw DEFLATE of "hello hello hello" (fixed codes, one back-reference).
        let compressed: [UInt8] = [0xCB, 0x48, 0xCD, 0xC9, 0xC9, 0x57, 0xC8, 0x40, 0x90, 0x00]
        XCTAssertEqual(try Inflate.decompress(compressed), Array("hello hello hello".utf8))
    }

    func testEmptyFixedBlock() throws {
        XCTAssertEqual(try Inflate.decompress([0x03, 0x00]), [])
    }

    func testErrors() {
        XCTAssertThrowsError(try Inflate.decompress([0x07])) { XCTAssertEqual($0 as? Inflate.Failure, .invalidBlockType) }
        XCTAssertThrowsError(try Inflate.decompress([0x01, 0x03, 0x00, 0xFC, 0xFE, 0x61, 0x62, 0x63])) {
            XCTAssertEqual($0 as? Inflate.Failure, .storedLengthMismatch)
        }
        XCTAssertThrowsError(try Inflate.decompress([0x01, 0x03, 0x00, 0xFC, 0xFF, 0x61])) { XCTAssertEqual($0 as? Inflate.Failure, .truncated) }
        XCTAssertThrowsError(try Inflate.decompress([])) { XCTAssertEqual($0 as? Inflate.Failure, .truncated) }
        // A dynamic block whose 19 code-length codes are all 1 bit long: over-subscribed.
        XCTAssertThrowsError(try Inflate.decompress([0x05, 0xE0, 0x93, 0x24, 0x49, 0x92, 0x24, 0x49, 0x92, 0x00])) {
            XCTAssertEqual($0 as? Inflate.Failure, .invalidCodeLengths)
        }
        // A fixed block whose first symbol is a back-reference: nothing to refer to yet.
        XCTAssertThrowsError(try Inflate.decompress([0x03, 0x02, 0x00])) { XCTAssertEqual($0 as? Inflate.Failure, .distanceTooFar) }
    }

    func testOutputLimit() {
        let compressed: [UInt8] = [0xCB, 0x48, 0xCD, 0xC9, 0xC9, 0x57, 0xC8, 0x40, 0x90, 0x00]
        XCTAssertThrowsError(try Inflate.decompress(compressed, limit: 10)) { XCTAssertEqual($0 as? Inflate.Failure, .outputLimitExceeded) }
        XCTAssertEqual(try? Inflate.decompress(compressed, limit: 17).count, 17)
    }

    func testFailuresReadAsWords() {
        XCTAssertEqual("\(Inflate.Failure.distanceTooFar)", "a back-reference to before the start of the data")
    }

    /// Random data of several shapes, compressed by zlib at every level and strategy
    /// (fixed, dynamic, stored, Huffman-only, run-length), inflates to the original.
    func testAgainstZlib() throws {
        guard let python = Self.python else { throw XCTSkip("python3 is not installed: zlib cross-check skipped") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("inflate-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = """
            import random, sys, zlib
            rng = random.Random(11)
            folder = sys.argv[1]
            for case in range(60):
                shape = case % 4
                n = rng.choice([0, 1, 7, 300, 5000, 70000])
                if shape == 0: data = bytes(rng.getrandbits(8) for _ in range(n))
                elif shape == 1: data = bytes(rng.choice(b"ab") for _ in range(n))
                elif shape == 2: data = ("预算" * n).encode()[:n]
                else: data = bytes((i * i) % 251 for i in range(n))
                level = case % 10
                strategy = [zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED][case % 5]
                c = zlib.compressobj(level, zlib.DEFLATED, -15, 9, strategy)
                open(f"{folder}/{case}.raw", "wb").write(data)
                open(f"{folder}/{case}.deflate", "wb").write(c.compress(data) + c.flush())
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script, folder.path]
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        for index in 0..<60 {
            let original = try [UInt8](Data(contentsOf: folder.appendingPathComponent("\(index).raw")))
            let compressed = try [UInt8](Data(contentsOf: folder.appendingPathComponent("\(index).deflate")))
            XCTAssertEqual(try Inflate.decompress(compressed), original, "case \(index)")
        }
    }

    static var python: String? {
        ["/usr/bin/python3", "/usr/local/bin/python3", "/opt/homebrew/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
