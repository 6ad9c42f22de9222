import ReadingTestSupport
import Audit
import ReportReading
import RuleEngine
import RuleLanguage
import XCTest

/// The audit of cases/yunxi-2024, a report written to hold one instance of many
/// defects (and an annex, 附件2, that is right throughout).
final class AuditorTests: XCTestCase {
    private var audit: DocumentAudit { get throws { try Fixtures.audit("cases/yunxi-2024/report.txt") } }

    func testFindsWhatTheCaseHolds() throws {
        XCTAssertEqual(
            try audit.summary,
            [
                "component-missing 部门整体 1",
                "year-mismatch 部门整体 8",
                "balance-over-limit 部门整体 11",
                "execution-unexplained 部门整体 11",
                "grade-mismatch 部门整体 16",
                "sum-mismatch 部门整体 13",
                "target-set-too-low 附件1 57",
                "problems-said-none 附件1 129",
                "claim-contradicted 附件1 69",
                "weight-total 附件1 30",
                "target-far-exceeded 附件1 79",
                "target-missed-unexplained 附件1 69",
                "qualitative-with-number 附件1 30",
                "estimate-as-actual 附件1 128",
                "cost-indicator-at-least 附件1 98",
                "duplicate-content 附件2 26",
            ])
    }

    func testTheCorrectAnnexRaisesNothingButTheCopiedText() throws {
        XCTAssertEqual(try audit.findings.filter { $0.unit == "附件2" }.map(\.rule), ["duplicate-content"])
    }

    func testFindingsCarryWhatAnAuditorNeeds() throws {
        let audit = try audit
        XCTAssertEqual(audit.findings.map(\.id), (1...audit.findings.count).map(String.init))
        let weight = try XCTUnwrap(audit.findings.first { $0.rule == "weight-total" })
        XCTAssertEqual(weight.severity, .high)
        XCTAssertEqual(weight.title, "权重合计不符")
        // The finding is data: the values its message and recommendation show.
        XCTAssertEqual(weight.values.map { "\($0.name)=\($0.value)" }, ["unit=附件1", "total=95", "expected=90"])
        XCTAssertEqual(weight.messageTemplate?.source, "{unit}绩效指标权重合计为{total}分，应为{expected}分")
        // A project annex is judged by the project measure, not the department-level one; the
        // clause was not checked against the published text, and says so.
        XCTAssertEqual(weight.basis.map(\.text), ["《项目支出绩效评价管理办法》（财预〔2020〕10号）关于单位自评指标权重的规定（未核对原文）"])
        XCTAssertEqual(weight.basis.first?.verified, false)
        XCTAssertNotNil(weight.basis.first?.reason)
        let department = try XCTUnwrap(audit.findings.first { $0.rule == "balance-over-limit" })
        XCTAssertEqual(department.basis.map(\.scope), [.project, .department])
        // The table and every one of its seven rows.
        XCTAssertEqual(weight.citations.count, 8)
        XCTAssertEqual(weight.citations.first?.quote, "项目支出绩效目标完成情况自评表")
    }

    func testTheSameRunGivesTheSameFindings() throws {
        let first = try audit, second = try audit
        XCTAssertEqual(first.findings.map(\.values), second.findings.map(\.values))
        XCTAssertEqual(first.findings.map { $0.citations.map(\.line) }, second.findings.map { $0.citations.map(\.line) })
    }

    func testAFindingStatedTwiceIsOneFindingCitingBoth() throws {
        let audit = try Fixtures.seed("001_bf075bb81cfa69fd.txt")  // Bishan states its execution in two places
        let low = audit.findings.filter { $0.rule == "execution-low" }
        XCTAssertEqual(low.count, 1)
        XCTAssertEqual(low.first?.citations.map(\.line), [30, 114])
        XCTAssertEqual(low.first?.resultIDs.count, 2)
    }

    func testKindsAndSlotsTheKnowledgeBaseDoesNotDeclareAreLeftOut() throws {
        // A knowledge base that knows only tables, and of a table only its unit.
        let small = KnowledgeLoader.load(
            sources: [
                (
                    "small.rules",
                    """
                    template indicator-table "指标表"
                      unit: text "单位"

                    rule count-tables
                      title: 有指标表
                      severity: low
                      basis: 《项目支出绩效评价管理办法》 财预〔2020〕10号
                      message: {unit}有指标表
                      recommendation: 无
                      when:
                        indicator-table(unit: ?unit)
                      then:
                        finding
                    """
                )
            ], lint: false)
        XCTAssertFalse(small.hasErrors)
        let text = try String(contentsOf: Fixtures.repository.appendingPathComponent("cases/yunxi-2024/report.txt"), encoding: .utf8)
        let audit = try Auditor(knowledge: small.knowledgeBase).audit(try ReportReader().read(text: text, file: "report.txt"))
        XCTAssertEqual(audit.findings.map(\.unit), ["附件1", "附件2"])
    }
}

/// A report's audit within the limits of `Auditor.limits`: one that gives more facts
/// than allowed is refused with ENG013 before any rule runs; one just within is audited.
final class AuditLimitTests: XCTestCase {
    func testAReportJustOverTheFactLimitIsRefused() throws {
        let yunxi = try ReportReader().read(path: Fixtures.repository.appendingPathComponent("cases/yunxi-2024/report.txt").path)
        var auditor = Auditor(knowledge: Fixtures.knowledge)
        auditor.limits.facts = yunxi.facts.count
        XCTAssertFalse(try auditor.audit(yunxi).findings.isEmpty)
        auditor.limits.facts = yunxi.facts.count - 1
        XCTAssertThrowsError(try auditor.audit(yunxi)) { error in
            XCTAssertEqual(error as? EngineError, .limitExceeded(.facts, limit: yunxi.facts.count - 1, rule: nil))
        }
    }
}
