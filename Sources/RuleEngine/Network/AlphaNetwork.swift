/// A declared template and the root of its alpha network.
final class TemplateInfo {
    let template: Template
    let index: Int32
    let slotIndex: [String: Int]
    let root = AlphaNode(test: nil)

    init(_ template: Template, index: Int32) {
        self.template = template
        self.index = index
        var slots: [String: Int] = [:]
        for (i, slot) in template.slots.enumerated() where slots[slot.name] == nil { slots[slot.name] = i }
        slotIndex = slots
    }

    var name: String { template.name }
    var slotCount: Int { template.slots.count }
}

/// A test on a single fact, evaluated once per fact no matter how many rules use it.
enum AlphaTest: Hashable {
    case slotEquals(Int, Atom)
    case expression(ExpressionTree<Accessor>)

    /// Whether the fact passes; an evaluation error counts as failing and is
    /// reported for each rule in `users`.
    func passes(_ fact: FactHandle, in network: Network, users: [String]) -> Bool {
        switch self {
        case .slotEquals(let slot, let atom):
            return network.facts.atom(fact, slot) == atom
        case .expression(let expression):
            do {
                return try expression.holds { network.value(of: $0, base: 0, own: fact) }
            } catch let error as EvaluationError {
                for rule in users { network.reportEvaluationError(error, rule: rule) }
                return false
            } catch {
                return false
            }
        }
    }

    /// A canonical order, so that rules listing the same tests differently share nodes.
    var sortKey: String {
        switch self {
        case .slotEquals(let slot, let atom): "0:\(slot)=\(atom)"
        case .expression(let expression): "1:\(expression)"
        }
    }
}

/// One node of a template's discrimination tree: facts passing the tests on the path
/// from the root reach `memory` (when some rule needs exactly these tests).
final class AlphaNode {
    let test: AlphaTest?
    // Unchecked exclusivity: read for every fact asserted, written only while rules are added.
    @exclusivity(unchecked) private(set) var children: [AlphaNode] = []
    @exclusivity(unchecked) var memory: AlphaMemory?
    /// Rules whose conditions go through this node, named in warnings.
    @exclusivity(unchecked) var users: [String] = []

    init(test: AlphaTest?) { self.test = test }

    func child(for test: AlphaTest) -> AlphaNode {
        if let existing = children.first(where: { $0.test == test }) { return existing }
        let node = AlphaNode(test: test)
        children.append(node)
        return node
    }

    /// Appends every memory at or below this node that the fact belongs in, in tree
    /// order (the caller has checked this node's own test).
    func collectMemories(for fact: FactHandle, in network: Network, into reached: inout [AlphaMemory]) {
        if let memory { reached.append(memory) }
        for child in children where child.test?.passes(fact, in: network, users: child.users) ?? true {
            child.collectMemories(for: fact, in: network, into: &reached)
        }
    }
}

/// The facts of one template that pass one set of alpha tests, with hash indexes on
/// the slots the joins below compare.
final class AlphaMemory {
    /// Nodes fed by this memory, deepest first within a rule, so that one fact
    /// matching two conditions of a rule yields each match once (Doorenbos §2.4).
    /// Not owned: each node belongs to its rule, and a node holds its memory, so a
    /// strong reference back would keep every network alive after its engine goes.
    private(set) var successors: [Successor] = []

    struct Successor {
        unowned(unsafe) let node: AlphaInputNode
    }
    private(set) var indexes: [AlphaIndex]
    let all: AlphaIndex

    init(network: Network) {
        all = AlphaIndex(slots: [], network: network)
        indexes = [all]
    }

    func addSuccessor(_ node: AlphaInputNode) {
        successors.append(Successor(node: node))
        successors.sort { ($0.node.ruleOrder, -$0.node.level) < ($1.node.ruleOrder, -$1.node.level) }
    }

    /// The index on `slots`, built from the facts already here when first asked for.
    func index(on slots: [Int], in network: Network) -> AlphaIndex {
        if let existing = indexes.first(where: { $0.slots == slots }) { return existing }
        let index = AlphaIndex(slots: slots, network: network)
        for fact in all.facts(for: .empty, in: network) { index.add(fact, in: network) }
        indexes.append(index)
        return index
    }

    func add(_ fact: FactHandle, in network: Network) {
        for index in indexes { index.add(fact, in: network) }
    }

    func remove(_ fact: FactHandle, in network: Network) {
        for index in indexes { index.remove(fact, in: network) }
    }
}

/// Facts of an alpha memory bucketed by the atoms of some slots; the buckets live
/// in the network's arenas.
final class AlphaIndex {
    let id: Int32
    let slots: [Int]
    private let slotBuffer: FixedArray<Int>

    init(slots: [Int], network: Network) {
        self.slots = slots
        slotBuffer = FixedArray(slots)
        id = network.makeAlphaIndex()
    }

    deinit { slotBuffer.deallocate() }

    @inline(__always)
    func key(of fact: FactHandle, in network: Network) -> JoinKey {
        let slots = slotBuffer
        return JoinKey(count: slots.count) { network.facts.atom(fact, slots[$0]) }
    }

    func add(_ fact: FactHandle, in network: Network) {
        network.addToAlpha(fact, index: id, key: key(of: fact, in: network))
    }

    func remove(_ fact: FactHandle, in network: Network) {
        network.removeFromAlpha(fact, index: id, key: key(of: fact, in: network))
    }

    /// The facts with this key, oldest first.
    func facts(for key: JoinKey, in network: Network) -> [FactHandle] {
        var result: [FactHandle] = []
        var entry = network.firstEntry(in: id, key: key)
        while entry != 0 {
            result.append(network.alphaEntries[entry].fact)
            entry = network.alphaEntries[entry].next
        }
        return result
    }
}
