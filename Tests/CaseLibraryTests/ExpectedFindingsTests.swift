import CaseLibrary
import Diagnostics
import TestSupport
import XCTest

final class ExpectedFindingsTests: EnglishMessagesTestCase {
    private let rules = ["weight-total", "balance-over-limit", "sum-mismatch"]

    private func parse(_ text: String) -> (ExpectedFindings, [String]) {
        let (expected, diagnostics) = ExpectedFindings.parse(text, file: "expected.txt", knownRules: rules)
        return (expected, diagnostics.map { "\($0.range.map { "\($0.start.line):\($0.start.column)" } ?? "-") [\($0.code)] \($0.message)\($0.help.map { " / \($0)" } ?? "")" })
    }

    func testFindingsAndQuietRules() {
        let (expected, problems) = parse(
            """
            # 期望
            finding weight-total 附件1 30
            finding balance-over-limit 部门整体 11,12
              finding sum-mismatch 部门整体 13 14   # 两行都要引用

            quiet balance-over-limit 附件2  # 结余率正好 10%
            quiet sum-mismatch
            """)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(expected.findings.map(\.rule), ["weight-total", "balance-over-limit", "sum-mismatch"])
        XCTAssertEqual(expected.findings.map(\.lines), [[30], [11, 12], [13, 14]])
        XCTAssertEqual(expected.findings.map(\.line), [2, 3, 4])
        XCTAssertEqual(expected.quiet.map(\.unit), ["附件2", nil])
        XCTAssertEqual(expected.quiet.first?.reason, "结余率正好 10%")
        XCTAssertEqual(
            expected.text,
            "finding weight-total 附件1 30\nfinding balance-over-limit 部门整体 11,12\nfinding sum-mismatch 部门整体 13,14\nquiet balance-over-limit 附件2  # 结余率正好 10%\nquiet sum-mismatch\n")
    }

    func testEveryProblemIsNamedWithItsPlace() {
        let (expected, problems) = parse(
            """
            findng weight-total 附件1 30
            finding weight-total 附件1
            finding weight-total 附件1 三十
            finding weight-totl 附件1 30
            quiet
            finding weight-total 附件1 30
            """)
        XCTAssertEqual(
            problems,
            [
                "1:1 [CASE001] unknown line 'findng' / a line is 'finding 规则 单位 行[,行]', 'quiet 规则 [单位]', or a comment after #",
                "2:1 [CASE002] a finding needs a rule, a unit and its lines: finding 规则 单位 行[,行]",
                "3:26 [CASE003] '三十' is not a line number",
                "4:9 [CASE004] no rule 'weight-totl' in the knowledge base / did you mean 'weight-total'?",
                "5:1 [CASE002] quiet takes a rule and, optionally, a unit: quiet 规则 [单位]",
            ])
        XCTAssertEqual(expected.findings.count, 1, "the good line is kept")
    }
}
