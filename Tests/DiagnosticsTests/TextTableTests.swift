import Diagnostics
import XCTest

/// Columns line up on a terminal whatever the mix of Chinese and ASCII.
final class TextTableTests: XCTestCase {
    func testColumnsAlignByDisplayWidthFiguresRight() {
        let table = TextTable.render([["报告", "高", "合计"], ["a.txt", "4", "16"], ["某单位报告.docx", "10", "1"]], rightAligned: [1, 2])
        XCTAssertEqual(
            table,
            """
              报告             高  合计
              a.txt             4    16
              某单位报告.docx  10     1

            """)
    }

    func testNoTrailingBlanks() {
        XCTAssertEqual(TextTable.render([["学员", "规则"], ["王五", ""]], indent: ""), "学员  规则\n王五\n")
    }
}
