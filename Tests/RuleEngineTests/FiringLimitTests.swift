import ExactDecimal
import TestSupport
import XCTest

@testable import RuleEngine

/// A run that does not come to rest stops at the limit and names the culprit.
final class FiringLimitTests: EnglishMessagesTestCase {
    func testTheRuleThatKeptFiringIsNamed() throws {
        let engine = try makeEngine([Template("counter", slots: [.init("n", .number)]), Template("other")], [
            Rule("once", salience: 10, when: [.pattern(Pattern("other"))], then: []),
            Rule(
                "count-forever", when: [.pattern(pattern("counter", ["n": "n"], as: "c"))],
                then: [.modify(variable: "c", slots: [SlotAssignment("n", .binary(.add, v("n"), 1))])]),
        ])
        try engine.assert("counter", ["n": 0])
        try engine.assert("other")
        engine.limits.firings = 50
        XCTAssertThrowsError(try engine.run()) { error in
            guard let error = error as? EngineError else { return XCTFail("\(error)") }
            XCTAssertEqual(error, .firingLimitReached(limit: 50, rule: "count-forever", firings: 49))
            XCTAssertEqual(
                error.diagnostic.description,
                "error[ENG012]: stopped after 50 firings: rule 'count-forever' kept firing (49 times)")
        }
        XCTAssertEqual(engine.fact(FactID(1))?["n"], 49, "the firings before the limit took effect")
    }

    func testNoErrorWhenTheAgendaEmptiesAtTheLimit() throws {
        let engine = try makeEngine([Template("item", slots: [.init("n", .number)])], [
            Rule("r", when: [.pattern(pattern("item", ["n": "n"]))], then: [])
        ])
        for n in 1...3 { try engine.assert("item", ["n": .number(Number(n))]) }
        engine.limits.firings = 3
        XCTAssertEqual(try engine.run().firings, 3)
    }

    func testHaltStopsTheRun() throws {
        let engine = try makeEngine([Template("item", slots: [.init("n", .number)])], [
            Rule("stop", when: [.pattern(pattern("item", ["n": "n"]))], then: [emit("hit", "n"), .halt])
        ])
        for n in 1...3 { try engine.assert("item", ["n": .number(Number(n))]) }
        let summary = try engine.run()
        XCTAssertEqual(summary, Engine.RunSummary(firings: 1, halted: true))
        XCTAssertEqual(engine.agenda.count, 2)
    }
}
