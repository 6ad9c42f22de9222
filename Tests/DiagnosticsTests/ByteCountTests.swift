import Diagnostics
import TestSupport
import XCTest

final class ByteCountTests: EnglishMessagesTestCase {
    func testByteCounts() {
        XCTAssertEqual(ByteCount.text(1), "1 byte")
        XCTAssertEqual(ByteCount.text(900), "900 bytes")
        XCTAssertEqual(ByteCount.text(1536), "1.5 KiB")
        XCTAssertEqual(ByteCount.text(20 * 1_048_576), "20 MiB")
        XCTAssertEqual(ByteCount.text(1 << 30), "1 GiB")
    }
}
