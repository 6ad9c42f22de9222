import Diagnostics
import RuleEngine

/// Runs a rule's examples: the whole knowledge base on the example's facts, then
/// compares what this rule did with what the example expects.
public struct ExampleRunner: Sendable {
    public let knowledge: KnowledgeBase
    /// What an example may make the engine do before it counts as a runaway: an
    /// example has a handful of facts.
    public var limits = ResourceLimits(facts: 10_000, derivedFacts: 10_000, firings: 10_000, memory: 64 << 20)

    public init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
    }

    public struct Outcome: Sendable {
        public let rule: String
        public let example: RuleExample
        /// What the example expects, one line each: messages in quotes, facts as written.
        public let expected: [String]
        /// What the rule did, in the same form.
        public let actual: [String]
        /// Set when the example could not run (a runaway rule, a fact the engine refused).
        public let error: String?

        public var passed: Bool { error == nil && expected.sorted() == actual.sorted() }

        /// What was expected and did not come, and what came unexpected (each sorted; a
        /// line expected twice and given once is missing once).
        public var difference: (missing: [String], unexpected: [String]) {
            var missing = expected.sorted(), unexpected: [String] = []
            for line in actual.sorted() {
                if let index = missing.firstIndex(of: line) { missing.remove(at: index) } else { unexpected.append(line) }
            }
            return (missing, unexpected)
        }
    }

    public func run(_ example: RuleExample, of rule: RuleDefinition) -> Outcome {
        let expected = example.expectations.compactMap { expectation -> String? in
            switch expectation {
            case .message(let text, _): "\"\(text)\""
            case .fact(let fact): describe(fact)
            case .nothing: nil
            }
        }
        do {
            let (engine, labels) = try run(example)
            var actual = engine.standingResults.filter { $0.name == KnowledgeBase.findingResult && $0.rule == rule.id }.map { "\"\(message(of: $0, rule: rule))\"" }
            if rule.kind == .derivation {
                // The facts this rule asserted that are still there, described like the expectations.
                let asserted = engine.firings.filter { $0.rule == rule.id }.flatMap(\.asserted)
                var seen = Set<FactID>()
                for id in asserted where seen.insert(id).inserted {
                    if let fact = engine.fact(id) { actual.append(describe(fact, labels: labels, example: example)) }
                }
            }
            return Outcome(rule: rule.id, example: example, expected: expected, actual: actual, error: nil)
        } catch {
            return Outcome(rule: rule.id, example: example, expected: expected, actual: [], error: error.diagnostic.description)
        }
    }

    /// The engine after running an example's facts, and the facts' ids by label.
    func run(_ example: RuleExample) throws(EngineError) -> (Engine, [String: FactID]) {
        let engine = try knowledge.makeEngine()
        engine.limits = limits
        return (engine, try run(example, on: engine))
    }

    /// Runs an example's facts on an engine with the knowledge base's rules and no
    /// facts; returns the facts' ids by label.
    func run(_ example: RuleExample, on engine: Engine) throws(EngineError) -> [String: FactID] {
        var labels: [String: FactID] = [:]
        var pending: [(FactID, ExampleFact)] = []
        for fact in example.facts {
            // A label of an earlier fact is resolved at once: two rows that differ only in
            // their table must not be asserted as one fact and told apart later.
            var slots: [String: Value] = [:]
            var forward = false
            for (name, value) in fact.slots {
                switch value {
                case .value(let v): slots[name] = v
                case .label(let label):
                    if let id = labels[label] { slots[name] = .reference(id) } else { forward = true }
                }
            }
            let id = try engine.assert(fact.template, slots, provenance: fact.range)
            if let label = fact.label { labels[label] = id }
            if forward { pending.append((id, fact)) }
        }
        for (id, fact) in pending {
            var references: [String: Value] = [:]
            for (name, value) in fact.slots {
                if case .label(let label) = value { references[name] = labels[label].map(Value.reference) ?? .absent }
            }
            try engine.modify(id, references)
        }
        try engine.run()
        return labels
    }

    public func message(of result: EmittedResult, rule: RuleDefinition) -> String {
        let variables = Dictionary(result.arguments.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
        return rule.message?.render(variables: variables, parameters: parameterValues) ?? rule.title
    }

    public var parameterValues: [String: Value] { knowledge.parameterValues }

    private func describe(_ fact: ExampleFact) -> String {
        let slots = fact.slots.sorted { $0.name < $1.name }.map { name, value -> String in
            switch value {
            case .value(let v): "\(name): \(v.literal)"
            case .label(let label): "\(name): \(label)"
            }
        }
        return "\(fact.template)(\(slots.joined(separator: ", ")))"
    }

    /// A live fact in the form of an expectation: only the slots the example's
    /// expectations mention, so that defaults do not clutter the comparison.
    private func describe(_ fact: Fact, labels: [String: FactID], example: RuleExample) -> String {
        let mentioned = Set(example.expectations.flatMap { expectation -> [String] in
            if case .fact(let expected) = expectation, expected.template == fact.template.name { return expected.slots.map(\.name) }
            return []
        })
        let names = Dictionary(labels.map { ($0.value, $0.key) }, uniquingKeysWith: { a, _ in a })
        let slots = fact.slots.filter { mentioned.contains($0.name) }.sorted { $0.name < $1.name }.map { slot -> String in
            if case .reference(let id) = slot.value, let label = names[id] { return "\(slot.name): \(label)" }
            return "\(slot.name): \(slot.value.literal)"
        }
        return "\(fact.template.name)(\(slots.joined(separator: ", ")))"
    }
}
