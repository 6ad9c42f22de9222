import TestSupport
import XCTest

@testable import Workbench

/// The difference shown when a save is refused: what it keeps and marks must rebuild
/// both texts, and it must find the lines they share.
final class LineDiffTests: XCTestCase {
    private func rebuilt(_ lines: [LineDiff.Line], keeping kind: LineDiff.Kind) -> String {
        lines.filter { $0.kind == .same || $0.kind == kind }.map(\.text).joined(separator: "\n")
    }

    func testAChangedLineIsRemovedThenAdded() {
        let lines = LineDiff.lines("a\nvalue: 10\nc", "a\nvalue: 15\nc")
        XCTAssertEqual(
            lines,
            [.init(kind: .same, text: "a"), .init(kind: .removed, text: "value: 10"), .init(kind: .added, text: "value: 15"), .init(kind: .same, text: "c")])
        XCTAssertEqual(LineDiff.lines("", "x"), [.init(kind: .removed, text: ""), .init(kind: .added, text: "x")])
        XCTAssertTrue(LineDiff.lines("same\ntext", "same\ntext").allSatisfy { $0.kind == .same })
    }

    /// Random texts from a few lines, random edits: both sides rebuild, and no pair of
    /// lines the two share is missed (the count of kept lines is the longest common run).
    func testBothTextsRebuildFromTheDifference() {
        var generator = SeededGenerator(seed: 17)
        let vocabulary = ["rule a", "  when:", "  then:", "value: 10", "value: 15", "", "# 注释"]
        for _ in 0..<300 {
            let old = (0..<Int.random(in: 0...12, using: &generator)).map { _ in vocabulary.randomElement(using: &generator)! }
            var new = old
            for _ in 0..<Int.random(in: 0...4, using: &generator) {
                switch Int.random(in: 0...2, using: &generator) {
                case 0: new.insert(vocabulary.randomElement(using: &generator)!, at: Int.random(in: 0...new.count, using: &generator))
                case 1 where !new.isEmpty: new.remove(at: Int.random(in: 0..<new.count, using: &generator))
                default: if !new.isEmpty { new[Int.random(in: 0..<new.count, using: &generator)] = vocabulary.randomElement(using: &generator)! }
                }
            }
            let (a, b) = (old.joined(separator: "\n"), new.joined(separator: "\n"))
            let lines = LineDiff.lines(a, b)
            XCTAssertEqual(rebuilt(lines, keeping: .removed), a)
            XCTAssertEqual(rebuilt(lines, keeping: .added), b)
            XCTAssertEqual(lines.filter { $0.kind == .same }.count, longestCommon(a.split(separator: "\n", omittingEmptySubsequences: false), b.split(separator: "\n", omittingEmptySubsequences: false)))
        }
    }

    func testTheHTMLShowsChangesWithContextAndEscapes() {
        let old = (1...10).map { "line \($0)" }.joined(separator: "\n")
        let new = old.replacingOccurrences(of: "line 5", with: "<b>line 5</b>")
        let html = LineDiff.html(LineDiff.lines(old, new), old: "旧", new: "新")
        XCTAssertTrue(html.contains("  line 3\n  line 4\n<del>－ line 5</del>\n<ins>＋ &lt;b&gt;line 5&lt;/b&gt;</ins>\n  line 6\n  line 7\n</pre>"), html)
        XCTAssertFalse(html.contains("line 2"), "far lines are left out")
    }

    /// The length of a longest common subsequence, filled forwards (the diff fills its table backwards).
    private func longestCommon(_ a: [Substring], _ b: [Substring]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0..<a.count {
            for j in 0..<b.count {
                table[i + 1][j + 1] = a[i] == b[j] ? table[i][j] + 1 : max(table[i][j + 1], table[i + 1][j])
            }
        }
        return table[a.count][b.count]
    }
}
