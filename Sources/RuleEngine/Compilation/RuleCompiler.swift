/// Turns a `Rule` into a chain of network nodes.
///
/// Each condition's tests are sorted by what they read:
/// - only the fact itself (constants, its own slots): alpha tests, shared by every
///   rule that needs them;
/// - one of its slots equal to a variable bound earlier: a join key, hashed on both
///   sides;
/// - anything else: a residual test, run on each keyed candidate.
/// A `test` condition is folded into the node that binds the last variable it reads
/// (or checked once, if it reads none).
struct RuleCompiler {
    let network: Network
    let rule: Rule

    /// Top-level variables and where they live.
    private var scope: [String: VariableLocation] = [:]
    private var bindingOrder: [String] = []
    /// The template of each fact variable, for `modify`.
    private var factTemplates: [String: TemplateInfo] = [:]

    init(network: Network, rule: Rule) {
        self.network = network
        self.rule = rule
    }

    mutating func compile(order: Int) throws(EngineError) -> CompiledRule {
        let compiled = CompiledRule(rule: rule, order: order, network: network)
        var plans: [NodePlan] = []
        var folded: [Int: [(RuleExpression, Int)]] = [:]

        for (index, condition) in rule.conditions.enumerated() {
            try plan(condition, index: index, plans: &plans, folded: &folded)
        }

        // Build back to front: each node holds its successor.
        let terminal = TerminalNode(rule: compiled, level: plans.count + 1)
        compiled.terminal = terminal
        var successor: BetaNode = terminal
        var nodes: [BetaNode] = []
        for (offset, plan) in plans.enumerated().reversed() {
            let level = offset + 1
            successor = try build(plan, level: level, next: successor, rule: compiled, folded: folded[level] ?? [])
            nodes.append(successor)
        }
        compiled.nodes = nodes.reversed()
        compiled.constantTests = try (folded[0] ?? []).map { (expression, index) throws(EngineError) in
            try resolveTopLevel(expression, base: 0, ownLevel: nil, condition: index)
        }
        var nodeIterator = compiled.nodes.makeIterator()
        compiled.conditionNodes = rule.conditions.map { condition in
            if case .test = condition { return nil }
            return nodeIterator.next()
        }
        compiled.variables = bindingOrder.compactMap { name in scope[name].map { (name, $0) } }
        compiled.actions = try rule.actions.map { (action) throws(EngineError) in
            try compile(action, finalLevel: plans.count)
        }
        return compiled
    }

    /// Plans one condition: a node for a pattern, `not`, `exists` or aggregate (binding its
    /// variables), or a test folded into the node at the level its variables are bound.
    private mutating func plan(
        _ condition: Condition, index: Int, plans: inout [NodePlan], folded: inout [Int: [(RuleExpression, Int)]]
    ) throws(EngineError) {
        let level = plans.count + 1
        switch condition {
        case .pattern(let pattern):
            let analysis = try analyze(pattern, level: level, condition: index)
            plans.append(NodePlan(condition: condition, analysis: analysis))
            for (name, location) in analysis.bindings where scope[name] == nil {
                bind(name, location)
                if location.kind == .fact { factTemplates[name] = analysis.template }
            }
        case .not(let pattern), .exists(let pattern):
            plans.append(NodePlan(condition: condition, analysis: try analyze(pattern, level: level, condition: index)))
        case .aggregate(let aggregation):
            let analysis = try analyze(aggregation.pattern, level: level, condition: index)
            var plan = NodePlan(condition: condition, analysis: analysis)
            if let argument = aggregation.function.argument {
                plan.argument = try resolve(argument, in: analysis, level: level, condition: index)
            }
            plans.append(plan)
            guard scope[aggregation.resultVariable] == nil else {
                throw .variableRebound(rule: rule.name, variable: aggregation.resultVariable, condition: index)
            }
            bind(aggregation.resultVariable, VariableLocation(level: level, kind: .aggregate))
        case .test(let expression):
            for term in expression.leaves {
                switch term {
                case .slot(let slot):
                    throw .slotOutsidePattern(rule: rule.name, slot: slot, condition: index)
                case .variable(let name) where scope[name] == nil:
                    throw .unboundVariable(rule: rule.name, variable: name, condition: index)
                case .variable:
                    break
                }
            }
            let target = expression.variables.compactMap { scope[$0]?.level }.max() ?? 0
            folded[target, default: []].append((expression, index))
        }
    }

    private mutating func bind(_ name: String, _ location: VariableLocation) {
        scope[name] = location
        bindingOrder.append(name)
    }

    // MARK: Conditions

    private struct NodePlan {
        let condition: Condition
        let analysis: PatternAnalysis
        var argument: ExpressionTree<Accessor>? = nil
    }

