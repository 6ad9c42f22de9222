/// The working memory and the Rete network over it. `Engine` is its public face;
/// this type keeps the invariants:
/// - every live fact is in exactly the alpha memories whose tests it passes;
/// - every token's facts are live, and every complete match is one activation;
/// - a fact asserted only logically is live while some live activation supports it.
///
/// Tokens, facts, buckets and activations are plain records in arenas (see
/// `RecordStore`), linked by handles, so that matching does no reference counting.
final class Network {
    // Unchecked exclusivity on what the matching loops touch on every token (measured:
    // dynamic checks cost Miss Manners two thirds more instructions): each access is
    // short, and none overlaps another.
    @exclusivity(unchecked) var agenda: Agenda
    let values = ValueTable()
    @exclusivity(unchecked) var facts = FactStore()
    @exclusivity(unchecked) var tokens = RecordStore<TokenRecord>(blank: TokenRecord(), capacity: 4096)
    /// Every node's token index, its buckets, and the buckets' tokens (linked).
    @exclusivity(unchecked) var tokenIndexes = RecordStore<TokenIndexRecord>(blank: TokenIndexRecord()) { $0.map.release() }
    @exclusivity(unchecked) var buckets = RecordStore<TokenBucket>(blank: TokenBucket(), capacity: 1024)
    /// Every alpha index's map, its buckets, and the buckets' facts (linked).
    @exclusivity(unchecked) var alphaMaps = RecordStore<KeyMap>(blank: KeyMap()) { $0.release() }
    @exclusivity(unchecked) var alphaBuckets = RecordStore<AlphaBucket>(blank: AlphaBucket(), capacity: 1024)
    @exclusivity(unchecked) var alphaEntries = RecordStore<AlphaEntry>(blank: AlphaEntry(), capacity: 4096)
    /// Each rule's complete matches (handle = rule order + 1).
    @exclusivity(unchecked) var ruleMatches = RecordStore<MatchList>(blank: MatchList())
    /// Aggregation states of holder tokens (slot 0 unused).
    @exclusivity(unchecked) var aggregates: [AggregateState?] = [nil]
    var freeAggregates: [Int32] = []

    private(set) var templates: [String: TemplateInfo] = [:]
    @exclusivity(unchecked) private(set) var templateOrder: [TemplateInfo] = []
    private(set) var rules: [CompiledRule] = []
    private(set) var rulesByName: [String: CompiledRule] = [:]

    @exclusivity(unchecked) private(set) var liveFactCount = 0
    /// Live facts by content, so that asserting a fact twice yields one fact.
    @exclusivity(unchecked) private var byContent: [FactContent: FactHandle] = [:]

    @exclusivity(unchecked) private var clock = 0
    var activationCounter = 0
    /// Facts that lost their last logical support, retracted once the current
    /// change has propagated.
    @exclusivity(unchecked) var unsupported: [FactHandle] = []
    /// Emitted results whose match has gone (a fact retracted, an aggregate changed).
    var withdrawnResults = Set<Int>()

    /// Evaluation errors, once per rule and message, in the order they arose.
    private(set) var evaluationWarnings: [EvaluationWarning] = []
    private var warningKeys: Set<String> = []

    /// Observer for the explanation log: a fact is about to be retracted.
    var onRetract: ((FactHandle) -> Void)?

    init(strategy: ConflictStrategy) {
        agenda = Agenda(strategy: strategy)
    }

    // MARK: Declarations

    func declare(_ template: Template) -> TemplateInfo {
        let info = TemplateInfo(template, index: Int32(templateOrder.count))
        templates[template.name] = info
        templateOrder.append(info)
        return info
    }

    func install(_ rule: CompiledRule) {
        _ = ruleMatches.allocate(MatchList())
        rules.append(rule)
        rulesByName[rule.name] = rule
        rule.start()
    }

    func makeTokenIndex(_ role: TokenRole) -> Int32 {
        tokenIndexes.allocate(TokenIndexRecord(role: role, map: KeyMap()))
    }

    func makeAlphaIndex() -> Int32 {
        alphaMaps.allocate(KeyMap())
    }

    // MARK: Facts

    func isLive(_ fact: FactHandle) -> Bool {
        fact > 0 && fact < facts.headers.end && facts.headers[fact].isLive
    }

    func template(of fact: FactHandle) -> TemplateInfo {
        templateOrder[Int(facts.headers[fact].template)]
    }

    var liveFacts: [FactHandle] {
        (1..<max(facts.headers.end, 1)).filter { facts.headers[$0].isLive }
    }

