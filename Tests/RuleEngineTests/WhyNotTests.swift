import TestSupport
import XCTest

@testable import RuleEngine

/// Why a rule did not fire: the closest partial matches and the failing comparison.
final class WhyNotTests: EnglishMessagesTestCase {
    let templates = [
        Template("unit", slots: [.init("name", .text)]),
        Template("budget", slots: [.init("unit", .text), .init("balance-rate", .number)]),
        Template("section", slots: [.init("unit", .text), .init("kind", .text)]),
        Template("table", slots: [.init("unit", .text)]),
    ]

    lazy var rules = [
        Rule(
            "balance-over-limit",
            when: [
                .pattern(pattern("unit", ["name": "u"])),
                .pattern(pattern("budget", ["unit": "u", "balance-rate": "r"], tests: [.binary(.greater, .slot("balance-rate"), 10)])),
            ], then: []),
        Rule(
            "component-missing",
            when: [.pattern(pattern("unit", ["name": "u"])), .not(pattern("table", ["unit": "u"]))], then: []),
        Rule(
            "has-problems",
            when: [.pattern(pattern("unit", ["name": "u"])), .exists(pattern("section", ["unit": "u"], ["kind": "存在问题"]))],
            then: []),
    ]

    func testReportsTheComparisonThatFailed() throws {
        let engine = try makeEngine(templates, rules)
        try engine.assert("unit", ["name": "乐山"])
        try engine.assert("budget", ["unit": "乐山", "balance-rate": .number(num("4.25"))])
        let answer = try engine.whyNot("balance-over-limit")
        XCTAssertFalse(answer.matched)
        XCTAssertEqual(answer.closest.count, 1)
        let partial = answer.closest[0]
        XCTAssertEqual(partial.failure.condition, 1)
        XCTAssertEqual(partial.bindings, [Binding(name: "u", value: "乐山")])
        guard case .noCandidate(let tried, let rejections) = partial.failure.reason else { return XCTFail() }
        XCTAssertEqual(tried, 1)
        XCTAssertEqual(rejections.first?.comparison.description, "balance-rate > 10: 4.25 > 10 is false")
    }

    func testGivenVariablesNarrowTheQuestion() throws {
        let engine = try makeEngine(templates, rules)
        for unit in ["附件1", "附件3"] { try engine.assert("unit", ["name": .text(unit)]) }
        try engine.assert("table", ["unit": "附件1"])
        XCTAssertTrue(try engine.whyNot("component-missing").matched, "附件3 has no table")
        let answer = try engine.whyNot("component-missing", given: ["u": "附件1"])
        XCTAssertFalse(answer.matched)
        guard case .blocked(let blocker) = answer.closest.first?.failure.reason else { return XCTFail() }
        XCTAssertEqual(blocker["unit"], "附件1")
    }

    func testMissingTemplateAndFailedExists() throws {
        let engine = try makeEngine(templates, rules)
        XCTAssertEqual(
            try engine.whyNot("has-problems").closest.first.map { "\($0.failure.reason)" }?.contains("noFacts"), true)
        try engine.assert("unit", ["name": "U"])
        try engine.assert("section", ["unit": "U", "kind": "改进建议"])
        let answer = try engine.whyNot("has-problems")
        XCTAssertEqual(answer.closest.first?.failure.condition, 1)
        guard case .noCandidate(_, let rejections) = answer.closest.first?.failure.reason else { return XCTFail() }
        XCTAssertEqual(rejections.first?.comparison.description, "kind == \"存在问题\": \"改进建议\" == \"存在问题\" is false")
    }

    func testClosestCandidatesComeFirst() throws {
        let engine = try makeEngine(templates, rules)
        try engine.assert("unit", ["name": "U"])
        try engine.assert("budget", ["unit": "V", "balance-rate": 50])  // fails on the unit
        try engine.assert("budget", ["unit": "U", "balance-rate": 3])  // gets further: fails on the rate
        let rejections: [Rejection]
        if case .noCandidate(_, let list)? = try engine.whyNot("balance-over-limit").closest.first?.failure.reason {
            rejections = list
        } else {
            return XCTFail()
        }
        XCTAssertEqual(rejections.map { $0.fact["unit"] }, ["U", "V"])
    }

    /// Of the units that got as far, the one whose figure came nearest to the threshold
    /// is shown first, whatever the order of the report.
    func testTheNearestMissIsShownFirst() throws {
        let engine = try makeEngine(templates, rules)
        for (unit, rate) in [("附件1", "1"), ("附件2", "9.5"), ("附件3", "4")] {
            try engine.assert("unit", ["name": .text(unit)])
            try engine.assert("budget", ["unit": .text(unit), "balance-rate": .number(num(rate))])
        }
        let answer = try engine.whyNot("balance-over-limit")
        XCTAssertEqual(answer.closest.map { $0.bindings.first?.value }, ["附件2", "附件3", "附件1"])
    }

    func testAgreesWithTheNetworkWhenTheRuleMatches() throws {
        let engine = try makeEngine(templates, rules)
        try engine.assert("unit", ["name": "U"])
        try engine.assert("budget", ["unit": "U", "balance-rate": 12])
        let answer = try engine.whyNot("balance-over-limit")
        XCTAssertTrue(answer.matched)
        XCTAssertEqual(answer.matches.count, try engine.matchCount("balance-over-limit"))
    }

    func testUnknownRuleSuggestsTheClosestName() throws {
        let engine = try makeEngine(templates, rules)
        XCTAssertThrowsError(try engine.whyNot("balance-over-limt")) { error in
            XCTAssertEqual((error as? EngineError)?.diagnostic.help, "did you mean 'balance-over-limit'?")
        }
    }
}
