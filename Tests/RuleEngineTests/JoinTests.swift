import ExactDecimal
import XCTest

@testable import RuleEngine

/// Positive conditions: variables shared across patterns join facts.
final class JoinTests: XCTestCase {
    let templates = [
        Template("table", slots: [.init("id", .text), .init("unit", .text)]),
        Template("indicator", slots: [.init("table", .text), .init("name", .text), .init("weight", .number)]),
    ]

    func testSharedVariableJoinsOnlyMatchingFacts() throws {
        let rule = Rule(
            "pair",
            when: [.pattern(pattern("table", ["id": "t", "unit": "u"])), .pattern(pattern("indicator", ["table": "t", "name": "n"]))],
            then: [emit("hit", "u", "n")])
        let engine = try makeEngine(templates, [rule])
        try engine.assert("table", ["id": "T1", "unit": "附件1"])
        try engine.assert("table", ["id": "T2", "unit": "附件2"])
        try engine.assert("indicator", ["table": "T1", "name": "培训人次", "weight": 10])
        try engine.assert("indicator", ["table": "T2", "name": "满意度", "weight": 10])
        try engine.assert("indicator", ["table": "T3", "name": "孤儿", "weight": 10])
        XCTAssertEqual(try engine.matchCount("pair"), 2)
        try engine.run()
        XCTAssertEqual(Set(engine.emitted("n")), ["培训人次", "满意度"])
    }

    func testFactsAssertedBeforeTheRuleAreMatched() throws {
        let engine = try makeEngine(templates)
        try engine.assert("table", ["id": "T1", "unit": "附件1"])
        try engine.assert("indicator", ["table": "T1", "name": "a", "weight": 5])
        try engine.add(Rule(
            "late", when: [.pattern(pattern("table", ["id": "t"])), .pattern(pattern("indicator", ["table": "t"]))], then: []))
        XCTAssertEqual(try engine.matchCount("late"), 1)
    }

    func testConstantsAndTestsFilter() throws {
        let rule = Rule(
            "heavy",
            when: [.pattern(pattern("indicator", ["name": "n", "weight": "w"], tests: [.binary(.greater, .slot("weight"), 20)]))],
            then: [emit("hit", "n")])
        let engine = try makeEngine(templates, [rule])
        try engine.assert("indicator", ["table": "T", "name": "light", "weight": 5])
        try engine.assert("indicator", ["table": "T", "name": "heavy", "weight": 30])
        try engine.run()
        XCTAssertEqual(engine.emitted("n"), ["heavy"])
    }

    func testSameVariableTwiceInOnePatternRequiresEqualSlots() throws {
        let engine = try makeEngine([Template("edge", slots: [.init("from"), .init("to")])], [
            Rule("loop", when: [.pattern(Pattern("edge", [.variable("from", "x"), .variable("to", "x")]))], then: [])
        ])
        try engine.assert("edge", ["from": "a", "to": "b"])
        try engine.assert("edge", ["from": "c", "to": "c"])
        XCTAssertEqual(try engine.matches(of: "loop").map(\.bindings), [[Binding(name: "x", value: "c")]])
    }

    func testRetractAndModifyUpdateMatches() throws {
        let rule = Rule(
            "pair",
            when: [.pattern(pattern("table", ["id": "t"])), .pattern(pattern("indicator", ["table": "t"]))], then: [])
        let engine = try makeEngine(templates, [rule])
        let table = try engine.assert("table", ["id": "T1"])
        let indicator = try engine.assert("indicator", ["table": "T1", "name": "a"])
        XCTAssertEqual(try engine.matchCount("pair"), 1)
        try engine.modify(indicator, ["table": "T2"])
        XCTAssertEqual(try engine.matchCount("pair"), 0)
        try engine.modify(table, ["id": "T2"])
        XCTAssertEqual(try engine.matchCount("pair"), 1)
        XCTAssertEqual(engine.fact(indicator)?["table"], "T2", "modify keeps the id")
        try engine.retract(table)
        XCTAssertEqual(try engine.matchCount("pair"), 0)
        XCTAssertNil(engine.fact(table))
    }

    func testJoinOnFactReferences() throws {
        let engine = try makeEngine([
            Template("table", slots: [.init("unit", .text)]),
            Template("row", slots: [.init("table", .reference), .init("weight", .number)]),
        ])
        try engine.add(Rule(
            "rows-of-table",
            when: [
                .pattern(Pattern("table", [.variable("unit", "u")], factVariable: "t")),
                .pattern(Pattern("row", [.variable("table", "t"), .variable("weight", "w")])),
            ], then: [emit("row", "u", "w")]))
        let t1 = try engine.assert("table", ["unit": "A"])
        let t2 = try engine.assert("table", ["unit": "B"])
        try engine.assert("row", ["table": .reference(t1), "weight": 10])
        try engine.assert("row", ["table": .reference(t2), "weight": 20])
        try engine.run()
        XCTAssertEqual(engine.results.map { "\($0.argument("u") ?? .absent) \($0.argument("w") ?? .absent)" }.sorted(), ["A 10", "B 20"])
    }

    func testAssertingAnEqualFactReturnsTheLiveOne() throws {
        let engine = try makeEngine(templates)
        let a = try engine.assert("table", ["id": "T", "unit": "U"])
        let b = try engine.assert("table", ["unit": "U", "id": "T"])
        XCTAssertEqual(a, b)
        XCTAssertEqual(engine.factCount, 1)
    }

    func testMoreThanFourEqualitiesStillJoinCorrectly() throws {
        let wide = Template("wide", slots: (1...6).map { Template.Slot("s\($0)", .number) })
        let slots = (1...6).map { SlotConstraint.variable("s\($0)", "x\($0)") }
        let engine = try makeEngine([wide], [
            Rule("same", when: [.pattern(Pattern("wide", slots)), .pattern(Pattern("wide", slots, factVariable: "other"))], then: [])
        ])
        var values: [String: Value] = [:]
        for i in 1...6 { values["s\(i)"] = .number(Number(i)) }
        try engine.assert("wide", values)
        values["s6"] = 60
        try engine.assert("wide", values)
        XCTAssertEqual(try engine.matchCount("same"), 2, "each fact joins only itself: the sixth slot differs")
    }
}
