/// `not` and `exists`: one holder token per partial match, counting the facts that
/// match below it. A `not` holder passes on while the count is zero, an `exists`
/// holder while it is not.
final class NegationNode: AlphaInputNode {
    let passesWhenMatched: Bool

    init(
        network: Network, rule: CompiledRule, level: Int, next: BetaNode, memory: AlphaMemory,
        keySlots: [Int], leftKey: [Accessor], tests: [ExpressionTree<Accessor>], exists: Bool
    ) {
        passesWhenMatched = exists
        super.init(
            network: network, rule: rule, level: level, next: next, memory: memory, keySlots: keySlots,
            leftKey: leftKey, tests: tests, role: .holder)
    }

    override func leftActivate(_ parent: TokenHandle, _ network: Network) {
        let holder = network.makeToken(parent: parent, fact: 0)
        let key = key(below: parent, network)
        network.insert(holder, into: tokenIndex, key: key)
        var count: Int32 = 0
        var entry = network.firstEntry(in: alphaIndex, key: key)
        while entry != 0 {
            if matches(network.alphaEntries[entry].fact, below: parent, network) { count += 1 }
            entry = network.alphaEntries[entry].next
        }
        network.tokens[holder].matchCount = count
        if (count > 0) == passesWhenMatched { next.leftActivate(holder, network) }
    }

    override func rightActivate(_ fact: FactHandle, _ network: Network) {
        var holder = network.firstToken(in: tokenIndex, key: index.key(of: fact, in: network))
        while holder != 0 {
            let following = network.tokens[holder].nextInHolder
            if matches(fact, below: network.tokens[holder].parent, network) {
                network.tokens[holder].matchCount += 1
                if network.tokens[holder].matchCount == 1 {
                    if passesWhenMatched { next.leftActivate(holder, network) } else { network.withdraw(holder) }
                }
            }
            holder = following
        }
    }

    override func rightRetract(_ fact: FactHandle, _ network: Network) {
        var holder = network.firstToken(in: tokenIndex, key: index.key(of: fact, in: network))
        while holder != 0 {
            let following = network.tokens[holder].nextInHolder
            if matches(fact, below: network.tokens[holder].parent, network) {
                network.tokens[holder].matchCount -= 1
                if network.tokens[holder].matchCount == 0 {
                    if passesWhenMatched { network.withdraw(holder) } else { next.leftActivate(holder, network) }
                }
            }
            holder = following
        }
    }
}
