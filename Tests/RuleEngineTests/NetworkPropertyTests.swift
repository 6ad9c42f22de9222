import ExactDecimal
import TestSupport
import XCTest

@testable import RuleEngine

/// The network's matches must equal those of the naive nested-loop matcher after
/// any sequence of asserts, retracts and modifies.
final class NetworkPropertyTests: XCTestCase {
    static let templates = [
        Template("a", slots: [.init("x", .number), .init("y", .text), .init("w", .number)]),
        Template("b", slots: [.init("x", .number), .init("z", .text)]),
        Template("c", slots: [.init("y", .text), .init("w", .number)]),
        Template("d", slots: [.init("target", .reference), .init("k", .number)]),
        Template("e", slots: [.init("x", .number)]),
    ]

    static let rules: [Rule] = [
        Rule("join", when: [.pattern(pattern("a", ["x": "x", "y": "y"])), .pattern(pattern("b", ["x": "x", "z": "z"]))], then: []),
        Rule(
            "join-test",
            when: [.pattern(pattern("a", ["x": "x", "w": "w"])), .pattern(pattern("c", ["w": "v"], tests: [.binary(.greater, v("v"), v("w"))]))],
            then: []),
        Rule("not", when: [.pattern(pattern("a", ["x": "x"])), .not(pattern("b", ["x": "x"]))], then: []),
        Rule(
            "not-residual",
            when: [.pattern(pattern("a", ["x": "x", "w": "w"])), .not(pattern("c", ["w": "v"], tests: [.binary(.greaterOrEqual, v("v"), v("w"))]))],
            then: []),
        Rule("exists", when: [.pattern(pattern("b", ["z": "z"])), .exists(pattern("a", ["y": "z"]))], then: []),
        Rule(
            "sum",
            when: [
                .pattern(pattern("b", ["x": "x"])),
                .aggregate(Aggregation("s", .sum(v("w")), of: pattern("a", ["x": "x", "w": "w"]))),
                .test(.binary(.greater, v("s"), 3)),
            ], then: []),
        // Members depending on the key alone: holders of one key share a state.
        Rule("count", when: [.pattern(pattern("a", ["y": "y"])), .aggregate(Aggregation("n", .count, of: pattern("c", ["y": "y"])))], then: []),
        // Members depending on the holder's own values: a state per holder.
        Rule(
            "count-residual",
            when: [
                .pattern(pattern("a", ["y": "y", "w": "w"])),
                .aggregate(Aggregation("n", .count, of: pattern("c", ["y": "y", "w": "v"], tests: [.binary(.greaterOrEqual, v("v"), v("w"))]))),
            ], then: []),
        Rule("min", when: [.pattern(pattern("c", ["y": "y"])), .aggregate(Aggregation("m", .min(v("w")), of: pattern("a", ["y": "y", "w": "w"])))], then: []),
        Rule(
            "max-collect",
            when: [
                .pattern(pattern("b", ["z": "z"])),
                .aggregate(Aggregation("m", .max(v("x")), of: pattern("a", ["y": "z", "x": "x"]))),
                .aggregate(Aggregation("l", .collect(v("w")), of: pattern("c", ["y": "z", "w": "w"]))),
            ], then: []),
        Rule(
            "self-join",
            when: [.pattern(pattern("a", ["x": "x", "y": "y1"])), .pattern(pattern("a", ["x": "x", "y": "y2"], tests: [.binary(.notEqual, v("y1"), v("y2"))]))],
            then: []),
        // Includes each fact paired with itself: the case where the order of an alpha
        // memory's successors decides whether a match is made once or twice.
        Rule("self-join-same", when: [.pattern(pattern("a", ["x": "x", "y": "y"])), .pattern(pattern("a", ["x": "x", "w": "w2"]))], then: []),
        Rule("negation-first", when: [.not(pattern("c", [:], ["y": "p"])), .pattern(pattern("b", ["x": "x"]))], then: []),
        Rule("two-keys", when: [.pattern(pattern("a", ["x": "x", "y": "y"])), .pattern(pattern("c", ["y": "y", "w": "x"]))], then: []),
        Rule(
            "reference",
            when: [.pattern(pattern("a", ["x": "x"], as: "f")), .pattern(pattern("d", ["target": "f", "k": "k"]))],
            then: []),
        Rule(
            "mixed",
            when: [
                .pattern(pattern("a", ["x": "x", "y": "y"], ["w": 1])),
                .not(pattern("b", ["x": "x"], ["z": "q"])),
                .exists(pattern("c", ["y": "y"])),
                .aggregate(Aggregation("n", .count, of: pattern("d", [:]))),
            ], then: []),
        // Truth maintenance: e(x) holds exactly while some a(x) has no b(x).
        Rule(
            "derive-e", when: [.pattern(pattern("a", ["x": "x"])), .not(pattern("b", ["x": "x"]))],
            then: [.assert(template: "e", slots: [SlotAssignment("x", v("x"))], logical: true)]),
        Rule("use-e", when: [.pattern(pattern("e", ["x": "x"])), .pattern(pattern("b", ["z": "z"]))], then: []),
    ]

