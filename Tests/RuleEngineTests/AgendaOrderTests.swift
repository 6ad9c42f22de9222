import ExactDecimal
import XCTest

@testable import RuleEngine

/// Salience first, then the conflict strategy; deterministic throughout.
final class AgendaOrderTests: XCTestCase {
    let templates = [Template("item", slots: [.init("n", .number)])]

    private func firingOrder(_ strategy: ConflictStrategy, salience: [String: Int] = [:]) throws -> [String] {
        let rules = ["low", "high", "mid"].map { name in
            Rule(name, salience: salience[name] ?? 0, when: [.pattern(pattern("item", ["n": "n"]))], then: [emit(name, "n")])
        }
        let engine = try makeEngine(templates, rules, strategy: strategy)
        for n in 1...2 { try engine.assert("item", ["n": .number(Number(n))]) }
        try engine.run()
        return engine.results.map { "\($0.name)\($0.argument("n") ?? .absent)" }
    }

    func testSalienceComesFirst() throws {
        let order = try firingOrder(.depth, salience: ["high": 10, "mid": 5, "low": -5])
        XCTAssertEqual(order, ["high2", "high1", "mid2", "mid1", "low2", "low1"])
    }

    func testDepthFiresNewestFirst() throws {
        XCTAssertEqual(try firingOrder(.depth), ["mid2", "high2", "low2", "mid1", "high1", "low1"])
    }

    func testBreadthFiresOldestFirst() throws {
        XCTAssertEqual(try firingOrder(.breadth), ["low1", "high1", "mid1", "low2", "high2", "mid2"])
    }

    func testDepthFollowsTheConsequencesOfTheLastFiring() throws {
        // A chain a → b → c interleaved with a second start: depth finishes one chain first.
        let engine = try makeEngine([Template("step", slots: [.init("chain"), .init("n", .number)])], [
            Rule(
                "advance",
                when: [.pattern(pattern("step", ["chain": "c", "n": "n"], tests: [.binary(.less, .slot("n"), 3)]))],
                then: [
                    emit("at", "c", "n"),
                    .assert(template: "step", slots: [SlotAssignment("chain", v("c")), SlotAssignment("n", .binary(.add, v("n"), 1))], logical: false),
                ])
        ])
        try engine.assert("step", ["chain": "x", "n": 1])
        try engine.assert("step", ["chain": "y", "n": 1])
        try engine.run()
        XCTAssertEqual(engine.results.map { "\($0.argument("c") ?? .absent)\($0.argument("n") ?? .absent)" }, ["y1", "y2", "x1", "x2"])
    }

    func testSameInputsGiveTheSameFiringsEveryTime() throws {
        let runs = try (0..<5).map { _ in try firingOrder(.depth) }
        XCTAssertEqual(Set(runs.map { $0.joined(separator: ",") }).count, 1)
    }

    func testAgendaListsWaitingActivationsInFiringOrder() throws {
        let engine = try makeEngine(templates, [
            Rule("a", salience: 1, when: [.pattern(pattern("item", ["n": "n"]))], then: []),
            Rule("b", when: [.pattern(pattern("item", ["n": "n"]))], then: []),
        ])
        try engine.assert("item", ["n": 1])
        XCTAssertEqual(engine.agenda.map(\.rule), ["a", "b"])
        XCTAssertEqual(engine.agenda.first?.bindings, [Binding(name: "n", value: 1)])
    }
}