    func values(of fact: FactHandle) -> [Value] {
        facts.atoms(of: fact, count: template(of: fact).template.slots.count).map(values.value)
    }

    func snapshot(_ fact: FactHandle) -> Fact {
        let info = template(of: fact)
        return Fact(
            id: FactID(Int(fact)), template: info.template, values: values(of: fact),
            provenance: facts.provenance[Int(fact)], timestamp: facts.headers[fact].timestamp)
    }

    func existing(_ template: TemplateInfo, _ atoms: [Atom]) -> FactHandle? {
        byContent[FactContent(template: template.index, atoms: atoms)]
    }

    func tick() -> Int {
        clock += 1
        return clock
    }

    /// Adds a new fact (the caller has checked it is not a duplicate).
    func add(_ template: TemplateInfo, _ atoms: [Atom], provenance: Provenance?, logical: Bool) -> FactHandle {
        let fact = facts.append(template: template.index, atoms: atoms, provenance: provenance, timestamp: tick())
        facts.headers[fact].unconditional = !logical
        liveFactCount += 1
        byContent[FactContent(template: template.index, atoms: atoms)] = fact
        insertIntoNetwork(fact, template)
        return fact
    }

    func retract(_ fact: FactHandle) {
        guard isLive(fact) else { return }
        onRetract?(fact)
        let info = template(of: fact)
        removeFromNetwork(fact, info)
        facts.headers[fact].isLive = false
        liveFactCount -= 1
        forgetContent(of: fact, info)
    }

    func modify(_ fact: FactHandle, atoms: [Atom]) {
        let info = template(of: fact)
        removeFromNetwork(fact, info)
        forgetContent(of: fact, info)
        for (slot, atom) in atoms.enumerated() { facts.setAtom(fact, slot, atom) }
        facts.headers[fact].timestamp = tick()
        let content = FactContent(template: info.index, atoms: atoms)
        if byContent[content] == nil { byContent[content] = fact }
        insertIntoNetwork(fact, info)
    }

    /// The atom of `.reference(fact)`, interned on first use.
    @inline(__always)
    func referenceAtom(_ fact: FactHandle) -> Atom {
        let atom = facts.headers[fact].referenceAtom
        return atom != 0 ? atom : internReference(fact)
    }

    private func internReference(_ fact: FactHandle) -> Atom {
        let interned = values.atom(for: .reference(FactID(Int(fact))))
        facts.headers[fact].referenceAtom = interned
        return interned
    }

    /// The atom of an aggregation holder's value (0 while it has none).
    func aggregateAtom(_ slot: Int32) -> Atom {
        aggregates[Int(slot)]?.atom ?? 0
    }

    private func forgetContent(of fact: FactHandle, _ info: TemplateInfo) {
        let content = FactContent(template: info.index, atoms: facts.atoms(of: fact, count: info.slotCount))
        if byContent[content] == fact { byContent[content] = nil }
    }

    private func memories(of fact: FactHandle, _ info: TemplateInfo) -> [AlphaMemory] {
        var memories: [AlphaMemory] = []
        info.root.collectMemories(for: fact, in: self, into: &memories)
        return memories
    }

    private func insertIntoNetwork(_ fact: FactHandle, _ info: TemplateInfo) {
        for memory in memories(of: fact, info) {
            memory.add(fact, in: self)
            for successor in memory.successors { successor.node.rightActivate(fact, self) }
        }
    }

    private func removeFromNetwork(_ fact: FactHandle, _ info: TemplateInfo) {
        let memories = memories(of: fact, info)
        for memory in memories { memory.remove(fact, in: self) }
        var token = facts.headers[fact].firstToken
        while token != 0 {
            delete(token)
            token = facts.headers[fact].firstToken
        }
        for memory in memories {
            for successor in memory.successors { successor.node.rightRetract(fact, self) }
        }
    }

    // MARK: Warnings

    func reportEvaluationError(_ error: EvaluationError, rule: CompiledRule) {
        reportEvaluationError(error, rule: rule.name)
    }

    func reportEvaluationError(_ error: EvaluationError, rule: String) {
        let key = rule + "\u{0}" + error.message
        guard warningKeys.insert(key).inserted else { return }
        evaluationWarnings.append(EvaluationWarning(rule: rule, message: error.message))
    }
}

/// A rule whose expression could not be evaluated on some facts (a division by zero,
/// a number compared with a text): that match was treated as not holding.
public struct EvaluationWarning: Hashable, Sendable {
    public let rule: String
    public let message: String
}

/// A fact's identity by content: template and slot atoms.
struct FactContent: Hashable {
    let template: Int32
    let atoms: [Atom]
}
