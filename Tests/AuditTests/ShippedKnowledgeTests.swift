import Audit
import Diagnostics
import RuleEngine
import RuleLanguage
import XCTest

/// The knowledge base in knowledge/, with the audit's functions: compiles without errors
/// or warnings, and every example of every rule passes.
final class ShippedKnowledgeTests: XCTestCase {
    private func load() -> KnowledgeLoader.Result {
        KnowledgeLoader.load(paths: [Fixtures.repository.appendingPathComponent("knowledge").path], functions: AuditFunctions.library, lint: true)
    }

    func testCompilesCleanly() {
        let result = load()
        XCTAssertEqual((result.diagnostics + result.warnings).map { "\($0)" }, [])
        XCTAssertGreaterThan(result.knowledgeBase.rules.count, 5)
    }

    func testEveryExamplePasses() {
        let knowledge = load().knowledgeBase
        let runner = ExampleRunner(knowledge: knowledge)
        for rule in knowledge.rules {
            XCTAssertFalse(rule.examples.isEmpty, "\(rule.id) has no examples")
            for example in rule.examples {
                let outcome = runner.run(example, of: rule)
                XCTAssertTrue(outcome.passed, "\(rule.id) / \(example.title): expected \(outcome.expected), got \(outcome.actual) \(outcome.error ?? "")")
            }
        }
    }

    /// The rule ids results are compared by across versions (issue "The audit").
    func testTheAgreedRuleIdsExist() {
        let ids = Set(load().knowledgeBase.rules.map(\.id))
        for id in [
            "weight-total", "weight-scheme-mixed", "target-far-exceeded", "target-missed-unexplained", "score-exceeds-attainable",
            "execution-low", "balance-over-limit", "problems-missing", "deviation-not-in-problems", "component-missing",
            "grade-mismatch", "sum-mismatch", "value-inconsistent", "year-mismatch", "qualitative-with-number",
            "indicator-category-missing", "estimate-as-actual", "duplicate-content",
        ] {
            XCTAssertTrue(ids.contains(id), "no rule \(id)")
        }
    }

    /// Findings are grouped by the unit under review, which a finding rule binds as ?unit.
    func testEveryFindingRuleNamesItsUnit() {
        for rule in load().knowledgeBase.rules where rule.kind == .finding {
            let bound = rule.engineRule.conditions.contains { condition in
                if case .pattern(let pattern) = condition { return pattern.boundVariables.contains("unit") }
                return false
            }
            XCTAssertTrue(bound, "\(rule.id) does not bind ?unit")
        }
    }

    func testEveryFindingRuleCarriesWhatAFindingNeeds() {
        for rule in load().knowledgeBase.rules where rule.kind == .finding {
            XCTAssertNotNil(rule.severity, rule.id)
            XCTAssertNotNil(rule.message, rule.id)
            XCTAssertNotNil(rule.recommendation, rule.id)
            XCTAssertFalse(rule.basis.isEmpty, rule.id)
        }
    }
}

/// knowledge/README.md is the policy staff's reference: it must list every code.
final class KnowledgeGuideTests: XCTestCase {
    func testTheGuideListsEveryDiagnosticCode() throws {
        let guide = try String(contentsOf: Fixtures.repository.appendingPathComponent("knowledge/README.md"), encoding: .utf8)
        for entry in KnowledgeCodes.all {
            XCTAssertTrue(guide.contains("| \(entry.code) |"), "knowledge/README.md does not list \(entry.code)")
        }
    }

    func testTheWorkedExampleIsInTheKnowledgeBase() {
        let knowledge = Fixtures.knowledge
        XCTAssertEqual(knowledge.rule("score-over-maximum")?.examples.map(\.title), ["得分 102 分", "得分正好 100 分"])
    }
}
