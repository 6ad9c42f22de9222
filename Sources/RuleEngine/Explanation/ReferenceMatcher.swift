/// Computes a rule's complete matches by nested loops over the live facts: slow,
/// simple and independent of the network. The property tests hold the network to it.
public struct ReferenceMatcher {
    let facts: [Fact]

    public init(facts: [Fact]) {
        self.facts = facts.sorted { $0.id < $1.id }
    }

    public init(engine: Engine) {
        self.init(facts: engine.facts)
    }

    /// One complete match: the fact of each positive pattern, and every binding.
    public struct Match: Hashable, Sendable {
        public let facts: [FactID]
        public let bindings: [String: Value]
    }

    public func matches(of rule: Rule) -> [Match] {
        var results: [Match] = []
        extend(rule.conditions[...], environment: [:], facts: [], into: &results)
        return results
    }

    private func extend(
        _ conditions: ArraySlice<Condition>, environment: [String: Value], facts matched: [FactID],
        into results: inout [Match]
    ) {
        guard let condition = conditions.first else {
            results.append(Match(facts: matched, bindings: environment))
            return
        }
        let rest = conditions.dropFirst()
        switch condition {
        case .pattern(let pattern):
            for fact in candidates(pattern) {
                if case .success(let env) = PatternMatching.match(fact, pattern, environment: environment) {
                    extend(rest, environment: env, facts: matched + [fact.id], into: &results)
                }
            }
        case .not(let pattern):
            if !candidates(pattern).contains(where: { isMatch($0, pattern, environment) }) {
                extend(rest, environment: environment, facts: matched, into: &results)
            }
        case .exists(let pattern):
            if candidates(pattern).contains(where: { isMatch($0, pattern, environment) }) {
                extend(rest, environment: environment, facts: matched, into: &results)
            }
        case .aggregate(let aggregation):
            var members: [(Fact, [String: Value])] = []
            for fact in candidates(aggregation.pattern) {
                if case .success(let env) = PatternMatching.match(fact, aggregation.pattern, environment: environment) {
                    members.append((fact, env))
                }
            }
            guard let value = PatternMatching.aggregate(aggregation, over: members) else { return }
            var env = environment
            env[aggregation.resultVariable] = value
            extend(rest, environment: env, facts: matched, into: &results)
        case .test(let expression):
            if PatternMatching.failure(of: expression, fact: nil, environment: environment) == nil {
                extend(rest, environment: environment, facts: matched, into: &results)
            }
        }
    }

    func candidates(_ pattern: Pattern) -> [Fact] {
        facts.filter { $0.template.name == pattern.template }
    }

    private func isMatch(_ fact: Fact, _ pattern: Pattern, _ environment: [String: Value]) -> Bool {
        if case .success = PatternMatching.match(fact, pattern, environment: environment) { return true }
        return false
    }
}
