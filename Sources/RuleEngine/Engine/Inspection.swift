/// What the engine holds, for explanations and tests: matches, fact versions, values.
extension Engine {
    /// A complete match of a rule as the network holds it now.
    public struct Match: Hashable, Sendable {
        public let rule: String
        /// The fact matched by each positive pattern, in condition order.
        public let facts: [FactID]
        public let bindings: [Binding]
        public let fired: Bool
    }

    /// The current complete matches of a rule, oldest first.
    public func matches(of ruleName: String) throws(EngineError) -> [Match] {
        let rule = try compiledRule(ruleName)
        return network.matches(ofRule: rule.order).map { activation in
            let record = network.agenda.activations[activation]
            return Match(
                rule: rule.name, facts: rule.patternFacts(of: record.token).map { FactID(Int($0)) },
                bindings: rule.bindings(of: record.token), fired: record.fired)
        }
    }

    /// Activations waiting to fire, in the order they would fire.
    public var agenda: [(rule: String, bindings: [Binding])] {
        network.agenda.ordered.map { activation in
            let record = network.agenda.activations[activation]
            let rule = network.rules[Int(record.rule)]
            return (rule.name, rule.bindings(of: record.token))
        }
    }

    /// Expressions that could not be evaluated, once per rule and message.
    public var warnings: [EvaluationWarning] { network.evaluationWarnings }

    /// The version of a fact with this timestamp, and how it came to be.
    public func version(at timestamp: Int) -> (fact: Fact, origin: FactOrigin)? {
        versions[timestamp]
    }

    /// The latest version of a fact, live or retracted.
    public func latestVersion(of id: FactID) -> Fact? {
        latestVersion[id].flatMap { versions[$0]?.fact }
    }
}

extension CompiledRule {
    /// The value of every accessor the actions read.
    func actionBindings(of token: TokenHandle) -> [Accessor: Value] {
        var values: [Accessor: Value] = [:]
        for accessor in actionAccessors { values[accessor] = network.value(of: accessor, base: token, own: 0) }
        return values
    }

    /// Fact variables of the match, by name.
    func matchedFacts(of token: TokenHandle) -> [String: FactHandle] {
        var facts: [String: FactHandle] = [:]
        for (name, location) in variables where location.kind == .fact {
            facts[name] = network.tokens[network.ancestor(token, finalLevel - location.level)].fact
        }
        return facts
    }
}

extension Pattern {
    /// Variables the pattern reads (including those it would bind), in order.
    var referencedVariables: [String] {
        var names: [String] = []
        if let factVariable { names.append(factVariable) }
        for case .variable(let name) in slots.map(\.match) { names.append(name) }
        names += tests.flatMap(\.variables)
        return names
    }
}
