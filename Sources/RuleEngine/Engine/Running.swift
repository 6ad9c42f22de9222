import ExactDecimal

/// The recognise-act cycle: fire the agenda's first activation, perform its actions, record
/// why it fired, until the agenda is empty, a rule halts or a limit is reached.
extension Engine {
    public struct RunSummary: Hashable, Sendable {
        /// Firings in this run.
        public let firings: Int
        /// True when a rule halted the run; false when the agenda ran empty.
        public let halted: Bool

        public init(firings: Int, halted: Bool) {
            self.firings = firings
            self.halted = halted
        }
    }

    /// Fires activations until none is left or a rule halts. Throws when a limit of
    /// `limits` is passed: firings with work still waiting (naming the rule that fired
    /// most), derived facts (naming the rule that derived most), or memory.
    @discardableResult
    public func run() throws(EngineError) -> RunSummary {
        halted = false
        var fired = 0
        var perRule: [Int32: (count: Int, last: Int)] = [:]
        while !halted, case let activation = network.agenda.next, activation != 0 {
            let rule = network.agenda.activations[activation].rule
            if fired >= limits.firings {
                let busiest = perRule.max { a, b in (a.value.count, a.value.last) < (b.value.count, b.value.last) }
                let name = network.rules[Int(busiest?.key ?? rule)].name
                throw .firingLimitReached(limit: limits.firings, rule: name, firings: busiest?.value.count ?? 0)
            }
            network.agenda.remove(activation)
            fire(activation)
            fired += 1
            perRule[rule, default: (0, 0)].count += 1
            perRule[rule]?.last = fired
            if derivedFacts > limits.derivedFacts {
                throw .limitExceeded(.derivedFacts, limit: limits.derivedFacts, rule: mostDeriving)
            }
            // The estimate sums a dozen counts: cheap, but not needed at every firing.
            if fired % 256 == 0, estimatedMemory > limits.memory {
                throw .limitExceeded(.memory, limit: limits.memory, rule: nil)
            }
        }
        return RunSummary(firings: fired, halted: halted)
    }

    /// The rule whose firings asserted or modified the most facts.
    var mostDeriving: String? {
        var derived: [String: Int] = [:]
        for firing in firings { derived[firing.rule, default: 0] += firing.asserted.count + firing.modified.count }
        return derived.max { a, b in (a.value, b.key) < (b.value, a.key) }?.key
    }

    func fire(_ activation: Int32) {
        network.agenda.activations[activation].fired = true
        let rule = network.rules[Int(network.agenda.activations[activation].rule)]
        let token = network.agenda.activations[activation].token
        // Actions read the match's bindings as they were when it fired, even after an
        // earlier action retracted one of its facts.
        let frame = ActionFrame(
            bindings: rule.actionBindings(of: token), facts: rule.matchedFacts(of: token))
        let sequence = firings.count + 1
        let firing = justification(of: token, rule: rule, sequence: sequence)
        recordBytes += firing.estimatedBytes
        firings.append(firing)
        currentFiring = sequence
        defer { currentFiring = nil }
        for action in rule.actions {
            do {
                try perform(action, frame: frame, activation: activation, rule: rule, firing: sequence)
            } catch {
                network.reportEvaluationError(error, rule: rule)
            }
            if halted { break }
        }
        network.retractUnsupported()
    }

