import XCTest

@testable import RuleEngine

/// Every firing records what it matched; derivations chain them down to given facts.
final class JustificationTests: XCTestCase {
    struct Citation: Sendable, Equatable {
        let line: Int
        let quote: String
    }

    let templates = [
        Template("budget", slots: [.init("unit", .text), .init("budget", .number), .init("spent", .number)]),
        Template("rate", slots: [.init("unit", .text), .init("balance-rate", .number)]),
        Template("section", slots: [.init("unit", .text), .init("kind", .text)]),
    ]

    lazy var rules = [
        Rule(
            "balance-rate",
            when: [.pattern(pattern("budget", ["unit": "u", "budget": "b", "spent": "s"]))],
            then: [
                .assert(
                    template: "rate",
                    slots: [
                        SlotAssignment("unit", v("u")),
                        SlotAssignment("balance-rate", .binary(.multiply, .binary(.divide, .binary(.subtract, v("b"), v("s")), v("b")), 100)),
                    ], logical: true)
            ]),
        Rule(
            "balance-over-limit",
            when: [
                .pattern(pattern("rate", ["unit": "u", "balance-rate": "r"], tests: [.binary(.greater, v("r"), 10)])),
                .not(pattern("section", ["unit": "u"], ["kind": "原因分析"])),
            ],
            then: [.emit(name: "finding", arguments: [SlotAssignment("unit", v("u")), SlotAssignment("rate", v("r"))])]),
    ]

    func testFiringRecordsEachConditionsMatch() throws {
        let engine = try makeEngine(templates, rules)
        let budget = try engine.assert(
            "budget", ["unit": "乐山", "budget": 426, "spent": 330],
            provenance: Citation(line: 88, quote: "预算安排总额426.43万元"))
        try engine.run()
        XCTAssertEqual(engine.firings.map(\.rule), ["balance-rate", "balance-over-limit"])
        let first = engine.firings[0]
        guard case .fact(_, let matched) = first.matches[0] else { return XCTFail() }
        XCTAssertEqual(matched.id, budget)
        XCTAssertEqual(matched.provenance as? Citation, Citation(line: 88, quote: "预算安排总额426.43万元"))
        XCTAssertEqual(first.bindings.map(\.name), ["b", "s", "u"], "in the pattern's slot order")
        XCTAssertEqual(first.asserted.count, 1)

        let second = engine.firings[1]
        guard case .absent(let negated, let used) = second.matches[1] else { return XCTFail() }
        XCTAssertEqual(negated.template, "section")
        XCTAssertEqual(used, [Binding(name: "u", value: "乐山")], "the absence is stated with the values it was checked for")
        XCTAssertEqual(second.results, [1])
        XCTAssertEqual(engine.results[0].argument("rate"), .number(num("22.5352112676056338")))
    }

    func testDerivationOfAResultReachesTheGivenFactsAndTheirProvenance() throws {
        let engine = try makeEngine(templates, rules)
        try engine.assert("budget", ["unit": "乐山", "budget": 426, "spent": 330], provenance: Citation(line: 88, quote: "q"))
        try engine.run()
        let derivation = try XCTUnwrap(engine.derivation(ofResult: 1))
        XCTAssertEqual(derivation.root, .result(1))
        XCTAssertEqual(derivation.premises(of: .result(1)), [.firing(2)])
        guard case .fact(let rateVersion)? = derivation.premises(of: .firing(2)).first else { return XCTFail() }
        XCTAssertEqual(derivation.premises(of: .fact(rateVersion)), [.firing(1)], "the rate was derived")
        XCTAssertEqual(derivation.givenFacts.map(\.template.name), ["budget"])
        XCTAssertEqual(derivation.givenFacts.first?.provenance as? Citation, Citation(line: 88, quote: "q"))
    }

    func testDerivationOfALogicalFactSurvivesItsRetraction() throws {
        let engine = try makeEngine(templates, rules)
        let budget = try engine.assert("budget", ["unit": "U", "budget": 100, "spent": 50])
        try engine.run()
        let rate = try XCTUnwrap(engine.facts(of: "rate").first)
        try engine.retract(budget)
        XCTAssertNil(engine.fact(rate.id), "truth maintenance removed it")
        let derivation = try XCTUnwrap(engine.derivation(of: rate.id))
        XCTAssertEqual(derivation.facts[rate.timestamp]?.origin, .firing(1))
    }

    func testModifiedFactsAreExplainedAsTheyWereWhenUsed() throws {
        let engine = try makeEngine([Template("counter", slots: [.init("n", .number)])], [
            Rule(
                "step", when: [.pattern(pattern("counter", ["n": "n"], tests: [.binary(.less, v("n"), 3)], as: "c"))],
                then: [.modify(variable: "c", slots: [SlotAssignment("n", .binary(.add, v("n"), 1))])])
        ])
        let counter = try engine.assert("counter", ["n": 0])
        try engine.run()
        let derivation = try XCTUnwrap(engine.derivation(of: counter))
        XCTAssertEqual(derivation.firings.keys.sorted(), [1, 2, 3])
        XCTAssertEqual(derivation.facts.values.map { $0.fact["n"] }.sorted { "\($0 ?? .absent)" < "\($1 ?? .absent)" }, [0, 1, 2, 3])
        XCTAssertEqual(derivation.givenFacts.map { $0["n"] }, [0])
    }
}
