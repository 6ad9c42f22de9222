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
    var ruleOrder: [Rule] = []

    // Unchecked exclusivity on the records every firing writes: each access is short,
    // and none overlaps another (the dynamic checks cost the audit workload 1 %).
    /// Every firing so far, in order (`firings[n - 1]` has sequence n).
    @exclusivity(unchecked) public internal(set) var firings: [Firing] = []
    /// Every emitted result so far, in order (`results[n - 1]` has id n).
    @exclusivity(unchecked) public internal(set) var results: [EmittedResult] = []
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
    @exclusivity(unchecked) var versions: [Int: (fact: Fact, origin: FactOrigin)] = [:]
    /// The last version of each fact id.
    @exclusivity(unchecked) var latestVersion: [FactID: Int] = [:]
    /// The firing under way, whose actions are changing facts.
    @exclusivity(unchecked) var currentFiring: Int?
    @exclusivity(unchecked) var halted = false

    /// How much a run may hold and do; checked as facts are given and as rules fire.
    public var limits = ResourceLimits.standard
    /// Facts asserted from outside the rules, and by the rules (asserts and modifies).
    @exclusivity(unchecked) var givenFacts = 0, derivedFacts = 0
    /// Bytes of the fact versions and firing records kept for explanations, as made.
    @exclusivity(unchecked) var recordBytes = 0

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

    func liveHandle(_ id: FactID) throws(EngineError) -> FactHandle {
        guard id.rawValue > 0, id.rawValue < Int(Int32.max), network.isLive(FactHandle(id.rawValue)) else {
            throw .unknownFact(id)
        }
        return FactHandle(id.rawValue)
    }

    func check(_ values: [Value], of info: TemplateInfo) throws(EngineError) {
        for (slot, value) in zip(info.template.slots, values) where !slot.type.accepts(value) {
            throw .typeMismatch(slot: slot.name, template: info.name, expected: slot.type, value: value, rule: nil)
        }
    }

    /// Asserts, or finds the equal live fact; `supporter` (an activation, or 0) makes
    /// the assertion logical.
    func assertValues(_ info: TemplateInfo, _ values: [Value], provenance: Provenance?, supporter: Int32)
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

    func modifyValues(_ fact: FactHandle, _ values: [Value]) {
        network.modify(fact, atoms: values.map(network.values.atom(for:)))
        recordVersion(of: fact)
    }

    func recordVersion(of fact: FactHandle) {
        let snapshot = network.snapshot(fact)
        recordBytes += snapshot.estimatedBytes
        versions[snapshot.timestamp] = (snapshot, currentFiring.map { .firing($0) } ?? .given)
        latestVersion[snapshot.id] = snapshot.timestamp
    }
}
