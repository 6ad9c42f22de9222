import Diagnostics
import TestSupport
import XCTest

/// Lines as editors count them, checked against the plain Character-by-Character
/// definition on random texts of line breaks, Chinese, combining marks and BOMs.
final class SourceLinesTests: XCTestCase {
    private func reference(_ text: String) -> [Substring] {
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }
        var lines = body.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        if lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    func testExamples() {
        XCTAssertEqual(SourceLines.split(""), [""])
        XCTAssertEqual(SourceLines.split("a\n"), ["a"])
        XCTAssertEqual(SourceLines.split("a\r\nb\rc\n\nd"), ["a", "b", "c", "", "d"])
        XCTAssertEqual(SourceLines.split("\u{FEFF}一\r\n二\r\n"), ["一", "二"])
        XCTAssertEqual(SourceLines.split("\n\n"), ["", ""])
    }

    func testAgreesWithTheCharacterDefinition() {
        let pieces = ["a", "中", "\n", "\r", "\r\n", "\u{301}", "\u{FEFF}", " ", "\t", "1"]
        var generator = SeededGenerator(seed: 20261203)
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            XCTAssertEqual(SourceLines.split(text), reference(text), text.debugDescription)
            XCTAssertEqual(SourceLines.split(Substring(text)), reference(text), text.debugDescription)
        }
    }
}
