/// A forward-chaining production system over a Rete network.
///
/// Declare templates, add rules, assert facts, `run`. Facts and rules may be added in
/// any order; matches are kept up to date incrementally on every assert, retract and
/// modify. Every firing is recorded with what it matched (`firings`), so that any
/// fact or result can be explained (`derivation(of:)`) and any silent rule can say
/// why it did not fire (`whyNot(_:given:)`).
///
/// The engine knows nothing about audits: audit rules are data.
public final class Engine {
    let network: Network
    private var ruleOrder: [Rule] = []

    /// Every firing so far, in order (`firings[n - 1]` has sequence n).
    public private(set) var firings: [Firing] = []
    /// Every emitted result so far, in order (`results[n - 1]` has id n).
    public private(set) var results: [EmittedResult] = []
    /// Called for every emitted result as it is emitted.
    public var onEmit: ((EmittedResult) -> Void)?

    /// The results whose match still holds. Like a logical assertion, an emitted result
    /// is withdrawn when its match goes: a fact it rested on is retracted, or an
    /// aggregate it read changes (say, a count that other rules were still raising).
    public var standingResults: [EmittedResult] {
        results.filter { !network.withdrawnResults.contains($0.id) }
    }

    public func isWithdrawn(_ resultID: Int) -> Bool { network.withdrawnResults.contains(resultID) }

    /// Every fact version that ever existed and how it came to be, by timestamp.
    private var versions: [Int: (fact: Fact, origin: FactOrigin)] = [:]
    /// The last version of each fact id.
    private var latestVersion: [FactID: Int] = [:]
    /// The firing under way, whose actions are changing facts.
    private var currentFiring: Int?
    private var halted = false

    /// How much a run may hold and do; checked as facts are given and as rules fire.
    public var limits = ResourceLimits.standard
    /// Facts asserted from outside the rules, and by the rules (asserts and modifies).
    private var givenFacts = 0, derivedFacts = 0
    /// Bytes of the fact versions and firing records kept for explanations, as made.
    private var recordBytes = 0

    /// An estimate of the bytes the engine holds: its arenas and the records kept for
    /// explanations. Deterministic, so a limit on it stops a run at the same place.
    public var estimatedMemory: Int { network.arenaBytes + recordBytes }

    public init(strategy: ConflictStrategy = .depth) {
        network = Network(strategy: strategy)
    }

    public var strategy: ConflictStrategy { network.agenda.strategy }

    // MARK: Templates and rules

    public func declare(_ template: Template) throws(EngineError) {
        guard network.templates[template.name] == nil else { throw .duplicateTemplate(template.name) }
        _ = network.declare(template)
    }

    public var templates: [Template] { network.templateOrder.map(\.template) }

    public func template(named name: String) -> Template? { network.templates[name]?.template }

    /// Compiles the rule into the network and computes its matches on the facts
    /// already there.
    public func add(_ rule: Rule) throws(EngineError) {
        guard network.rulesByName[rule.name] == nil else { throw .duplicateRule(rule.name) }
        var compiler = RuleCompiler(network: network, rule: rule)
        let compiled = try compiler.compile(order: network.rules.count)
        for case let input as AlphaInputNode in compiled.nodes { input.memory.addSuccessor(input) }
        network.install(compiled)
        ruleOrder.append(rule)
        network.retractUnsupported()
    }

    public var rules: [Rule] { ruleOrder }

    func compiledRule(_ name: String) throws(EngineError) -> CompiledRule {
        guard let rule = network.rulesByName[name] else {
            throw .unknownRule(name, known: ruleOrder.map(\.name))
        }
        return rule
    }

    // MARK: Facts

