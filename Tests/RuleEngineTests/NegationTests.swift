import XCTest

@testable import RuleEngine

/// `not`: the rule holds while no fact matches, and follows facts coming and going.
final class NegationTests: XCTestCase {
    let templates = [
        Template("unit", slots: [.init("name", .text)]),
        Template("section", slots: [.init("unit", .text), .init("kind", .text), .init("text", .text)]),
    ]

    lazy var rule = Rule(
        "problems-missing",
        when: [
            .pattern(pattern("unit", ["name": "u"])),
            .not(pattern("section", ["unit": "u"], ["kind": "存在问题"])),
        ], then: [emit("missing", "u")])

    func testFiresOnlyWhereNothingMatches() throws {
        let engine = try makeEngine(templates, [rule])
        try engine.assert("unit", ["name": "附件1"])
        try engine.assert("unit", ["name": "附件2"])
        try engine.assert("section", ["unit": "附件1", "kind": "存在问题", "text": "资金拨付滞后"])
        try engine.assert("section", ["unit": "附件2", "kind": "改进建议", "text": "无"])
        try engine.run()
        XCTAssertEqual(engine.emitted("u"), ["附件2"])
    }

    func testAssertingABlockerRemovesTheMatchAndRetractingItRestores() throws {
        let engine = try makeEngine(templates, [rule])
        try engine.assert("unit", ["name": "U"])
        XCTAssertEqual(try engine.matchCount("problems-missing"), 1)
        let first = try engine.assert("section", ["unit": "U", "kind": "存在问题", "text": "a"])
        let second = try engine.assert("section", ["unit": "U", "kind": "存在问题", "text": "b"])
        XCTAssertEqual(try engine.matchCount("problems-missing"), 0)
        try engine.retract(first)
        XCTAssertEqual(try engine.matchCount("problems-missing"), 0, "one blocker is still there")
        try engine.retract(second)
        XCTAssertEqual(try engine.matchCount("problems-missing"), 1)
    }

    func testModifyingABlockerAwayUnblocks() throws {
        let engine = try makeEngine(templates, [rule])
        try engine.assert("unit", ["name": "U"])
        let section = try engine.assert("section", ["unit": "U", "kind": "存在问题"])
        XCTAssertEqual(try engine.matchCount("problems-missing"), 0)
        try engine.modify(section, ["kind": "原因分析"])
        XCTAssertEqual(try engine.matchCount("problems-missing"), 1)
    }

    func testNegationWithATestOnOuterValues() throws {
        // No other indicator of the same table carries a larger weight.
        let engine = try makeEngine([Template("indicator", slots: [.init("table"), .init("name"), .init("weight", .number)])], [
            Rule(
                "largest",
                when: [
                    .pattern(pattern("indicator", ["table": "t", "name": "n", "weight": "w"])),
                    .not(pattern("indicator", ["table": "t"], tests: [.binary(.greater, .slot("weight"), v("w"))])),
                ], then: [emit("largest", "t", "n")])
        ])
        try engine.assert("indicator", ["table": "A", "name": "a1", "weight": 10])
        try engine.assert("indicator", ["table": "A", "name": "a2", "weight": 40])
        try engine.assert("indicator", ["table": "B", "name": "b1", "weight": 5])
        try engine.run()
        XCTAssertEqual(Set(engine.emitted("n")), ["a2", "b1"])
    }

    func testNegationAsFirstCondition() throws {
        let engine = try makeEngine(templates, [
            Rule("empty", when: [.not(Pattern("unit"))], then: [emit("empty")])
        ])
        XCTAssertEqual(try engine.matchCount("empty"), 1)
        let unit = try engine.assert("unit", ["name": "U"])
        XCTAssertEqual(try engine.matchCount("empty"), 0)
        try engine.retract(unit)
        XCTAssertEqual(try engine.matchCount("empty"), 1)
    }
}
