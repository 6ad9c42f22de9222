/// A positive condition: extends each partial match with each fact that matches it.
final class JoinNode: AlphaInputNode {
    override func leftActivate(_ parent: TokenHandle, _ network: Network) {
        let key = key(below: parent, network)
        network.insert(parent, into: tokenIndex, key: key)
        var entry = network.firstEntry(in: alphaIndex, key: key)
        while entry != 0 {
            let fact = network.alphaEntries[entry].fact
            entry = network.alphaEntries[entry].next
            if matches(fact, below: parent, network) {
                next.leftActivate(network.makeToken(parent: parent, fact: fact), network)
            }
        }
    }

    override func rightActivate(_ fact: FactHandle, _ network: Network) {
        var parent = network.firstToken(in: tokenIndex, key: index.key(of: fact, in: network))
        while parent != 0 {
            let following = network.tokens[parent].nextInLeft
            if matches(fact, below: parent, network) {
                next.leftActivate(network.makeToken(parent: parent, fact: fact), network)
            }
            parent = following
        }
    }
}
