import XCTest

@testable import RuleEngine

/// An engine that goes takes its whole network with it: a batch audits thousands of
/// reports one engine after another, and a node kept alive by a cycle is memory lost
/// for every report.
final class EngineLifetimeTests: XCTestCase {
    func testTheNetworkIsFreedWithItsEngine() throws {
        weak var node: BetaNode?
        weak var network: Network?
        do {
            let engine = try makeEngine([Template("item", slots: [.init("n", .number)]), Template("other")], [
                Rule("pair", when: [.pattern(pattern("item", ["n": "n"])), .pattern(Pattern("other"))], then: [emit("hit", "n")])
            ])
            try engine.assert("item", ["n": 1])
            try engine.assert("other")
            XCTAssertEqual(try engine.run().firings, 1)
            node = engine.network.rules.first?.nodes.first
            network = engine.network
            XCTAssertNotNil(node)
        }
        XCTAssertNil(network, "the network outlived its engine")
        XCTAssertNil(node, "a node of the network outlived its engine (a reference cycle)")
    }
}
