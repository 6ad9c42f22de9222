import Checksums
import XCTest

/// The test vectors of FIPS 180-4 (NIST examples), and block-boundary lengths checked
/// against `sha256sum`.
final class SHA256Tests: XCTestCase {
    func testNISTVectors() {
        XCTAssertEqual(SHA256.hex(Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex([]), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(
            SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    func testOneMillionAs() {
        var hasher = SHA256()
        for _ in 0..<1000 { hasher.update(repeatElement(UInt8(ascii: "a"), count: 1000)) }
        XCTAssertEqual(hasher.finish().count, 32)
        XCTAssertEqual(
            SHA256.hex(repeatElement(UInt8(ascii: "a"), count: 1_000_000)),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    func testLengthsAroundTheBlockBoundary() {
        // `printf 'a%.0s' $(seq N) | sha256sum`
        let expected = [
            55: "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318",
            56: "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a",
            64: "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb",
        ]
        for (count, digest) in expected {
            XCTAssertEqual(SHA256.hex(repeatElement(UInt8(ascii: "a"), count: count)), digest, "\(count) bytes")
        }
        XCTAssertEqual(SHA256.hex(Array("绩效自评报告".utf8)), "ffa17bf44058f233b3bb73ac68648913638f19888472b5c7d35462a54f503794")
    }

    /// Fed in pieces of any sizes, the digest is that of the whole.
    func testPiecesOfAnySizeGiveTheDigestOfTheWhole() {
        let data = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let whole = SHA256.hex(data)
        for step in [1, 3, 63, 64, 65, 127, 200] {
            var hasher = SHA256()
            for start in stride(from: 0, to: data.count, by: step) { hasher.update(data[start..<min(start + step, data.count)]) }
            XCTAssertEqual(hasher.finishHex(), whole, "pieces of \(step)")
        }
        var lazy = SHA256()
        lazy.update(data.lazy.map { $0 })
        XCTAssertEqual(lazy.finishHex(), whole, "a sequence without contiguous storage")
    }
}