    private struct Operations {
        var generator: SeededGenerator
        let engine: Engine

        mutating func randomValues(for template: String) -> [String: Value] {
            func number(_ range: ClosedRange<Int>) -> Value { .number(Number(Int.random(in: range, using: &generator))) }
            func text() -> Value { .text(["p", "q", "r"].randomElement(using: &generator) ?? "p") }
            switch template {
            case "a": return ["x": number(0...3), "y": text(), "w": number(0...4)]
            case "b": return ["x": number(0...3), "z": text()]
            case "c": return ["y": text(), "w": number(0...4)]
            default:
                let targets = engine.facts(of: "a").map(\.id)
                let target = targets.randomElement(using: &generator) ?? FactID(1)
                return ["target": .reference(target), "k": number(0...1)]
            }
        }

        mutating func step() throws {
            let live = engine.facts.filter { $0.template.name != "e" }
            switch Int.random(in: 0..<10, using: &generator) {
            case 0..<5:
                let template = ["a", "b", "c", "d"].randomElement(using: &generator) ?? "a"
                try engine.assert(template, randomValues(for: template))
            case 5..<7:
                if let fact = live.randomElement(using: &generator) { try engine.retract(fact.id) }
            default:
                if let fact = live.randomElement(using: &generator) {
                    let fresh = randomValues(for: fact.template.name)
                    let slot = fresh.keys.sorted().randomElement(using: &generator) ?? "x"
                    try engine.modify(fact.id, [slot: fresh[slot] ?? .absent])
                }
            }
        }
    }

    private func key(_ facts: [FactID], _ bindings: [(String, Value)]) -> String {
        facts.map(\.description).joined(separator: ",") + " | "
            + bindings.sorted { $0.0 < $1.0 }.map { "\($0.0)=\($0.1.literal)" }.joined(separator: " ")
    }

    private func assertAgreement(_ engine: Engine, context: String) throws {
        let reference = ReferenceMatcher(engine: engine)
        for rule in Self.rules {
            let network = try engine.matches(of: rule.name).map { key($0.facts, $0.bindings.map { ($0.name, $0.value) }) }.sorted()
            let naive = reference.matches(of: rule).map { key($0.facts, $0.bindings.map { ($0.key, $0.value) }) }.sorted()
            XCTAssertEqual(network, naive, "rule \(rule.name) after \(context)")
            if network != naive { throw XCTSkip("stop at the first disagreement") }
        }
        // The derived facts are exactly those the logic implies.
        let implied = Set(engine.facts(of: "a").compactMap { a -> Value? in
            let x = a["x"] ?? .absent
            return engine.facts(of: "b").contains { $0["x"] == x } ? nil : x
        })
        XCTAssertEqual(Set(engine.facts(of: "e").map { $0["x"] ?? .absent }), implied, "derived facts after \(context)")
    }

    func testNetworkAgreesWithNaiveMatcherOnRandomSequences() throws {
        for seed in UInt64(1)...40 {
            let engine = try makeEngine(Self.templates, Self.rules)
            engine.limits.firings = 10_000
            var operations = Operations(generator: SeededGenerator(seed: seed), engine: engine)
            for step in 1...120 {
                try operations.step()
                try engine.run()
                try assertAgreement(engine, context: "step \(step) of seed \(seed)")
            }
        }
    }

    func testRulesAddedAfterFactsAgree() throws {
        for seed in UInt64(100)...110 {
            let engine = try makeEngine(Self.templates)
            engine.limits.firings = 10_000
            var operations = Operations(generator: SeededGenerator(seed: seed), engine: engine)
            for _ in 1...60 { try operations.step() }
            for rule in Self.rules { try engine.add(rule) }
            try engine.run()
            try assertAgreement(engine, context: "late rules, seed \(seed)")
            for step in 1...40 {
                try operations.step()
                try engine.run()
                try assertAgreement(engine, context: "step \(step) after late rules, seed \(seed)")
            }
        }
    }
}
