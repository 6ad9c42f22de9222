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

/// Emitted results are truth-maintained like logical assertions: a result stands while
/// the match that emitted it holds.
final class StandingResultTests: XCTestCase {
    let templates = [
        Template("table", slots: [.init("id", .text)]),
        Template("indicator", slots: [.init("table", .text), .init("weight", .number)]),
    ]

    /// Reports a table's weight total whatever it is: each change of the total is a new match.
    let total = Rule(
        "report-total",
        when: [
            .pattern(pattern("table", ["id": "t"])),
            .aggregate(Aggregation("total", .sum(v("w")), of: pattern("indicator", ["table": "t", "weight": "w"]))),
        ], then: [emit("total", "t", "total")])

    func testAResultIsWithdrawnWhenAnAggregateItReadChanges() throws {
        let engine = try makeEngine(templates, [total])
        try engine.assert("table", ["id": "A"])
        try engine.assert("indicator", ["table": "A", "weight": 60])
        try engine.run()
        try engine.assert("indicator", ["table": "A", "weight": 30])
        try engine.run()
        XCTAssertEqual(engine.emitted("total"), [60, 90], "both were emitted")
        XCTAssertEqual(engine.standingResults.map { $0.argument("total") }, [90], "only the last still holds")
        XCTAssertTrue(engine.isWithdrawn(1))
        XCTAssertFalse(engine.isWithdrawn(2))
    }

    func testAResultIsWithdrawnWhenAFactItRestedOnGoes() throws {
        let engine = try makeEngine(templates, [total])
        let table = try engine.assert("table", ["id": "A"])
        try engine.run()
        XCTAssertEqual(engine.standingResults.count, 1)
        try engine.retract(table)
        XCTAssertEqual(engine.standingResults.count, 0)
        XCTAssertEqual(engine.results.count, 1, "the record of what was emitted stays")
    }
}