    /// Asserts a fact from outside the rules. Slots not given take their default.
    /// Asserting a fact equal to a live one returns the live one.
    @discardableResult
    public func assert(_ template: String, _ slots: [String: Value] = [:], provenance: Provenance? = nil)
        throws(EngineError) -> FactID
    {
        guard let info = network.templates[template] else {
            throw .unknownTemplate(template, rule: nil, condition: nil, known: network.templates.keys.sorted())
        }
        var values = info.template.slots.map(\.defaultValue)
        for name in slots.keys.sorted() {
            guard let slot = info.slotIndex[name] else {
                throw .unknownSlot(name, template: info.template, rule: nil, condition: nil)
            }
            values[slot] = slots[name] ?? .absent
        }
        try check(values, of: info)
        givenFacts += 1
        guard givenFacts <= limits.facts else { throw .limitExceeded(.facts, limit: limits.facts, rule: nil) }
        let fact = assertValues(info, values, provenance: provenance, supporter: 0)
        network.retractUnsupported()
        guard estimatedMemory <= limits.memory else { throw .limitExceeded(.memory, limit: limits.memory, rule: nil) }
        return FactID(Int(fact))
    }

    public func retract(_ id: FactID) throws(EngineError) {
        let fact = try liveHandle(id)
        network.retract(fact)
        network.retractUnsupported()
    }

    /// Retracts every live fact, so that the next facts are matched as in a new engine
    /// with the same rules (which need not be compiled again); the limits on facts
    /// count afresh. The log of firings and results stays, ids keep increasing.
    public func retractAllFacts() {
        for fact in network.liveFacts where network.isLive(fact) { network.retract(fact) }
        network.retractUnsupported()
        givenFacts = 0
        derivedFacts = 0
    }

    /// Changes some slots of a live fact; it keeps its id, and rules see it anew.
    public func modify(_ id: FactID, _ changes: [String: Value]) throws(EngineError) {
        let fact = try liveHandle(id)
        let info = network.template(of: fact)
        var values = network.values(of: fact)
        for name in changes.keys.sorted() {
            guard let slot = info.slotIndex[name] else {
                throw .unknownSlot(name, template: info.template, rule: nil, condition: nil)
            }
            values[slot] = changes[name] ?? .absent
        }
        try check(values, of: info)
        modifyValues(fact, values)
        network.retractUnsupported()
    }

    public func fact(_ id: FactID) -> Fact? {
        guard let fact = try? liveHandle(id) else { return nil }
        return network.snapshot(fact)
    }

    /// Live facts, oldest first.
    public var facts: [Fact] { network.liveFacts.map(network.snapshot) }

    public func facts(of template: String) -> [Fact] {
        network.liveFacts.filter { network.template(of: $0).name == template }.map(network.snapshot)
    }

    public var factCount: Int { network.liveFactCount }

    private func liveHandle(_ id: FactID) throws(EngineError) -> FactHandle {
        guard id.rawValue > 0, id.rawValue < Int(Int32.max), network.isLive(FactHandle(id.rawValue)) else {
            throw .unknownFact(id)
        }
        return FactHandle(id.rawValue)
    }

    private func check(_ values: [Value], of info: TemplateInfo) throws(EngineError) {
        for (slot, value) in zip(info.template.slots, values) where !slot.type.accepts(value) {
            throw .typeMismatch(slot: slot.name, template: info.name, expected: slot.type, value: value, rule: nil)
        }
    }

    /// Asserts, or finds the equal live fact; `supporter` (an activation, or 0) makes
    /// the assertion logical.
    private func assertValues(_ info: TemplateInfo, _ values: [Value], provenance: Provenance?, supporter: Int32)
        -> FactHandle
    {
        let atoms = values.map(network.values.atom(for:))
        if let existing = network.existing(info, atoms) {
            if supporter != 0 {
                network.support(existing, by: supporter)
            } else {
                network.facts.headers[existing].unconditional = true
            }
            return existing
        }
        let fact = network.add(info, atoms, provenance: provenance, logical: supporter != 0)
        if supporter != 0 { network.support(fact, by: supporter) }
        recordVersion(of: fact)
        return fact
    }

    private func modifyValues(_ fact: FactHandle, _ values: [Value]) {
        network.modify(fact, atoms: values.map(network.values.atom(for:)))
        recordVersion(of: fact)
    }

