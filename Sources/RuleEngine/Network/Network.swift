/// The working memory and the Rete network over it. `Engine` is its public face;
/// this type keeps the invariants:
/// - every live fact is in exactly the alpha memories whose tests it passes;
/// - every token's facts are live, and every complete match is one activation;
/// - a fact asserted only logically is live while some live activation supports it.
///
/// Tokens, facts, buckets and activations are plain records in arenas (see
/// `RecordStore`), linked by handles, so that matching does no reference counting.
final class Network {
    var agenda: Agenda
    let values = ValueTable()
    var facts = FactStore()
    var tokens = RecordStore<TokenRecord>(blank: TokenRecord(), capacity: 4096)
    /// Every node's token index, its buckets, and the buckets' tokens (linked).
    var tokenIndexes = RecordStore<TokenIndexRecord>(blank: TokenIndexRecord())
    var buckets = RecordStore<TokenBucket>(blank: TokenBucket(), capacity: 1024)
    /// Every alpha index's map, its buckets, and the buckets' facts (linked).
    var alphaMaps = RecordStore<KeyMap>(blank: KeyMap())
    var alphaBuckets = RecordStore<AlphaBucket>(blank: AlphaBucket(), capacity: 1024)
    var alphaEntries = RecordStore<AlphaEntry>(blank: AlphaEntry(), capacity: 4096)
    /// Each rule's complete matches (handle = rule order + 1).
    var ruleMatches = RecordStore<MatchList>(blank: MatchList())
    /// Aggregation states of holder tokens (slot 0 unused).
    var aggregates: [AggregateState?] = [nil]
    private var freeAggregates: [Int32] = []

    private(set) var templates: [String: TemplateInfo] = [:]
    private(set) var templateOrder: [TemplateInfo] = []
    private(set) var rules: [CompiledRule] = []
    private(set) var rulesByName: [String: CompiledRule] = [:]

    private(set) var liveFactCount = 0
    /// Live facts by content, so that asserting a fact twice yields one fact.
    private var byContent: [FactContent: FactHandle] = [:]

    private var clock = 0
    private var activationCounter = 0
    /// Facts that lost their last logical support, retracted once the current
    /// change has propagated.
    private var unsupported: [FactHandle] = []
    /// Emitted results whose match has gone (a fact retracted, an aggregate changed).
    private(set) var withdrawnResults = Set<Int>()

    /// Evaluation errors, once per rule and message, in the order they arose.
    private(set) var evaluationWarnings: [EvaluationWarning] = []
    private var warningKeys: Set<String> = []

    /// Observer for the explanation log: a fact is about to be retracted.
    var onRetract: ((FactHandle) -> Void)?

    init(strategy: ConflictStrategy) {
        agenda = Agenda(strategy: strategy)
    }

