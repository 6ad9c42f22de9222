/// Activations, their complete matches, and the support they give logical facts and results.
extension Network {
    func nextActivationSequence() -> Int {
        activationCounter += 1
        return activationCounter
    }

    func removeActivation(_ activation: Int32) {
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
}
