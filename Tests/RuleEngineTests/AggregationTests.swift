import ExactDecimal
import XCTest

@testable import RuleEngine

/// Aggregation over a sub-pattern, grouped by variables bound before it.
final class AggregationTests: XCTestCase {
    let templates = [
        Template("table", slots: [.init("id", .text), .init("expected", .number)]),
        Template("indicator", slots: [.init("table", .text), .init("name", .text), .init("weight", .number)]),
    ]

    func weightTotal(_ condition: RuleExpression? = nil) -> Rule {
        Rule(
            "weight-total",
            when: [
                .pattern(pattern("table", ["id": "t", "expected": "e"])),
                .aggregate(Aggregation("total", .sum(v("w")), of: pattern("indicator", ["table": "t", "weight": "w"]))),
                .test(condition ?? .binary(.notEqual, v("total"), v("e"))),
            ], then: [emit("mismatch", "t", "total")])
    }

    func testSumPerGroupAndTestOnTheResult() throws {
        let engine = try makeEngine(templates, [weightTotal()])
        try engine.assert("table", ["id": "A", "expected": 90])
        try engine.assert("table", ["id": "B", "expected": 90])
        for w in [30, 30, 30] { try engine.assert("indicator", ["table": "A", "name": .text("a\(w)\(engine.factCount)"), "weight": .number(Number(w))]) }
        for w in [50, 50, 50, 30] { try engine.assert("indicator", ["table": "B", "name": .text("b\(engine.factCount)"), "weight": .number(Number(w))]) }
        try engine.run()
        XCTAssertEqual(engine.emitted("t"), ["B"])
        XCTAssertEqual(engine.emitted("total"), [180])
    }

    func testValueFollowsMembersComingGoingAndChanging() throws {
        let engine = try makeEngine(templates, [weightTotal()])
        try engine.assert("table", ["id": "A", "expected": 90])
        XCTAssertEqual(try engine.matches(of: "weight-total").map { $0.bindings.first { $0.name == "total" }?.value }, [0])
        let a = try engine.assert("indicator", ["table": "A", "name": "a", "weight": 60])
        let b = try engine.assert("indicator", ["table": "A", "name": "b", "weight": 30])
        XCTAssertEqual(try engine.matchCount("weight-total"), 0, "60 + 30 = 90")
        try engine.modify(b, ["weight": 40])
        XCTAssertEqual(try engine.matches(of: "weight-total").first?.bindings.first { $0.name == "total" }?.value, 100)
        try engine.retract(a)
        XCTAssertEqual(try engine.matches(of: "weight-total").first?.bindings.first { $0.name == "total" }?.value, 40)
        try engine.modify(b, ["table": "Z", "weight": 90])
        XCTAssertEqual(try engine.matches(of: "weight-total").first?.bindings.first { $0.name == "total" }?.value, 0)
    }

    func testExactDecimalSums() throws {
        let engine = try makeEngine(templates, [weightTotal()])
        try engine.assert("table", ["id": "A", "expected": .number(num("0.3"))])
        try engine.assert("indicator", ["table": "A", "name": "x", "weight": .number(num("0.1"))])
        try engine.assert("indicator", ["table": "A", "name": "y", "weight": .number(num("0.2"))])
        XCTAssertEqual(try engine.matchCount("weight-total"), 0, "0.1 + 0.2 is exactly 0.3")
    }

    func testCountMinMaxCollect() throws {
        func rule(_ name: String, _ function: AggregateFunction) -> Rule {
            Rule(
                name,
                when: [
                    .pattern(pattern("table", ["id": "t"])),
                    .aggregate(Aggregation("r", function, of: pattern("indicator", ["table": "t", "weight": "w", "name": "n"]))),
                ], then: [])
        }
        let engine = try makeEngine(templates, [
            rule("count", .count), rule("min", .min(v("w"))), rule("max", .max(v("w"))), rule("collect", .collect(v("n"))),
        ])
        try engine.assert("table", ["id": "A"])
        func result(_ rule: String) throws -> Value? {
            try engine.matches(of: rule).first?.bindings.first { $0.name == "r" }?.value
        }
        XCTAssertEqual(try result("count"), 0)
        XCTAssertNil(try result("min"), "min of nothing has no value: no match")
        XCTAssertEqual(try result("collect"), [])
        try engine.assert("indicator", ["table": "A", "name": "b", "weight": 7])
        try engine.assert("indicator", ["table": "A", "name": "a", "weight": 3])
        try engine.assert("indicator", ["table": "A", "name": "c"])  // no weight: skipped by min/max
        XCTAssertEqual(try result("count"), 3)
        XCTAssertEqual(try result("min"), 3)
        XCTAssertEqual(try result("max"), 7)
        XCTAssertEqual(try result("collect"), ["b", "a", "c"], "in fact order, oldest first")
    }

    func testMembersAreRecordedInTheJustification() throws {
        let engine = try makeEngine(templates, [weightTotal()])
        try engine.assert("table", ["id": "A", "expected": 90])
        try engine.assert("indicator", ["table": "A", "name": "x", "weight": 50])
        try engine.assert("indicator", ["table": "A", "name": "y", "weight": 50])
        try engine.run()
        guard case .aggregate(_, let value, let members) = engine.firings[0].matches[1] else { return XCTFail() }
        XCTAssertEqual(value, 100)
        XCTAssertEqual(members.map { $0["name"] }, ["x", "y"])
    }

    func testSumOverTextReportsAWarningAndDoesNotMatch() throws {
        let engine = try makeEngine([Template("t", slots: [.init("g")]), Template("i", slots: [.init("g"), .init("w")])], [
            Rule("s", when: [
                .pattern(pattern("t", ["g": "g"])),
                .aggregate(Aggregation("total", .sum(v("w")), of: pattern("i", ["g": "g", "w": "w"]))),
            ], then: [])
        ])
        try engine.assert("t", ["g": "A"])
        try engine.assert("i", ["g": "A", "w": "满意"])
        XCTAssertEqual(try engine.matchCount("s"), 0)
        XCTAssertEqual(engine.warnings, [EvaluationWarning(rule: "s", message: "sum needs numbers, got text \"满意\"")])
    }
}
