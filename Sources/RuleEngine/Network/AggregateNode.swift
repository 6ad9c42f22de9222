import ExactDecimal

/// The members and value of one aggregation group.
final class AggregateState {
    // Unchecked exclusivity: updated for every fact of a group, and no access here overlaps another.
    /// Matching facts in id order, with what each contributes (absent when skipped).
    @exclusivity(unchecked) private(set) var members: [(fact: FactHandle, contribution: Value)] = []
    /// The value, or nil when it has none (min or max of nothing, or an error).
    @exclusivity(unchecked) private(set) var value: Value?
    /// The value's atom (0 while it has none).
    @exclusivity(unchecked) private(set) var atom: Atom = 0
    /// Holder tokens sharing this state (see `AggregateNode.sharesGroups`).
    @exclusivity(unchecked) var holders = 1

    func insert(_ fact: FactHandle, contribution: Value) {
        var low = 0, high = members.count
        while low < high {
            let mid = (low + high) / 2
            if members[mid].fact > fact { high = mid } else { low = mid + 1 }
        }
        members.insert((fact, contribution), at: low)
    }

    /// Removes the fact; false when it was not a member.
    func remove(_ fact: FactHandle) -> Bool {
        guard let position = members.firstIndex(where: { $0.fact == fact }) else { return false }
        members.remove(at: position)
        return true
    }

    func recompute(_ function: AggregateFunction, values: ValueTable) throws(EvaluationError) {
        value = nil  // stays undefined if the computation fails
        atom = 0
        let result: Value?
        do {
            switch function {
            case .count: result = .number(Number(members.count))
            case .sum: result = try Function.sum([.list(present)])
            case .min: result = try extreme(.min)
            case .max: result = try extreme(.max)
            case .collect: result = .list(members.map(\.contribution))
            }
        } catch let error as EvaluationError {
            throw error
        } catch {
            throw EvaluationError("\(error)")
        }
        value = result
        atom = result.map(values.atom(for:)) ?? 0
    }

    private var present: [Value] { members.map(\.contribution).filter { $0 != .absent } }

    /// The least or greatest contribution; none of nothing.
    private func extreme(_ function: Function) throws -> Value? {
        let present = present
        return present.isEmpty ? nil : try function([.list(present)])
    }
}

/// An aggregation: one holder per partial match, carrying the value computed over
/// the facts that match below it. When a member comes or goes the value is
/// recomputed and, if it changed, the matches below are rebuilt.
///
/// When what a fact contributes and whether it matches depend on the join key alone
/// (`count of table-weight(total: ?mine)`), holders with the same key share one state:
/// a new member is added and the value recomputed once, not once per holder, and a new
/// holder joins the group without scanning its members.
final class AggregateNode: AlphaInputNode {
    let function: AggregateFunction
    /// What each member contributes, on the parent token and the member fact.
    let argument: ExpressionTree<Accessor>?
    /// Tests folded in from later `test` conditions, on the holder.
    let outputTests: [ExpressionTree<Accessor>]
    /// Whether the members depend on the join key alone (the tests and the argument
    /// read nothing of the parent token).
    let sharesGroups: Bool
    /// The shared state of each key, with its slot in `Network.aggregates`.
    private var groups: [JoinKey: (slot: Int32, state: AggregateState)] = [:]

    init(
        network: Network, rule: CompiledRule, level: Int, next: BetaNode, memory: AlphaMemory,
        keySlots: [Int], leftKey: [Accessor], tests: [ExpressionTree<Accessor>],
        function: AggregateFunction, argument: ExpressionTree<Accessor>?, outputTests: [ExpressionTree<Accessor>]
    ) {
        self.function = function
        self.argument = argument
        self.outputTests = outputTests
        let read = tests.flatMap(\.leaves) + (argument?.leaves ?? [])
        sharesGroups = !read.contains { accessor in
            switch accessor {
            case .ownSlot, .ownFact: false
            case .slot, .fact, .aggregate: true
            }
        }
        super.init(
            network: network, rule: rule, level: level, next: next, memory: memory, keySlots: keySlots,
            leftKey: leftKey, tests: tests, role: .holder)
    }

