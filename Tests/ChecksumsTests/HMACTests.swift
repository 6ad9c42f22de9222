import Checksums
import XCTest

/// The test vectors of RFC 4231 (HMAC-SHA-256), including a key longer than a block.
final class HMACTests: XCTestCase {
    private func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

    func testRFC4231Vectors() {
        XCTAssertEqual(
            hex(HMAC.sha256(key: [UInt8](repeating: 0x0B, count: 20), message: Array("Hi There".utf8))),
            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
        XCTAssertEqual(
            hex(HMAC.sha256(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8))),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        XCTAssertEqual(
            hex(HMAC.sha256(key: [UInt8](repeating: 0xAA, count: 131), message: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8))),
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }

    /// A key of exactly one block is used as it is, not hashed first (Python's `hmac` agrees).
    func testAKeyOfExactlyOneBlock() {
        XCTAssertEqual(
            hex(HMAC.sha256(key: [UInt8](repeating: 0x42, count: 64), message: [1])),
            "54c6d8b0e29add4c5459c959fbb5e53f47a78743ace49dc25b58e821987151a1")
    }
}
