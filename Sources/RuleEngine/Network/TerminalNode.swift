/// The end of a rule's chain: every token that reaches it is a complete match and
/// becomes an activation on the agenda. The rule's matches are kept in a list in the
/// network (`ruleMatches`), oldest first.
final class TerminalNode: BetaNode {
    override func leftActivate(_ token: TokenHandle, _ network: Network) {
        let tail = network.ruleMatches[Int32(ruleOrder) + 1].tail
        let activation = network.agenda.activations.allocate(
            ActivationRecord(
                token: token, rule: Int32(ruleOrder), sequence: network.nextActivationSequence(),
                previousInRule: tail))
        if tail != 0 {
            network.agenda.activations[tail].nextInRule = activation
        } else {
            network.ruleMatches[Int32(ruleOrder) + 1].head = activation
        }
        network.ruleMatches[Int32(ruleOrder) + 1].tail = activation
        network.tokens[token].activation = activation
        network.agenda.add(activation, salience: rule.salience)
    }
}

/// The first and last complete match of a rule.
struct MatchList {
    var head: Int32 = 0
    var tail: Int32 = 0
}
