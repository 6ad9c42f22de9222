import ExactDecimal
import EngineWorkloads
import RuleEngine
import XCTest

/// The synthetic audit: the engine's findings equal those computed directly.
final class AuditLoadTests: XCTestCase {
    func testFindingsMatchADirectComputation() throws {
        let facts = AuditLoad.facts(indicators: 200)
        let engine = Engine()
        for template in AuditLoad.templates { try engine.declare(template) }
        for rule in AuditLoad.rules { try engine.add(rule) }
        for entry in facts { try engine.assert(entry.template, entry.slots) }
        try engine.run()

        var found: [String: Set<String>] = [:]
        for result in engine.results {
            let rule = result.argument("rule")?.description ?? ""
            let subject = (result.argument("table") ?? result.argument("indicator") ?? result.argument("unit"))?.description ?? ""
            found[rule, default: []].insert(subject)
        }

        let tables = facts.filter { $0.template == "indicator-table" }
        let indicators = facts.filter { $0.template == "indicator" }
        let explained = Set(facts.filter { $0.template == "explanation" }.compactMap { $0.slots["indicator"]?.description })
        func number(_ entry: FactFile.Entry, _ slot: String) -> Number { entry.slots[slot]?.number ?? .zero }
        func deviates(_ i: FactFile.Entry) -> Bool {
            let target = number(i, "target"), actual = number(i, "actual")
            let shortfall = i.slots["operator"] == "≥" && actual < (target.multiplied(by: Number("0.9")!) ?? .zero)
            let exceeded = actual > (target.multiplied(by: Number("1.3")!) ?? .zero)
            return shortfall || exceeded
        }
        var expected: [String: Set<String>] = [:]
        for table in tables {
            let id = table.slots["id"] ?? .absent
            let rows = indicators.filter { $0.slots["table"] == id }
            let total = rows.reduce(Number.zero) { $0.adding(number($1, "weight")) ?? $0 }
            if total != Number(90) { expected["weight-total", default: []].insert(id.description) }
            if !rows.contains(where: { $0.slots["category"] == "成本指标" }) {
                expected["category-missing", default: []].insert(id.description)
            }
            if rows.filter(deviates).count > 3 {
                expected["many-deviations", default: []].insert(table.slots["unit"]?.description ?? "")
            }
        }
        for i in indicators where deviates(i) && !explained.contains(i.slots["name"]?.description ?? "") {
            expected["deviation-unexplained", default: []].insert(i.slots["name"]?.description ?? "")
        }
        XCTAssertEqual(found, expected)
        XCTAssertFalse(expected.values.contains { $0.isEmpty })
        XCTAssertEqual(Set(expected.keys), ["weight-total", "category-missing", "many-deviations", "deviation-unexplained"], "the data exercise every rule")
    }
}