    /// What a pattern needs from the network.
    private struct PatternAnalysis {
        let template: TemplateInfo
        var alphaTests: [AlphaTest] = []
        var keySlots: [Int] = []
        var leftKey: [Accessor] = []
        var residual: [ExpressionTree<Accessor>] = []
        /// Variables first bound by this pattern, read from its own fact.
        var local: [String: VariableLocation] = [:]
        var bindings: [(String, VariableLocation)] = []

        /// A hashed equality, or a plain test once the key is full.
        mutating func addKey(slot: Int, outer: Accessor) {
            if keySlots.count < JoinKey.maximumCount {
                keySlots.append(slot)
                leftKey.append(outer)
            } else {
                residual.append(.binary(.equal, .leaf(.ownSlot(slot)), .leaf(outer)))
            }
        }
    }

    private func analyze(_ pattern: Pattern, level: Int, condition: Int) throws(EngineError) -> PatternAnalysis {
        guard let template = network.templates[pattern.template] else {
            throw .unknownTemplate(
                pattern.template, rule: rule.name, condition: condition, known: network.templates.keys.sorted())
        }
        var analysis = PatternAnalysis(template: template)
        func bindLocal(_ name: String, _ kind: VariableLocation.Kind) {
            let location = VariableLocation(level: level, kind: kind)
            analysis.local[name] = location
            analysis.bindings.append((name, location))
        }
        if let factVariable = pattern.factVariable {
            if let outer = scope[factVariable] {
                analysis.residual.append(.binary(.equal, .leaf(.ownFact), .leaf(outer.accessor(fromBase: level - 1))))
            } else {
                bindLocal(factVariable, .fact)
            }
        }
        for constraint in pattern.slots {
            guard let slot = template.slotIndex[constraint.slot] else {
                throw .unknownSlot(constraint.slot, template: template.template, rule: rule.name, condition: condition)
            }
            switch constraint.match {
            case .value(let value):
                let type = template.template.slots[slot].type
                guard type.accepts(value) else {
                    throw .typeMismatch(
                        slot: constraint.slot, template: template.name, expected: type, value: value, rule: rule.name)
                }
                analysis.alphaTests.append(.slotEquals(slot, network.values.atom(for: value)))
            case .variable(let name):
                if let outer = scope[name] {
                    analysis.addKey(slot: slot, outer: outer.accessor(fromBase: level - 1))
                } else if let local = analysis.local[name] {
                    let own = local.accessor(fromBase: level - 1, ownLevel: level)
                    analysis.alphaTests.append(.expression(.binary(.equal, .leaf(.ownSlot(slot)), .leaf(own))))
                } else {
                    bindLocal(name, .slot(slot))
                }
            }
        }
        for test in pattern.tests {
            let compiled = try resolve(test, in: analysis, level: level, condition: condition)
            let readsOuter = compiled.leaves.contains { accessor in
                switch accessor {
                case .ownSlot, .ownFact: false
                default: true
                }
            }
            if !readsOuter {
                analysis.alphaTests.append(.expression(compiled))
            } else if case .binary(.equal, .leaf(let a), .leaf(let b)) = compiled, let (slot, outer) = Self.keyPair(a, b) {
                analysis.addKey(slot: slot, outer: outer)
            } else {
                analysis.residual.append(compiled)
            }
        }
        return analysis
    }

    /// `own slot == earlier value`, in either order.
    private static func keyPair(_ a: Accessor, _ b: Accessor) -> (Int, Accessor)? {
        switch (a, b) {
        case (.ownSlot(let slot), .slot), (.ownSlot(let slot), .fact), (.ownSlot(let slot), .aggregate):
            return (slot, b)
        case (.slot, .ownSlot(let slot)), (.fact, .ownSlot(let slot)), (.aggregate, .ownSlot(let slot)):
            return (slot, a)
        default:
            return nil
        }
    }

    /// Resolves names inside a pattern of `level`: slots and the pattern's own
    /// variables read the candidate fact, earlier variables the parent token.
    private func resolve(
        _ expression: RuleExpression, in analysis: PatternAnalysis, level: Int, condition: Int
    ) throws(EngineError) -> ExpressionTree<Accessor> {
        try expression.mapLeaves { (term) throws(EngineError) -> ExpressionTree<Accessor> in
            switch term {
            case .slot(let name):
                guard let slot = analysis.template.slotIndex[name] else {
                    throw .unknownSlot(name, template: analysis.template.template, rule: rule.name, condition: condition)
                }
                return .leaf(.ownSlot(slot))
            case .variable(let name):
                if let location = analysis.local[name] {
                    return .leaf(location.accessor(fromBase: level - 1, ownLevel: level))
                }
                if let location = scope[name] { return .leaf(location.accessor(fromBase: level - 1)) }
                throw .unboundVariable(rule: rule.name, variable: name, condition: condition)
            }
        }
    }

