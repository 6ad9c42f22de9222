import Diagnostics
import TestSupport
import XCTest

final class DiagnosticRendererTests: EnglishMessagesTestCase {
    let sources: [String: String] = [
        "knowledge/audit.rules": "rule weight-total\n  when (indicatr (weight ?w))\n\t标题 \"权重合计不符\" (indicatr)\n"
    ]

    var renderer: DiagnosticRenderer {
        DiagnosticRenderer { file in self.sources[file].map { $0.split(separator: "\n", omittingEmptySubsequences: false) } }
    }

    func testCaretUnderTheSpanWithNotesAndHelp() {
        let diagnostic = Diagnostic(
            code: "KB012", message: "unknown template 'indicatr'",
            range: SourceRange(file: "knowledge/audit.rules", line: 2, column: 9, length: 8),
            notes: [Diagnostic.Note("templates are declared in knowledge/facts.rules")],
            help: "did you mean 'indicator'?")
        XCTAssertEqual(
            renderer.render(diagnostic),
            """
            knowledge/audit.rules:2:9: error[KB012]: unknown template 'indicatr'
               2 |   when (indicatr (weight ?w))
                 |         ^~~~~~~~
            note: templates are declared in knowledge/facts.rules
            help: did you mean 'indicator'?

            """)
    }

    func testWideCharactersAndTabsShiftTheCaret() {
        // Line 3: a tab (4 columns), 标题 (2 × 2 columns), a space, then "权重合计不符" in quotes.
        let diagnostic = Diagnostic(
            code: "KB001", severity: .warning, message: "title",
            range: SourceRange(file: "knowledge/audit.rules", line: 3, column: 5, length: 8))
        XCTAssertEqual(
            renderer.render(diagnostic),
            """
            knowledge/audit.rules:3:5: warning[KB001]: title
               3 |     标题 "权重合计不符" (indicatr)
                 |          ^~~~~~~~~~~~~~

            """)
    }

    func testWithoutSourceOrRangeOnlyTheHeadline() {
        XCTAssertEqual(
            renderer.render(Diagnostic(code: "CLI001", message: "unknown option '--x'")), "error[CLI001]: unknown option '--x'\n")
        XCTAssertEqual(
            renderer.render(Diagnostic(code: "RD001", message: "cannot read", range: .lines(3, in: "missing.txt"))),
            "missing.txt:3:1: error[RD001]: cannot read\n")
    }

    func testColorOnlyWhenAsked() {
        let plain = renderer.render(Diagnostic(code: "X1", message: "m"))
        XCTAssertFalse(plain.contains("\u{1B}["))
        let colored = DiagnosticRenderer(useColor: true) { _ in nil }.render(Diagnostic(code: "X1", message: "m"))
        XCTAssertTrue(colored.contains("\u{1B}[1;31merror[X1]\u{1B}[0m"))
    }

    func testSuggestions() {
        XCTAssertEqual(Suggestions.closest(to: "indicatr", among: ["indicator", "indicator-table", "budget-line"]), "indicator")
        XCTAssertNil(Suggestions.closest(to: "xyz", among: ["indicator"]))
        XCTAssertEqual(Suggestions.closest(to: "结余率", among: ["结余率上限", "结余"]), "结余")
        XCTAssertEqual(Suggestions.editDistance("kitten", "sitting"), 3)
    }

    func testSortingForDisplay() {
        let a = Diagnostic(code: "B", message: "", range: .lines(5, in: "b.rules"))
        let b = Diagnostic(code: "A", message: "", range: .lines(9, in: "a.rules"))
        let c = Diagnostic(code: "C", message: "", range: .lines(2, in: "b.rules"))
        XCTAssertEqual([a, b, c].sortedForDisplay().map(\.code), ["A", "C", "B"])
        XCTAssertTrue([a.with(severity: .warning), c].hasErrors)
    }
}

extension Diagnostic {
    fileprivate func with(severity: Severity) -> Diagnostic {
        var copy = self
        copy.severity = severity
        return copy
    }
}
