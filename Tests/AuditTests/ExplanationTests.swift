import Audit
import XCTest

/// Explanations and why-not answers are data; these tests read them as such.
final class ExplanationTests: XCTestCase {
    private var audit: DocumentAudit { get throws { try Fixtures.audit("cases/yunxi-2024/report.txt") } }

    func testAFindingIsExplainedDownToTheRowsItAdded() throws {
        let audit = try audit
        let finding = try XCTUnwrap(audit.findings.first { $0.rule == "weight-total" })
        let explanation = try XCTUnwrap(audit.explanation(of: finding.id))
        XCTAssertEqual(explanation.step.rule, "weight-total")
        XCTAssertEqual(explanation.step.conditions.map(\.written), ["weight-scheme(table: ?t, unit: ?unit, total: ?expected)", "table-weight(table: ?t, total: ?total)", "test ?total != ?expected"])
        // The table's total was derived by summing its rows.
        guard case .fact(let total) = explanation.step.conditions[1].evidence, case .derived(let sum) = total.source else {
            return XCTFail("the total should be a derived fact")
        }
        XCTAssertEqual(sum.rule, "derive-table-weight")
        XCTAssertTrue(total.slots.contains(NamedValue(name: "权重合计", value: "95")))
        guard case .aggregate(let value, let rows) = sum.conditions[2].evidence else { return XCTFail("expected the sum") }
        XCTAssertEqual(value, "95")
        XCTAssertEqual(rows.count, 7)
        guard case .report(let id, let citation) = rows[0].source else { return XCTFail("rows are read from the report") }
        XCTAssertEqual(id, "F35")
        XCTAssertEqual(citation.line, 57)
        // The test compared the values it names.
        guard case .test(let values) = explanation.step.conditions[2].evidence else { return XCTFail("expected a test") }
        XCTAssertEqual(values, [NamedValue(name: "?total", value: "95"), NamedValue(name: "?expected", value: "90")])
    }

    func testParametersAreShownWithTheirBasis() throws {
        let audit = try audit
        let finding = try XCTUnwrap(audit.findings.first { $0.rule == "balance-over-limit" })
        let explanation = try XCTUnwrap(audit.explanation(of: finding.id))
        let parameter = try XCTUnwrap(explanation.step.parameters.first)
        XCTAssertEqual(parameter.name, "balance-rate-limit")
        XCTAssertEqual(parameter.value, "10%")
        // No document sets the 10 %: the explanation gives the reason for it instead.
        XCTAssertEqual(parameter.basis, [])
        XCTAssertTrue(parameter.rationale?.contains("没有规定结余率上限的数值") == true, parameter.rationale ?? "")
    }

    func testAnUnknownFindingHasNoExplanation() throws {
        XCTAssertNil(try audit.explanation(of: "999"))
        XCTAssertNil(try audit.explanation(of: "x"))
    }

    func testWhyNotNamesTheComparisonThatFailed() throws {
        let answer = try XCTUnwrap(try audit.whyNot("weight-total", unit: "附件2"))
        XCTAssertTrue(answer.findings.isEmpty)
        XCTAssertFalse(answer.matched)
        let candidate = try XCTUnwrap(answer.candidates.first)
        XCTAssertEqual(candidate.satisfied.count, 2)
        guard case .testFailed(let comparison) = candidate.failing.reason else { return XCTFail("the test fails") }
        XCTAssertEqual(comparison, "?total != ?expected：90 != 90 不成立")
    }

    func testWhyNotWhenNoFactOfTheKindExists() throws {
        let answer = try XCTUnwrap(try audit.whyNot("score-sum-mismatch", unit: "附件1"))
        let reasons = answer.candidates.map(\.failing.plain)
        XCTAssertEqual(reasons.count, answer.candidates.count)
        guard case .noFacts(let label)? = answer.candidates.first?.failing.reason else {
            return XCTFail("the case has no score table: \(answer.candidates.map(\.failing.reason))")
        }
        XCTAssertEqual(label, "评分表行")
    }

    func testWhyNotOfARuleThatFiredListsItsFindings() throws {
        let answer = try XCTUnwrap(try audit.whyNot("weight-total"))
        XCTAssertEqual(answer.findings.map { [$0.unit, $0.value("total")] }, [["附件1", "95"]])
    }

    func testWhyNotOfAnUnknownRule() throws {
        XCTAssertNil(try audit.whyNot("no-such-rule"))
    }
}