    private func recordVersion(of fact: FactHandle) {
        let snapshot = network.snapshot(fact)
        recordBytes += snapshot.estimatedBytes
        versions[snapshot.timestamp] = (snapshot, currentFiring.map { .firing($0) } ?? .given)
        latestVersion[snapshot.id] = snapshot.timestamp
    }

    // MARK: Running

    public struct RunSummary: Hashable, Sendable {
        /// Firings in this run.
        public let firings: Int
        /// True when a rule halted the run; false when the agenda ran empty.
        public let halted: Bool

        public init(firings: Int, halted: Bool) {
            self.firings = firings
            self.halted = halted
        }
    }

    /// Fires activations until none is left or a rule halts. Throws when a limit of
    /// `limits` is passed: firings with work still waiting (naming the rule that fired
    /// most), derived facts (naming the rule that derived most), or memory.
    @discardableResult
    public func run() throws(EngineError) -> RunSummary {
        halted = false
        var fired = 0
        var perRule: [Int32: (count: Int, last: Int)] = [:]
        while !halted, case let activation = network.agenda.next, activation != 0 {
            let rule = network.agenda.activations[activation].rule
            if fired >= limits.firings {
                let busiest = perRule.max { a, b in (a.value.count, a.value.last) < (b.value.count, b.value.last) }
                let name = network.rules[Int(busiest?.key ?? rule)].name
                throw .firingLimitReached(limit: limits.firings, rule: name, firings: busiest?.value.count ?? 0)
            }
            network.agenda.remove(activation)
            fire(activation)
            fired += 1
            perRule[rule, default: (0, 0)].count += 1
            perRule[rule]?.last = fired
            if derivedFacts > limits.derivedFacts {
                throw .limitExceeded(.derivedFacts, limit: limits.derivedFacts, rule: mostDeriving)
            }
            // The estimate sums a dozen counts: cheap, but not needed at every firing.
            if fired % 256 == 0, estimatedMemory > limits.memory {
                throw .limitExceeded(.memory, limit: limits.memory, rule: nil)
            }
        }
        return RunSummary(firings: fired, halted: halted)
    }

    /// The rule whose firings asserted or modified the most facts.
    private var mostDeriving: String? {
        var derived: [String: Int] = [:]
        for firing in firings { derived[firing.rule, default: 0] += firing.asserted.count + firing.modified.count }
        return derived.max { a, b in (a.value, b.key) < (b.value, a.key) }?.key
    }

    private func fire(_ activation: Int32) {
        network.agenda.activations[activation].fired = true
        let rule = network.rules[Int(network.agenda.activations[activation].rule)]
        let token = network.agenda.activations[activation].token
        // Actions read the match's bindings as they were when it fired, even after an
        // earlier action retracted one of its facts.
        let frame = ActionFrame(
            bindings: rule.actionBindings(of: token), facts: rule.matchedFacts(of: token))
        let sequence = firings.count + 1
        let firing = justification(of: token, rule: rule, sequence: sequence)
        recordBytes += firing.estimatedBytes
        firings.append(firing)
        currentFiring = sequence
        defer { currentFiring = nil }
        for action in rule.actions {
            do {
                try perform(action, frame: frame, activation: activation, rule: rule, firing: sequence)
            } catch {
                network.reportEvaluationError(error, rule: rule)
            }
            if halted { break }
        }
        network.retractUnsupported()
    }

