import ReadingTestSupport
import Audit
import CaseLibrary
import ReportReading
import RuleLanguage
import XCTest

final class CaseCheckTests: XCTestCase {
    private func audit() throws -> DocumentAudit {
        let text = try String(contentsOf: CaseLibraryTests.repository.appendingPathComponent("cases/weight-typo/report.txt"), encoding: .utf8)
        return try Auditor(knowledge: CaseLibraryTests.knowledge).audit(try ReportReader().read(text: text, file: "report.txt"))
    }

    private func expected(_ text: String) -> ExpectedFindings {
        ExpectedFindings.parse(text, file: "expected.txt", knownRules: CaseLibraryTests.findingRules).0
    }

    func testAMatchNeedsRuleUnitAndEveryLine() throws {
        let findings = try audit().findings
        XCTAssertTrue(CaseCheck(expected: expected("finding weight-total 项目 8\nfinding weight-outsized 项目 70\n"), findings: findings).passed)
        let wrongLine = CaseCheck(expected: expected("finding weight-total 项目 999\nfinding weight-outsized 项目 70\n"), findings: findings)
        XCTAssertEqual(wrongLine.missing.map(\.rule), ["weight-total"])
        XCTAssertEqual(wrongLine.unexpected.map(\.rule), ["weight-total"])
    }

    func testUnexpectedAndNotQuiet() throws {
        let check = CaseCheck(expected: expected("finding weight-total 项目 8\nquiet weight-outsized 项目\n"), findings: try audit().findings)
        XCTAssertFalse(check.passed)
        XCTAssertEqual(check.unexpected.map(CaseCheck.describe), ["finding weight-outsized 项目 8"])
        XCTAssertEqual(check.notQuiet.map(\.quiet.rule), ["weight-outsized"])
    }

    func testFindingsDiffPairsTheSameFinding() throws {
        let findings = try audit().findings
        let diff = FindingsDiff(old: findings, new: Array(findings.dropLast()))
        XCTAssertEqual(diff.removed.map(\.rule), ["weight-outsized"])
        XCTAssertTrue(diff.added.isEmpty)
        XCTAssertTrue(diff.changed.isEmpty)
        XCTAssertTrue(FindingsDiff(old: findings, new: findings).isEmpty)
    }

    func testTeachingNotes() {
        let notes = TeachingNotes(parsing: "# 标题\n难度：2\n\n总说明。\n\n## weight-total\n逐行相加。\n## problems-missing\n\n")
        XCTAssertEqual(notes.title, "标题")
        XCTAssertEqual(notes.difficulty, 2)
        XCTAssertEqual(notes.general, "总说明。")
        XCTAssertEqual(notes.rules, ["weight-total": "逐行相加。", "problems-missing": ""])
    }
}
