import XCTest

@testable import ZipArchive

final class CRC32Tests: XCTestCase {
    func testCheckValue() {
        // The standard check value of CRC-32/ISO-HDLC.
        XCTAssertEqual(CRC32.checksum(Array("123456789".utf8)), 0xCBF4_3926)
        XCTAssertEqual(CRC32.checksum([UInt8]()), 0)
    }

    func testIncrementalEqualsWhole() {
        let bytes = Array("预算执行率 budget".utf8)
        var crc = CRC32()
        crc.update(bytes[..<5])
        crc.update(bytes[5...])
        XCTAssertEqual(crc.value, CRC32.checksum(bytes))
    }
}
