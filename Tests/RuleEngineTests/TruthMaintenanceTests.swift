import XCTest

@testable import RuleEngine

/// Logical assertions disappear with the facts that supported them.
final class TruthMaintenanceTests: XCTestCase {
    let templates = [
        Template("indicator", slots: [.init("name", .text), .init("target", .number), .init("actual", .number)]),
        Template("deviation", slots: [.init("indicator", .text)]),
        Template("problem-needed", slots: [.init("because", .text)]),
    ]

    lazy var derive = Rule(
        "derive-deviation",
        when: [.pattern(pattern("indicator", ["name": "n", "target": "t", "actual": "a"], tests: [.binary(.less, v("a"), v("t"))]))],
        then: [.assert(template: "deviation", slots: [SlotAssignment("indicator", v("n"))], logical: true)])

    func testDerivedFactGoesWhenItsSupportGoes() throws {
        let engine = try makeEngine(templates, [derive])
        let indicator = try engine.assert("indicator", ["name": "培训", "target": 100, "actual": 80])
        try engine.run()
        XCTAssertEqual(engine.facts(of: "deviation").count, 1)
        try engine.modify(indicator, ["actual": 100])
        XCTAssertEqual(engine.facts(of: "deviation").count, 0, "no longer a shortfall")
    }

    func testRetractingTheSupportRetractsTheDerivedFact() throws {
        let engine = try makeEngine(templates, [derive])
        let indicator = try engine.assert("indicator", ["name": "培训", "target": 100, "actual": 80])
        try engine.run()
        try engine.retract(indicator)
        XCTAssertTrue(engine.facts(of: "deviation").isEmpty)
    }

    func testChainsUnravel() throws {
        let second = Rule(
            "needs-problem", when: [.pattern(pattern("deviation", ["indicator": "n"]))],
            then: [.assert(template: "problem-needed", slots: [SlotAssignment("because", v("n"))], logical: true)])
        let engine = try makeEngine(templates, [derive, second])
        let indicator = try engine.assert("indicator", ["name": "培训", "target": 100, "actual": 80])
        try engine.run()
        XCTAssertEqual(engine.facts(of: "problem-needed").count, 1)
        try engine.retract(indicator)
        XCTAssertTrue(engine.facts(of: "deviation").isEmpty)
        XCTAssertTrue(engine.facts(of: "problem-needed").isEmpty)
    }

    func testAFactWithTwoSupportsStaysUntilBothGo() throws {
        let bySame = Rule(
            "derive-by-name", when: [.pattern(pattern("indicator", ["name": "n"]))],
            then: [.assert(template: "deviation", slots: [SlotAssignment("indicator", "shared")], logical: true)])
        let engine = try makeEngine(templates, [bySame])
        let a = try engine.assert("indicator", ["name": "a"])
        let b = try engine.assert("indicator", ["name": "b"])
        try engine.run()
        XCTAssertEqual(engine.facts(of: "deviation").count, 1, "the same fact twice is one fact")
        try engine.retract(a)
        XCTAssertEqual(engine.facts(of: "deviation").count, 1)
        try engine.retract(b)
        XCTAssertEqual(engine.facts(of: "deviation").count, 0)
    }

    func testAnUnconditionalAssertionKeepsTheFact() throws {
        let engine = try makeEngine(templates, [derive])
        let indicator = try engine.assert("indicator", ["name": "培训", "target": 100, "actual": 80])
        try engine.run()
        try engine.assert("deviation", ["indicator": "培训"])
        try engine.retract(indicator)
        XCTAssertEqual(engine.facts(of: "deviation").count, 1)
    }

    func testNegationSupport() throws {
        // "No problem section" supports a logical finding; adding the section removes it.
        let engine = try makeEngine([Template("section", slots: [.init("kind")]), Template("finding", slots: [.init("rule")])], [
            Rule("missing", when: [.not(pattern("section", [:], ["kind": "存在问题"]))],
                 then: [.assert(template: "finding", slots: [SlotAssignment("rule", "problems-missing")], logical: true)])
        ])
        try engine.run()
        XCTAssertEqual(engine.facts(of: "finding").count, 1)
        try engine.assert("section", ["kind": "存在问题"])
        XCTAssertEqual(engine.facts(of: "finding").count, 0)
    }
}
