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
        XCTAssertEqual(run.output, "error[KB042]: cannot read nowhere: no such file or folder\n\nnowhere: 1 error, 0 warnings\n".replacingOccurrences(of: "error[KB042]", with: "nowhere:1:1: error[KB042]"))
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
        XCTAssertEqual(run.error, "error[CLI002]: no rule 'balance-over-limt' in the knowledge base\nhelp: did you mean 'balance-over-limit'?\n")
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
        XCTAssertTrue(run.error.hasSuffix("2 errors in the knowledge base; fix them first (see 'audit rules lint broken')\n"), run.error)
    }
}
