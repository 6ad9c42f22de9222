import XCTest

@testable import Diagnostics

/// A long source line is shortened around the span, with … where it is cut, and the
/// marker stays under the span.
final class SourceExcerptTests: XCTestCase {
    private func excerpt(_ line: String, column: Int, length: Int) -> [String] {
        let range = SourceRange(file: "r.txt", line: 1, column: column, length: length)
        return SourceExcerpt.render(range, lines: [Substring(line)]).split(separator: "\n").map(String.init)
    }

    func testAShortLineIsShownWhole() {
        XCTAssertEqual(excerpt("预算执行率为41.74%。", column: 7, length: 6), ["   1 | 预算执行率为41.74%。", "     |             ^~~~~~"])
    }

    func testALongLineIsCutAroundTheSpan() throws {
        let line = String(repeating: "甲", count: 100) + "设置6支队伍" + String(repeating: "乙", count: 100)
        let lines = excerpt(line, column: 103, length: 4)
        let shown = try XCTUnwrap(lines.first?.dropFirst("   1 | ".count))
        XCTAssertEqual(DisplayWidth.of(shown), SourceExcerpt.maximumWidth + 1, "100 columns and the closing ellipsis")
        XCTAssertTrue(shown.hasPrefix("…" + String(repeating: "甲", count: 10) + "设置"), String(shown))
        XCTAssertTrue(shown.hasSuffix("乙…"))
        // The marker starts under "6" (the ellipsis and 24 columns of context before it) and
        // spans 6支队伍.
        XCTAssertEqual(lines[1], "     | " + String(repeating: " ", count: 1 + 24) + "^~~~~~~")
    }

    func testASpanAtTheStartKeepsNoLeadingEllipsis() {
        let line = "6支" + String(repeating: "乙", count: 200)
        let lines = excerpt(line, column: 1, length: 2)
        XCTAssertTrue(lines[0].hasPrefix("   1 | 6支乙"))
        XCTAssertTrue(lines[0].hasSuffix("…"))
        XCTAssertEqual(lines[1], "     | ^~~")
    }

    func testASpanWiderThanTheScreenIsCutItself() {
        let line = String(repeating: "丙", count: 300)
        let lines = excerpt(line, column: 1, length: 300)
        XCTAssertEqual(DisplayWidth.of(lines[0].dropFirst("   1 | ".count)), SourceExcerpt.maximumWidth + 1)
        XCTAssertEqual(lines[1], "     | ^" + String(repeating: "~", count: SourceExcerpt.maximumWidth - 1))
    }
}