    deinit {
        for rule in rules { rule.deallocate() }
        facts.deallocate()
        tokens.deallocate()
        for index in 1..<tokenIndexes.end { tokenIndexes[index].map.deallocate() }
        tokenIndexes.deallocate()
        buckets.deallocate()
        for index in 1..<alphaMaps.end { alphaMaps[index].deallocate() }
        alphaMaps.deallocate()
        alphaBuckets.deallocate()
        alphaEntries.deallocate()
        ruleMatches.deallocate()
        agenda.deallocate()
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

    // MARK: Tokens

    @inline(__always)
    func makeToken(parent: TokenHandle, fact: FactHandle) -> TokenHandle {
        let token = tokens.allocate(TokenRecord(parent: parent, fact: fact))
        if parent != 0 {
            let first = tokens[parent].firstChild
            tokens[token].nextSibling = first
            if first != 0 { tokens[first].previousSibling = token }
            tokens[parent].firstChild = token
        }
        if fact != 0 {
            let first = facts.headers[fact].firstToken
            tokens[token].nextOfFact = first
            if first != 0 { tokens[first].previousOfFact = token }
            facts.headers[fact].firstToken = token
        }
        return token
    }

    @inline(__always)
    func ancestor(_ token: TokenHandle, _ distance: Int) -> TokenHandle {
        var current = token
        for _ in 0..<distance { current = tokens[current].parent }
        return current
    }

    /// Removes a token and everything built on it.
    func delete(_ token: TokenHandle) {
        withdraw(token)
        let record = tokens[token]
        if record.parent != 0 {
            if record.previousSibling != 0 {
                tokens[record.previousSibling].nextSibling = record.nextSibling
            } else {
                tokens[record.parent].firstChild = record.nextSibling
            }
            if record.nextSibling != 0 { tokens[record.nextSibling].previousSibling = record.previousSibling }
        }
        if record.fact != 0 {
            if record.previousOfFact != 0 {
                tokens[record.previousOfFact].nextOfFact = record.nextOfFact
            } else {
                facts.headers[record.fact].firstToken = record.nextOfFact
            }
            if record.nextOfFact != 0 { tokens[record.nextOfFact].previousOfFact = record.previousOfFact }
        }
        if record.holderBucket != 0 { unlink(token, role: .holder) }
        if record.aggregate != 0 { releaseAggregate(record.aggregate) }
        tokens.free(token)
    }

    /// Undoes what the next node did with a token: the token stays, but no longer
    /// feeds anything (a `not` above it became blocked, or it is being deleted).
    func withdraw(_ token: TokenHandle) {
        if tokens[token].leftBucket != 0 { unlink(token, role: .left) }
        var child = tokens[token].firstChild
        while child != 0 {
            delete(child)
            child = tokens[token].firstChild
        }
        let activation = tokens[token].activation
        if activation != 0 {
            tokens[token].activation = 0
            removeActivation(activation)
        }
    }

    // MARK: Token buckets

    /// Appends a token to the bucket for `key` in a token index.
    @inline(__always)
    func insert(_ token: TokenHandle, into index: Int32, key: JoinKey) {
        var bucket = tokenIndexes[index].map.find(key)
        if bucket == 0 {
            bucket = buckets.allocate(TokenBucket(owner: index, key: key))
            tokenIndexes[index].map.insert(key, bucket)
        }
        let tail = buckets[bucket].tail
        switch tokenIndexes[index].role {
        case .left:
            tokens[token].leftBucket = bucket
            tokens[token].previousInLeft = tail
            if tail != 0 { tokens[tail].nextInLeft = token }
        case .holder:
            tokens[token].holderBucket = bucket
            tokens[token].previousInHolder = tail
            if tail != 0 { tokens[tail].nextInHolder = token }
        }
        if tail == 0 { buckets[bucket].head = token }
        buckets[bucket].tail = token
    }

    /// The first token of the bucket for `key`, or 0.
    @inline(__always)
    func firstToken(in index: Int32, key: JoinKey) -> TokenHandle {
        let bucket = tokenIndexes[index].map.find(key)
        return bucket == 0 ? 0 : buckets[bucket].head
    }

    private func unlink(_ token: TokenHandle, role: TokenRole) {
        let record = tokens[token]
        let bucket: Int32, next: TokenHandle, previous: TokenHandle
        switch role {
        case .left:
            (bucket, next, previous) = (record.leftBucket, record.nextInLeft, record.previousInLeft)
            if previous != 0 { tokens[previous].nextInLeft = next }
            if next != 0 { tokens[next].previousInLeft = previous }
            tokens[token].leftBucket = 0
            tokens[token].nextInLeft = 0
            tokens[token].previousInLeft = 0
        case .holder:
            (bucket, next, previous) = (record.holderBucket, record.nextInHolder, record.previousInHolder)
            if previous != 0 { tokens[previous].nextInHolder = next }
            if next != 0 { tokens[next].previousInHolder = previous }
            tokens[token].holderBucket = 0
            tokens[token].nextInHolder = 0
            tokens[token].previousInHolder = 0
        }
        if previous == 0 { buckets[bucket].head = next }
        if next == 0 { buckets[bucket].tail = previous }
        if buckets[bucket].head == 0 {
            tokenIndexes[buckets[bucket].owner].map.remove(buckets[bucket].key)
            buckets.free(bucket)
        }
    }

    // MARK: Alpha buckets

    /// The first entry of the bucket for `key` in an alpha index, or 0; walk on with
    /// `alphaEntries[entry].next`.
    @inline(__always)
    func firstEntry(in index: Int32, key: JoinKey) -> Int32 {
        let bucket = alphaMaps[index].find(key)
        return bucket == 0 ? 0 : alphaBuckets[bucket].head
    }

    func addToAlpha(_ fact: FactHandle, index: Int32, key: JoinKey) {
        var bucket = alphaMaps[index].find(key)
        if bucket == 0 {
            bucket = alphaBuckets.allocate(AlphaBucket(key: key))
            alphaMaps[index].insert(key, bucket)
        }
        let tail = alphaBuckets[bucket].tail
        let entry = alphaEntries.allocate(AlphaEntry(fact: fact, previous: tail))
        if tail != 0 { alphaEntries[tail].next = entry } else { alphaBuckets[bucket].head = entry }
        alphaBuckets[bucket].tail = entry
    }

    func removeFromAlpha(_ fact: FactHandle, index: Int32, key: JoinKey) {
        let bucket = alphaMaps[index].find(key)
        guard bucket != 0 else { return }
        var entry = alphaBuckets[bucket].tail  // recent facts go first, most often
        while entry != 0, alphaEntries[entry].fact != fact { entry = alphaEntries[entry].previous }
        guard entry != 0 else { return }
        let next = alphaEntries[entry].next, previous = alphaEntries[entry].previous
        if previous != 0 { alphaEntries[previous].next = next } else { alphaBuckets[bucket].head = next }
        if next != 0 { alphaEntries[next].previous = previous } else { alphaBuckets[bucket].tail = previous }
        alphaEntries.free(entry)
        if alphaBuckets[bucket].head == 0 {
            alphaMaps[index].remove(key)
            alphaBuckets.free(bucket)
        }
    }

    // MARK: Aggregation states

    func makeAggregate() -> Int32 {
        let state = AggregateState()
        if let slot = freeAggregates.popLast() {
            aggregates[Int(slot)] = state
            return slot
        }
        aggregates.append(state)
        return Int32(aggregates.count - 1)
    }

    /// A holder let go of its state; the state goes with its last holder.
    private func releaseAggregate(_ slot: Int32) {
        guard let state = aggregates[Int(slot)] else { return }
        state.holders -= 1
        guard state.holders == 0 else { return }
        aggregates[Int(slot)] = nil
        freeAggregates.append(slot)
    }

    // MARK: Activations and truth maintenance

    func nextActivationSequence() -> Int {
        activationCounter += 1
        return activationCounter
    }

    private func removeActivation(_ activation: Int32) {
        agenda.remove(activation)
        unlinkMatch(activation)
        if agenda.activations[activation].hasSupports {
            for fact in agenda.supports.removeValue(forKey: activation) ?? [] where isLive(fact) {
                facts.headers[fact].logicalSupport -= 1
                if facts.headers[fact].logicalSupport == 0, !facts.headers[fact].unconditional {
                    unsupported.append(fact)
                }
            }
            withdrawnResults.formUnion(agenda.emitted.removeValue(forKey: activation) ?? [])
        }
        agenda.activations.free(activation)
    }

    /// Removes an activation from its rule's list of matches.
    private func unlinkMatch(_ activation: Int32) {
        let record = agenda.activations[activation]
        let list = record.rule + 1
        if record.previousInRule != 0 {
            agenda.activations[record.previousInRule].nextInRule = record.nextInRule
        } else {
            ruleMatches[list].head = record.nextInRule
        }
        if record.nextInRule != 0 {
            agenda.activations[record.nextInRule].previousInRule = record.previousInRule
        } else {
            ruleMatches[list].tail = record.previousInRule
        }
    }

    /// A rule's complete matches, oldest first.
    func matches(ofRule order: Int) -> [Int32] {
        var result: [Int32] = []
        var current = ruleMatches[Int32(order) + 1].head
        while current != 0 {
            result.append(current)
            current = agenda.activations[current].nextInRule
        }
        return result
    }

    func isLiveActivation(_ activation: Int32) -> Bool {
        agenda.activations[activation].token != 0
    }

    /// Records that `activation` emitted result `id`: the result stands while the match does.
    func support(result id: Int, by activation: Int32) {
        agenda.activations[activation].hasSupports = true
        agenda.emitted[activation, default: []].append(id)
    }

    /// Records that `activation` supports `fact` logically.
    func support(_ fact: FactHandle, by activation: Int32) {
        facts.headers[fact].logicalSupport += 1
        agenda.activations[activation].hasSupports = true
        agenda.supports[activation, default: []].append(fact)
    }

    /// Retracts facts left without support, including those that lose theirs as a
    /// consequence. Called once a change has fully propagated.
    func retractUnsupported() {
        while !unsupported.isEmpty {
            let batch = unsupported
            unsupported = []
            for fact in batch where isLive(fact) {
                let header = facts.headers[fact]
                if header.logicalSupport == 0, !header.unconditional { retract(fact) }
            }
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