    private func perform(
        _ action: CompiledAction, frame: ActionFrame, activation: Int32, rule: CompiledRule, firing sequence: Int
    ) throws(EvaluationError) {
        switch action {
        case .assert(let template, let assignments, let logical):
            var values = template.template.slots.map(\.defaultValue)
            for (slot, expression) in assignments { values[slot] = try frame.evaluate(expression) }
            try checkAssignment(values, of: template)
            if logical, !network.isLiveActivation(activation) {
                throw EvaluationError("a logical assertion after its match was undone is ignored")
            }
            let fact = assertValues(template, values, provenance: nil, supporter: logical ? activation : 0)
            firings[sequence - 1].asserted.append(FactID(Int(fact)))
            derivedFacts += 1
        case .retract(let variable):
            guard let fact = frame.facts[variable], network.isLive(fact) else { return }  // already gone
            network.retract(fact)
            firings[sequence - 1].retracted.append(FactID(Int(fact)))
        case .modify(let variable, let assignments):
            guard let fact = frame.facts[variable], network.isLive(fact) else {
                throw EvaluationError("modify of a fact that was already retracted")
            }
            let template = network.template(of: fact)
            var values = network.values(of: fact)
            for (slot, expression) in assignments { values[slot] = try frame.evaluate(expression) }
            try checkAssignment(values, of: template)
            modifyValues(fact, values)
            firings[sequence - 1].modified.append(FactID(Int(fact)))
            derivedFacts += 1
        case .emit(let name, let arguments):
            var bound: [Binding] = []
            for (argument, expression) in arguments {
                bound.append(Binding(name: argument, value: try frame.evaluate(expression)))
            }
            let result = EmittedResult(id: results.count + 1, name: name, arguments: bound, rule: rule.name, firing: sequence)
            results.append(result)
            if network.isLiveActivation(activation) { network.support(result: result.id, by: activation) }
            firings[sequence - 1].results.append(result.id)
            onEmit?(result)
        case .halt:
            halted = true
        }
    }

    private func checkAssignment(_ values: [Value], of info: TemplateInfo) throws(EvaluationError) {
        for (slot, value) in zip(info.template.slots, values) where !slot.type.accepts(value) {
            throw EvaluationError(
                "slot '\(slot.name)' of '\(info.name)' holds \(slot.type.rawValue), not \(Operators.typeName(value)) \(value.literal)")
        }
    }

    /// The record of what a match rested on, built as it fires.
    private func justification(of token: TokenHandle, rule: CompiledRule, sequence: Int) -> Firing {
        let bindings = rule.bindings(of: token)
        func values(_ names: [String]) -> [Binding] {
            var seen = Set<String>()
            return names.compactMap { name in
                guard seen.insert(name).inserted else { return nil }
                return bindings.first { $0.name == name }
            }
        }
        var matches: [ConditionMatch] = []
        for (condition, node) in zip(rule.rule.conditions, rule.conditionNodes) {
            let holder = node.map { rule.token(at: $0, in: token) } ?? 0
            switch condition {
            case .pattern(let pattern):
                matches.append(.fact(pattern, network.snapshot(network.tokens[holder].fact)))
            case .not(let pattern):
                matches.append(.absent(pattern, bindings: values(pattern.referencedVariables)))
            case .exists(let pattern):
                let witnesses = (node as? AlphaInputNode)?.matchingFacts(below: network.tokens[holder].parent, network) ?? []
                matches.append(.exists(pattern, witnesses: witnesses.map(network.snapshot)))
            case .aggregate(let aggregation):
                let state = network.aggregates[Int(network.tokens[holder].aggregate)]
                matches.append(
                    .aggregate(
                        aggregation, value: state?.value ?? .absent,
                        members: state?.members.map { network.snapshot($0.fact) } ?? []))
            case .test(let expression):
                matches.append(.test(expression, bindings: values(expression.variables)))
            }
        }
        return Firing(sequence: sequence, rule: rule.name, matches: matches, bindings: bindings)
    }

    // MARK: Inspection

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

/// Bindings of a firing, fixed before its actions run.
private struct ActionFrame {
    let bindings: [Accessor: Value]
    let facts: [String: FactHandle]

    func evaluate(_ expression: ExpressionTree<Accessor>) throws(EvaluationError) -> Value {
        do {
            return try expression.evaluate { bindings[$0] ?? .absent }
        } catch let error as EvaluationError {
            throw error
        } catch {
            throw EvaluationError("\(error)")
        }
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
