import XCTest

@testable import RuleEngine

/// `exists`: one match however many facts satisfy it.
final class ExistsTests: XCTestCase {
    let templates = [
        Template("unit", slots: [.init("name", .text)]),
        Template("deviation", slots: [.init("unit", .text), .init("indicator", .text)]),
    ]

    lazy var rule = Rule(
        "has-deviation",
        when: [.pattern(pattern("unit", ["name": "u"])), .exists(pattern("deviation", ["unit": "u"]))],
        then: [emit("unit", "u")])

    func testMatchesOnceForManyWitnesses() throws {
        let engine = try makeEngine(templates, [rule])
        try engine.assert("unit", ["name": "U"])
        for name in ["a", "b", "c"] { try engine.assert("deviation", ["unit": "U", "indicator": .text(name)]) }
        XCTAssertEqual(try engine.matchCount("has-deviation"), 1)
        try engine.run()
        XCTAssertEqual(engine.results.count, 1)
    }

    func testFollowsWitnessesComingAndGoing() throws {
        let engine = try makeEngine(templates, [rule])
        try engine.assert("unit", ["name": "U"])
        XCTAssertEqual(try engine.matchCount("has-deviation"), 0)
        let a = try engine.assert("deviation", ["unit": "U", "indicator": "a"])
        let b = try engine.assert("deviation", ["unit": "U", "indicator": "b"])
        XCTAssertEqual(try engine.matchCount("has-deviation"), 1)
        try engine.retract(a)
        XCTAssertEqual(try engine.matchCount("has-deviation"), 1)
        try engine.retract(b)
        XCTAssertEqual(try engine.matchCount("has-deviation"), 0)
    }

    func testWitnessesAreRecordedInTheJustification() throws {
        let engine = try makeEngine(templates, [rule])
        try engine.assert("unit", ["name": "U"])
        try engine.assert("deviation", ["unit": "U", "indicator": "a"])
        try engine.assert("deviation", ["unit": "U", "indicator": "b"])
        try engine.assert("deviation", ["unit": "V", "indicator": "c"])
        try engine.run()
        guard case .exists(_, let witnesses) = engine.firings[0].matches[1] else { return XCTFail("expected exists") }
        XCTAssertEqual(witnesses.map { $0["indicator"] }, ["a", "b"])
    }
}
