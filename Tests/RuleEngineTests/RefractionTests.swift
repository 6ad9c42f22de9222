import XCTest

@testable import RuleEngine

/// An activation fires once; it fires again only for a new match.
final class RefractionTests: XCTestCase {
    let templates = [Template("item", slots: [.init("n", .number), .init("seen", .boolean, default: false)])]

    func testAMatchFiresOnceAcrossRuns() throws {
        let engine = try makeEngine(templates, [Rule("r", when: [.pattern(pattern("item", ["n": "n"]))], then: [emit("hit", "n")])])
        try engine.assert("item", ["n": 1])
        XCTAssertEqual(try engine.run().firings, 1)
        XCTAssertEqual(try engine.run().firings, 0)
        XCTAssertEqual(try engine.matches(of: "r").map(\.fired), [true])
    }

    func testANewMatchOfTheSameRuleFires() throws {
        let engine = try makeEngine(templates, [Rule("r", when: [.pattern(pattern("item", ["n": "n"]))], then: [emit("hit", "n")])])
        try engine.assert("item", ["n": 1])
        try engine.run()
        try engine.assert("item", ["n": 2])
        try engine.run()
        XCTAssertEqual(engine.emitted("n"), [1, 2])
    }

    func testModifyingAMatchedFactMakesAFreshMatch() throws {
        let engine = try makeEngine(templates, [Rule("r", when: [.pattern(pattern("item", ["n": "n"]))], then: [emit("hit", "n")])])
        let item = try engine.assert("item", ["n": 1])
        try engine.run()
        try engine.modify(item, ["n": 5])
        try engine.run()
        XCTAssertEqual(engine.emitted("n"), [1, 5])
    }

    func testARuleThatModifiesWhatItMatchesStopsWhenItsConditionIsGone() throws {
        let engine = try makeEngine(templates, [
            Rule(
                "mark", when: [.pattern(pattern("item", [:], ["seen": false], as: "f"))],
                then: [.modify(variable: "f", slots: [SlotAssignment("seen", true)])])
        ])
        try engine.assert("item", ["n": 1])
        engine.limits.firings = 100
        XCTAssertEqual(try engine.run().firings, 1)
    }
}
