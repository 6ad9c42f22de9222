import ReadingTestSupport
import Audit
import XCTest

/// A finding cites what its rule read: the rows it computed from, the line it judges,
/// or the heading of the unit where something is missing, and not every cell behind it.
final class FindingEvidenceTests: XCTestCase {
    func testANoneAnswerCitesItsOwnLineOnly() throws {
        let audit = try Fixtures.audit("cases/problems-none/report.txt")
        let finding = try XCTUnwrap(audit.findings.first { $0.rule == "problems-said-none" })
        XCTAssertEqual(finding.citations.map(\.line), [100, 101], "the heading, and the 无 written under it")
        XCTAssertEqual(finding.citations.last?.quote, "无。")
        // It still lists what the unit has: the shortfall read from the table.
        XCTAssertTrue(finding.value("names")?.contains("“开展家庭医生签约服务”未完成（完成比例92%）") == true, "\(finding.values)")
    }

    func testAMissingSectionCitesTheUnitsHeading() throws {
        let audit = try Fixtures.audit("cases/fujian-fishery-project/report.txt")
        let finding = try XCTUnwrap(audit.findings.first { $0.rule == "problems-missing" })
        XCTAssertEqual(finding.citations.map(\.line), [1])
        XCTAssertFalse(audit.has("component-missing", unit: "项目"), "one defect, one finding")
    }

    func testAComputedFindingCitesTheRowsItComputedFrom() throws {
        let audit = try Fixtures.audit("cases/weight-typo/report.txt")
        let finding = try XCTUnwrap(audit.findings.first { $0.rule == "weight-total" })
        XCTAssertEqual(finding.citations.count, 9, "the table's title and its eight rows")
    }

    /// One defect seen by two rules: the findings name each other.
    func testFindingsAboutTheSameThingAreLinked() throws {
        let audit = try Fixtures.audit("cases/yunxi-2024/report.txt")
        let balance = try XCTUnwrap(audit.findings.first { $0.rule == "balance-over-limit" })
        let unexplained = try XCTUnwrap(audit.findings.first { $0.rule == "execution-unexplained" })
        XCTAssertEqual(balance.related, [unexplained.id])
        XCTAssertEqual(unexplained.related, [balance.id])
        XCTAssertEqual(audit.findings.first { $0.rule == "grade-mismatch" }?.related, [])
    }

    /// A finding is data: the values its message shows, by name.
    func testAFindingKeepsTheValuesItShows() throws {
        let audit = try Fixtures.audit("cases/yunxi-2024/report.txt")
        let weight = try XCTUnwrap(audit.findings.first { $0.rule == "weight-total" })
        XCTAssertEqual(weight.values.map { "\($0.name)=\($0.value)" }, ["unit=附件1", "total=95", "expected=90"])
    }

    func testReviewFindingsAreMarked() throws {
        let audit = try Fixtures.audit("cases/yunxi-2024/report.txt")
        XCTAssertEqual(audit.findings.filter(\.needsReview).map(\.rule), ["year-mismatch", "estimate-as-actual"])
    }
}