    /// Resolves an expression over top-level variables only (tests, actions).
    private func resolveTopLevel(
        _ expression: RuleExpression, base: Int, ownLevel: Int?, condition: Int?
    ) throws(EngineError) -> ExpressionTree<Accessor> {
        try expression.mapLeaves { (term) throws(EngineError) -> ExpressionTree<Accessor> in
            guard case .variable(let name) = term, let location = scope[name] else {
                throw .unboundVariable(rule: rule.name, variable: term.description, condition: condition)
            }
            return .leaf(location.accessor(fromBase: base, ownLevel: ownLevel))
        }
    }

    private func build(
        _ plan: NodePlan, level: Int, next: BetaNode, rule compiled: CompiledRule, folded: [(RuleExpression, Int)]
    ) throws(EngineError) -> BetaNode {
        let analysis = plan.analysis
        let memory = alphaMemory(for: analysis.template, tests: analysis.alphaTests)
        switch plan.condition {
        case .pattern:
            // Folded tests run with the join's own tests: on the parent and the fact.
            let extra = try folded.map { (expression, index) throws(EngineError) in
                try resolveTopLevel(expression, base: level - 1, ownLevel: level, condition: index)
            }
            return JoinNode(
                network: network, rule: compiled, level: level, next: next, memory: memory,
                keySlots: analysis.keySlots, leftKey: analysis.leftKey, tests: analysis.residual + extra, role: .left)
        case .not, .exists:
            var exists = false
            if case .exists = plan.condition { exists = true }
            return NegationNode(
                network: network, rule: compiled, level: level, next: next, memory: memory,
                keySlots: analysis.keySlots, leftKey: analysis.leftKey, tests: analysis.residual, exists: exists)
        case .aggregate(let aggregation):
            // Folded tests run on the holder, once its value is known.
            let extra = try folded.map { (expression, index) throws(EngineError) in
                try resolveTopLevel(expression, base: level, ownLevel: nil, condition: index)
            }
            return AggregateNode(
                network: network, rule: compiled, level: level, next: next, memory: memory,
                keySlots: analysis.keySlots, leftKey: analysis.leftKey, tests: analysis.residual,
                function: aggregation.function, argument: plan.argument, outputTests: extra)
        case .test:
            preconditionFailure("test conditions are folded, never planned")
        }
    }

    /// The memory at the end of the alpha path for these tests, created and filled
    /// from the live facts if new.
    private func alphaMemory(for template: TemplateInfo, tests: [AlphaTest]) -> AlphaMemory {
        var node = template.root
        var seen = Set<AlphaTest>()
        let path = tests.sorted { $0.sortKey < $1.sortKey }.filter { seen.insert($0).inserted }
        for test in path {
            node = node.child(for: test)
            if !node.users.contains(rule.name) { node.users.append(rule.name) }
        }
        if let memory = node.memory { return memory }
        let memory = AlphaMemory(network: network)
        for fact in network.liveFacts
        where network.template(of: fact) === template && path.allSatisfy({ $0.passes(fact, in: network, users: [rule.name]) }) {
            memory.add(fact, in: network)
        }
        node.memory = memory
        return memory
    }

    // MARK: Actions

    private func compile(_ action: Action, finalLevel: Int) throws(EngineError) -> CompiledAction {
        func expression(_ e: RuleExpression) throws(EngineError) -> ExpressionTree<Accessor> {
            try resolveTopLevel(e, base: finalLevel, ownLevel: nil, condition: nil)
        }
        func assignments(_ list: [SlotAssignment], of template: TemplateInfo) throws(EngineError)
            -> [(slot: Int, value: ExpressionTree<Accessor>)]
        {
            try list.map { (assignment) throws(EngineError) -> (slot: Int, value: ExpressionTree<Accessor>) in
                guard let slot = template.slotIndex[assignment.slot] else {
                    throw .unknownSlot(assignment.slot, template: template.template, rule: rule.name, condition: nil)
                }
                return (slot, try expression(assignment.value))
            }
        }
        func factTemplate(_ name: String) throws(EngineError) -> TemplateInfo {
            guard let location = scope[name], location.kind == .fact, let template = factTemplates[name] else {
                throw .notAFactVariable(rule: rule.name, variable: name)
            }
            return template
        }
        switch action {
        case .assert(let name, let slots, let logical):
            guard let template = network.templates[name] else {
                throw .unknownTemplate(name, rule: rule.name, condition: nil, known: network.templates.keys.sorted())
            }
            return .assert(template, try assignments(slots, of: template), logical: logical)
        case .retract(let variable):
            _ = try factTemplate(variable)
            return .retract(variable)
        case .modify(let variable, let slots):
            return .modify(variable, try assignments(slots, of: try factTemplate(variable)))
        case .emit(let name, let arguments):
            return .emit(
                name,
                try arguments.map { (argument) throws(EngineError) -> (name: String, value: ExpressionTree<Accessor>) in
                    (argument.slot, try expression(argument.value))
                })
        case .halt:
            return .halt
        }
    }
}