    private func perform(
        _ action: CompiledAction, frame: ActionFrame, activation: Int32, rule: CompiledRule, firing sequence: Int
    ) throws(EvaluationError) {
        switch action {
        case .assert(let template, let assignments, let logical):
            var values = template.template.slots.map(\.defaultValue)
            for (slot, expression) in assignments { values[slot] = try frame.evaluate(expression) }
            try checkAssignment(values, of: template)
            if logical, !network.isLiveActivation(activation) {
                throw EvaluationError("a logical assertion after its match was undone is ignored")
            }
            let fact = assertValues(template, values, provenance: nil, supporter: logical ? activation : 0)
            firings[sequence - 1].asserted.append(FactID(Int(fact)))
            derivedFacts += 1
        case .retract(let variable):
            guard let fact = frame.facts[variable], network.isLive(fact) else { return }  // already gone
            network.retract(fact)
            firings[sequence - 1].retracted.append(FactID(Int(fact)))
        case .modify(let variable, let assignments):
            guard let fact = frame.facts[variable], network.isLive(fact) else {
                throw EvaluationError("modify of a fact that was already retracted")
            }
            let template = network.template(of: fact)
            var values = network.values(of: fact)
            for (slot, expression) in assignments { values[slot] = try frame.evaluate(expression) }
            try checkAssignment(values, of: template)
            modifyValues(fact, values)
            firings[sequence - 1].modified.append(FactID(Int(fact)))
            derivedFacts += 1
        case .emit(let name, let arguments):
            var bound: [Binding] = []
            for (argument, expression) in arguments {
                bound.append(Binding(name: argument, value: try frame.evaluate(expression)))
            }
            let result = EmittedResult(id: results.count + 1, name: name, arguments: bound, rule: rule.name, firing: sequence)
            results.append(result)
            if network.isLiveActivation(activation) { network.support(result: result.id, by: activation) }
            firings[sequence - 1].results.append(result.id)
            onEmit?(result)
        case .halt:
            halted = true
        }
    }

    func checkAssignment(_ values: [Value], of info: TemplateInfo) throws(EvaluationError) {
        for (slot, value) in zip(info.template.slots, values) where !slot.type.accepts(value) {
            throw EvaluationError(
                "slot '\(slot.name)' of '\(info.name)' holds \(slot.type.rawValue), not \(Operators.typeName(value)) \(value.literal)")
        }
    }

    /// The record of what a match rested on, built as it fires.
    func justification(of token: TokenHandle, rule: CompiledRule, sequence: Int) -> Firing {
        let bindings = rule.bindings(of: token)
        func values(_ names: [String]) -> [Binding] {
            var seen = Set<String>()
            return names.compactMap { name in
                guard seen.insert(name).inserted else { return nil }
                return bindings.first { $0.name == name }
            }
        }
        var matches: [ConditionMatch] = []
        for (condition, node) in zip(rule.rule.conditions, rule.conditionNodes) {
            let holder = node.map { rule.token(at: $0, in: token) } ?? 0
            switch condition {
            case .pattern(let pattern):
                matches.append(.fact(pattern, network.snapshot(network.tokens[holder].fact)))
            case .not(let pattern):
                matches.append(.absent(pattern, bindings: values(pattern.referencedVariables)))
            case .exists(let pattern):
                let witnesses = (node as? AlphaInputNode)?.matchingFacts(below: network.tokens[holder].parent, network) ?? []
                matches.append(.exists(pattern, witnesses: witnesses.map(network.snapshot)))
            case .aggregate(let aggregation):
                let state = network.aggregates[Int(network.tokens[holder].aggregate)]
                matches.append(
                    .aggregate(
                        aggregation, value: state?.value ?? .absent,
                        members: state?.members.map { network.snapshot($0.fact) } ?? []))
            case .test(let expression):
                matches.append(.test(expression, bindings: values(expression.variables)))
            }
        }
        return Firing(sequence: sequence, rule: rule.name, matches: matches, bindings: bindings)
    }
}

/// Bindings of a firing, fixed before its actions run.
private struct ActionFrame {
    let bindings: [Accessor: Value]
    let facts: [String: FactHandle]

    func evaluate(_ expression: ExpressionTree<Accessor>) throws(EvaluationError) -> Value {
        do {
            return try expression.evaluate { bindings[$0] ?? .absent }
        } catch let error as EvaluationError {
            throw error
        } catch {
            throw EvaluationError("\(error)")
        }
    }
}
