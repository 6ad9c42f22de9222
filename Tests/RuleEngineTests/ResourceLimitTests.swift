import ExactDecimal
import TestSupport
import XCTest

@testable import RuleEngine

/// Each limit of a run, just under and just over, and the error that names it.
final class ResourceLimitTests: EnglishMessagesTestCase {
    private let item = Template("item", slots: [.init("n", .number)])

    private func engine(_ rules: [Rule] = [], limits: ResourceLimits) throws -> Engine {
        let engine = try makeEngine([item], rules)
        engine.limits = limits
        return engine
    }

    func testGivenFacts() throws {
        let limits = ResourceLimits(facts: 3)
        let under = try engine(limits: limits)
        for n in 1...3 { try under.assert("item", ["n": .number(Number(n))]) }
        let over = try engine(limits: limits)
        for n in 1...3 { try over.assert("item", ["n": .number(Number(n))]) }
        XCTAssertThrowsError(try over.assert("item", ["n": 4])) { error in
            XCTAssertEqual(error as? EngineError, .limitExceeded(.facts, limit: 3, rule: nil))
            XCTAssertEqual(
                (error as? EngineError)?.diagnostic.description,
                "error[ENG013]: the report gives more than 3 facts (the limit): it was not audited")
        }
    }

    /// A rule that derives a fact from the fact it derived last goes on without end.
    private let countUp = Rule(
        "count-up", when: [.pattern(pattern("item", ["n": "n"])), .test(.binary(.less, v("n"), 1_000_000))],
        then: [.assert(template: "item", slots: [SlotAssignment("n", .binary(.add, v("n"), 1))], logical: false)])

    func testDerivedFactsNameTheRuleThatDerivedMost() throws {
        let stopsAt = Rule(
            "count-to-ten", when: [.pattern(pattern("item", ["n": "n"])), .test(.binary(.less, v("n"), 10))],
            then: [.assert(template: "item", slots: [SlotAssignment("n", .binary(.add, v("n"), 1))], logical: false)])
        let under = try engine([stopsAt], limits: ResourceLimits(derivedFacts: 10))
        try under.assert("item", ["n": 0])
        XCTAssertEqual(try under.run().firings, 10)

        let over = try engine([countUp], limits: ResourceLimits(derivedFacts: 10))
        try over.assert("item", ["n": 0])
        XCTAssertThrowsError(try over.run()) { error in
            XCTAssertEqual(error as? EngineError, .limitExceeded(.derivedFacts, limit: 10, rule: "count-up"))
            XCTAssertTrue(
                (error as? EngineError)?.diagnostic.description.hasPrefix(
                    "error[ENG014]: stopped after the rules derived more than 10 facts (the limit): rule 'count-up' derived the most") ?? false)
        }
        XCTAssertEqual(over.firings.count, 11, "stopped at the first firing past the limit")
    }

    /// The estimate grows with every fact; a limit just under what ten facts need stops
    /// the tenth, at the same place every time.
    func testMemory() throws {
        let measured = try engine(limits: .standard)
        for n in 1...10 { try measured.assert("item", ["n": .number(Number(n))]) }
        let needed = measured.estimatedMemory
        XCTAssertGreaterThan(needed, 0)

        let exact = try engine(limits: ResourceLimits(memory: needed))
        for n in 1...10 { try exact.assert("item", ["n": .number(Number(n))]) }
        let short = try engine(limits: ResourceLimits(memory: needed - 1))
        for n in 1...9 { try short.assert("item", ["n": .number(Number(n))]) }
        XCTAssertThrowsError(try short.assert("item", ["n": 10])) { error in
            XCTAssertEqual(error as? EngineError, .limitExceeded(.memory, limit: needed - 1, rule: nil))
        }
    }

    func testMemoryDuringARun() throws {
        let runaway = try engine([countUp], limits: ResourceLimits(derivedFacts: .max, memory: 4 << 20))
        try runaway.assert("item", ["n": 0])
        XCTAssertThrowsError(try runaway.run()) { error in
            XCTAssertEqual(error as? EngineError, .limitExceeded(.memory, limit: 4 << 20, rule: nil))
            XCTAssertEqual(
                (error as? EngineError)?.diagnostic.message,
                "stopped when the memory the audit needs was estimated above the limit of 4 MiB")
        }
        XCTAssertLessThan(runaway.estimatedMemory, (4 << 20) + 256 * 1024, "checked every 256 firings")
    }
}