    override func leftActivate(_ parent: TokenHandle, _ network: Network) {
        let holder = network.makeToken(parent: parent, fact: 0)
        let key = key(below: parent, network)
        network.insert(holder, into: tokenIndex, key: key)
        if sharesGroups, let group = groups[key], network.aggregates[Int(group.slot)] === group.state {
            group.state.holders += 1
            network.tokens[holder].aggregate = group.slot
            passOn(holder, group.state, network)
            return
        }
        let slot = network.makeAggregate()
        network.tokens[holder].aggregate = slot
        guard let state = network.aggregates[Int(slot)] else { return }
        if sharesGroups { groups[key] = (slot, state) }
        for fact in index.facts(for: key, in: network) where matches(fact, below: parent, network) {
            state.insert(fact, contribution: contribution(of: fact, below: parent, network))
        }
        recompute(state, network)
        passOn(holder, state, network)
    }

    override func rightActivate(_ fact: FactHandle, _ network: Network) {
        let first = network.firstToken(in: tokenIndex, key: index.key(of: fact, in: network))
        if sharesGroups {
            guard first != 0, let state = network.aggregates[Int(network.tokens[first].aggregate)] else { return }
            let parent = network.tokens[first].parent
            guard matches(fact, below: parent, network) else { return }
            let before = state.value
            state.insert(fact, contribution: contribution(of: fact, below: parent, network))
            update(holdersFrom: first, state, from: before, network)
            return
        }
        var holder = first
        while holder != 0 {
            let following = network.tokens[holder].nextInHolder
            let parent = network.tokens[holder].parent
            if matches(fact, below: parent, network),
                let state = network.aggregates[Int(network.tokens[holder].aggregate)]
            {
                let before = state.value
                state.insert(fact, contribution: contribution(of: fact, below: parent, network))
                update(holder, state, from: before, network)
            }
            holder = following
        }
    }

    override func rightRetract(_ fact: FactHandle, _ network: Network) {
        let first = network.firstToken(in: tokenIndex, key: index.key(of: fact, in: network))
        if sharesGroups {
            guard first != 0, let state = network.aggregates[Int(network.tokens[first].aggregate)] else { return }
            let before = state.value
            if state.remove(fact) { update(holdersFrom: first, state, from: before, network) }
            return
        }
        var holder = first
        while holder != 0 {
            let following = network.tokens[holder].nextInHolder
            if let state = network.aggregates[Int(network.tokens[holder].aggregate)] {
                let before = state.value
                if state.remove(fact) { update(holder, state, from: before, network) }
            }
            holder = following
        }
    }

    private func update(_ holder: TokenHandle, _ state: AggregateState, from before: Value?, _ network: Network) {
        recompute(state, network)
        guard state.value != before else { return }
        network.withdraw(holder)
        passOn(holder, state, network)
    }

    /// A shared state changed: recomputed once, then every holder of the key rebuilt.
    private func update(holdersFrom first: TokenHandle, _ state: AggregateState, from before: Value?, _ network: Network) {
        recompute(state, network)
        guard state.value != before else { return }
        var holder = first
        while holder != 0 {
            let following = network.tokens[holder].nextInHolder
            network.withdraw(holder)
            passOn(holder, state, network)
            holder = following
        }
    }

    private func passOn(_ holder: TokenHandle, _ state: AggregateState, _ network: Network) {
        guard state.value != nil, network.passes(outputTests, base: holder, own: 0, rule: ruleOrder) else { return }
        next.leftActivate(holder, network)
    }

    private func recompute(_ state: AggregateState, _ network: Network) {
        do {
            try state.recompute(function, values: network.values)
        } catch {
            network.reportEvaluationError(error, rule: rule)
        }
    }

    private func contribution(of fact: FactHandle, below parent: TokenHandle, _ network: Network) -> Value {
        guard let argument else { return .absent }
        do {
            return try argument.evaluate { network.value(of: $0, base: parent, own: fact) }
        } catch let error as EvaluationError {
            network.reportEvaluationError(error, rule: rule)
            return .absent
        } catch {
            return .absent
        }
    }
}
