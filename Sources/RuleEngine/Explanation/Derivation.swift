/// How a fact or a result came to be, as a graph: a firing rests on the facts its
/// conditions matched, each of which was given or produced by an earlier firing.
/// Facts are identified by version (timestamp), so a fact modified along the way is
/// explained as it was when it was used. Renderers walk it from `root`.
public struct Derivation: Sendable {
    public enum Node: Hashable, Sendable {
        /// A fact version, by timestamp.
        case fact(Int)
        case firing(Int)
        case result(Int)
    }

    public let root: Node
    /// Every fact version reached, by timestamp, with its origin.
    public let facts: [Int: (fact: Fact, origin: FactOrigin)]
    /// Every firing reached, by sequence.
    public let firings: [Int: Firing]
    public let results: [Int: EmittedResult]

    /// What a node rests on, in condition order.
    public func premises(of node: Node) -> [Node] {
        switch node {
        case .result(let id):
            return results[id].map { [.firing($0.firing)] } ?? []
        case .fact(let timestamp):
            guard case .firing(let sequence)? = facts[timestamp]?.origin else { return [] }
            return [.firing(sequence)]
        case .firing(let sequence):
            return firings[sequence]?.matches.flatMap { $0.facts.map { Node.fact($0.timestamp) } } ?? []
        }
    }

    /// The given facts (leaves) the root rests on, oldest first.
    public var givenFacts: [Fact] {
        facts.values.filter { $0.origin == .given }.map(\.fact).sorted { $0.timestamp < $1.timestamp }
    }
}

extension Engine {
    /// The derivation of the latest version of a fact (live or retracted).
    public func derivation(of id: FactID) -> Derivation? {
        guard let fact = latestVersion(of: id) else { return nil }
        return derivation(from: .fact(fact.timestamp))
    }

    /// The derivation of a fact version as a condition saw it.
    public func derivation(of fact: Fact) -> Derivation {
        derivation(from: .fact(fact.timestamp))
    }

    /// The derivation of an emitted result.
    public func derivation(ofResult id: Int) -> Derivation? {
        guard id >= 1, id <= results.count else { return nil }
        return derivation(from: .result(id))
    }

    private func derivation(from root: Derivation.Node) -> Derivation {
        var facts: [Int: (fact: Fact, origin: FactOrigin)] = [:]
        var firings: [Int: Firing] = [:]
        var results: [Int: EmittedResult] = [:]
        var pending = [root]
        var seen = Set<Derivation.Node>()
        while let node = pending.popLast() {
            guard seen.insert(node).inserted else { continue }
            switch node {
            case .result(let id):
                let result = self.results[id - 1]
                results[id] = result
                pending.append(.firing(result.firing))
            case .firing(let sequence):
                let firing = self.firings[sequence - 1]
                firings[sequence] = firing
                for match in firing.matches {
                    for fact in match.facts {
                        if facts[fact.timestamp] == nil {
                            facts[fact.timestamp] = version(at: fact.timestamp) ?? (fact, .given)
                        }
                        pending.append(.fact(fact.timestamp))
                    }
                }
            case .fact(let timestamp):
                guard let version = version(at: timestamp) else { continue }
                facts[timestamp] = version
                if case .firing(let sequence) = version.origin { pending.append(.firing(sequence)) }
            }
        }
        return Derivation(root: root, facts: facts, firings: firings, results: results)
    }
}
