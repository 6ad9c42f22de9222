import AuditCLI
import Foundation
import TestSupport
import XCTest

/// What `audit rules …` prints, pinned in golden files (re-record with RECORD_GOLDEN=1).
final class RulesCommandTests: XCTestCase {
    private func run(_ arguments: String) -> CapturedRun { CapturedRun(inFixtures: arguments) }

    private func golden(_ name: String, _ run: CapturedRun, line: UInt = #line) throws {
        try run.assertMatchesGolden("\(name).txt", line: line)
    }

    func testLintReportsEveryProblemWithItsPlace() throws {
        let run = run("rules lint broken")
        XCTAssertEqual(run.status, 1)
        try golden("rules-lint-broken", run)
    }

    func testLintOfACleanKnowledgeBase() throws {
        let run = run("rules lint clean")
        XCTAssertEqual(run.status, 0)
        try golden("rules-lint-clean", run)
    }

    func testLintStrictFailsOnWarnings() throws {
        XCTAssertEqual(run("rules lint --strict broken/facts.rules").status, 1)
        XCTAssertEqual(run("rules lint broken/facts.rules").status, 0, "only a warning there: unused parameter")
    }

    func testLintOfAMissingPath() throws {
        let run = run("rules lint nowhere")
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.output, "nowhere:1:1: 错误[KB042]: 无法读取 nowhere：文件或文件夹不存在\n\nnowhere：1 个错误，0 个警告\n")
    }

    func testList() throws {
        try golden("rules-list", run("rules list --knowledge clean"))
    }

    func testShow() throws {
        try golden("rules-show", run("rules show balance-over-limit -k clean"))
    }

    func testShowSuggestsTheClosestRule() throws {
        let run = run("rules show balance-over-limt -k clean")
        XCTAssertEqual(run.status, 2)
        XCTAssertEqual(run.error, "错误[CLI002]: 规则库中没有规则 'balance-over-limt'\n建议: 是不是要写 'balance-over-limit'？\n")
    }

    func testTestPasses() throws {
        let run = run("rules test -k clean")
        XCTAssertEqual(run.status, 0)
        try golden("rules-test-clean", run)
    }

    func testTestShowsTheDifferenceOnFailure() throws {
        let run = run("rules test -k failing")
        XCTAssertEqual(run.status, 1)
        try golden("rules-test-failing", run)
    }

    func testCommandsRefuseABrokenKnowledgeBase() throws {
        let run = run("rules test -k broken")
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.error.hasSuffix("规则库有 2 个错误，请先改正（见 'audit rules lint broken'）\n"), run.error)
    }

    func testTestRunsTheReadingVocabularysExamples() {
        let run = CapturedRun(inRepository: "rules test words")
        XCTAssertEqual(run.status, 0, run.output)
        XCTAssertTrue(run.output.contains("column target of indicators  (knowledge/reading/tables.vocab)\n  ✓ 年度指标值\n"), run.output)
        XCTAssertTrue(run.output.contains("label budget  (knowledge/reading/figures.vocab)\n"), run.output)
        XCTAssertFalse(run.output.contains("balance-over-limit\n"), "only the words were asked for")
    }

    func testAFailingWordExampleShowsWhatItGot() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("audit-words-failing-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "section problems \"存在问题\"\n  words: 存在问题\n  example: 存在的不足\n".write(
            to: folder.appendingPathComponent("sections.vocab"), atomically: true, encoding: .utf8)
        try "template unit \"被评价单位\"\n  name: text \"单位\"\n".write(to: folder.appendingPathComponent("facts.rules"), atomically: true, encoding: .utf8)
        let run = CapturedRun(["rules", "test", "-k", folder.path, "words"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.output.contains("  ✗ 存在的不足  (\(folder.path)/sections.vocab:3)\n      - problems\n      + nothing\n"), run.output)
        XCTAssertTrue(run.output.hasSuffix("1 个示例：0 个通过，1 个失败\n"), run.output)
    }

    func testLintPointsAtAMistakeInTheReadingVocabulary() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("audit-words-lint-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "table indicators \"绩效指标表\"\n  needs: name\n  example: 三级指标 → name\ncolumn nmae \"三级指标\"\n  words: 三级指标\n  example: 三级指标\n".write(
            to: folder.appendingPathComponent("tables.vocab"), atomically: true, encoding: .utf8)
        let run = CapturedRun(["rules", "lint", folder.path])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(
            run.output.contains(
                "\(folder.path)/tables.vocab:4:8: 错误[KB202]: 表 indicators 没有 column 'nmae'\n   4 | column nmae \"三级指标\"\n     |        ^~~~\n"),
            run.output)
        XCTAssertTrue(run.output.contains("建议: 是不是要写 'name'？"), run.output)
    }
}
