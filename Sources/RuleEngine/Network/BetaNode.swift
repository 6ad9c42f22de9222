/// A node of a rule's chain. Node `level` receives tokens of level `level - 1` and
/// hands tokens of level `level` to the next node.
///
/// The network is passed to every activation rather than stored: a borrowed
/// argument costs nothing, a stored reference is retained on every use.
class BetaNode {
    unowned(unsafe) let rule: CompiledRule
    /// The rule's position in `Network.rules`: what the hot paths carry instead of
    /// the rule itself.
    let ruleOrder: Int
    let level: Int

    init(rule: CompiledRule, level: Int) {
        self.rule = rule
        ruleOrder = rule.order
        self.level = level
    }

    /// A partial match of level `level - 1` arrived.
    func leftActivate(_ token: TokenHandle, _ network: Network) {
        preconditionFailure("abstract")
    }
}

/// A node that also listens to an alpha memory: joins, negations, aggregations.
class AlphaInputNode: BetaNode {
    let next: BetaNode
    let memory: AlphaMemory
    /// Facts bucketed by the slots the equality tests compare.
    let index: AlphaIndex
    let alphaIndex: Int32
    /// The left-hand sides of those equality tests, read from the parent token.
    let leftKey: FixedArray<Accessor>
    /// The remaining tests, on the parent token and the candidate fact.
    let tests: NodeTests
    /// This node's token index in `network.tokenIndexes`.
    let tokenIndex: Int32

    init(
        network: Network, rule: CompiledRule, level: Int, next: BetaNode, memory: AlphaMemory,
        keySlots: [Int], leftKey: [Accessor], tests: [ExpressionTree<Accessor>], role: TokenRole
    ) {
        self.next = next
        self.memory = memory
        index = memory.index(on: keySlots, in: network)
        alphaIndex = index.id
        self.leftKey = FixedArray(leftKey)
        self.tests = NodeTests(tests, network: network)
        tokenIndex = network.makeTokenIndex(role)
        super.init(rule: rule, level: level)
    }

    deinit {
        leftKey.deallocate()
        tests.deallocate()
    }

    @inline(__always)
    final func key(below parent: TokenHandle, _ network: Network) -> JoinKey {
        let accessors = leftKey
        return JoinKey(count: accessors.count) { network.atom(of: accessors[$0], base: parent, own: 0) }
    }

    /// Whether a fact with the right key matches below a parent token.
    @inline(__always)
    final func matches(_ fact: FactHandle, below parent: TokenHandle, _ network: Network) -> Bool {
        tests.pass(base: parent, own: fact, network: network, rule: ruleOrder)
    }

    /// Facts that match below a parent token, oldest first (for explanations).
    final func matchingFacts(below parent: TokenHandle, _ network: Network) -> [FactHandle] {
        index.facts(for: key(below: parent, network), in: network)
            .filter { matches($0, below: parent, network) }.sorted()
    }

    /// A fact entered the memory.
    func rightActivate(_ fact: FactHandle, _ network: Network) {
        preconditionFailure("abstract")
    }

    /// A fact left the memory (tokens built on it are already gone).
    func rightRetract(_ fact: FactHandle, _ network: Network) {}
}
