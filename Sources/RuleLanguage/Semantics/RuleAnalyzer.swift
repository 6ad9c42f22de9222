import Diagnostics
import RuleEngine

/// Checks one rule against the knowledge base's templates and parameters and
/// compiles it to an engine rule. Reports every problem it finds, not only the first.
struct RuleAnalyzer {
    let symbols: Symbols
    let declaration: RuleDeclaration
    /// The source text of a range, for the rule's condition texts.
    let sourceText: (SourceRange) -> String
    private(set) var diagnostics: [Diagnostic] = []
    /// Every variable the rule binds, with its uses.
    private(set) var records: [VariableRecord] = []
    private(set) var usedParameters: [String] = []

    private var scope: [String: Variable] = [:]
    private var bindingOrder: [String] = []
    private var lets: [String: (expression: RuleExpression, type: InferredType, variable: Variable)] = [:]
    private var letOrder: [String] = []
    private var factTemplates: [String: TemplateDefinition] = [:]

    /// The declared bases; resolving a rule's `basis:` may add diagnostics to it.
    private(set) var bases: BasisCompiler

    init(symbols: Symbols, declaration: RuleDeclaration, bases: BasisCompiler, sourceText: @escaping (SourceRange) -> String) {
        self.symbols = symbols
        self.declaration = declaration
        self.bases = bases
        self.sourceText = sourceText
    }

    private mutating func report(_ diagnostic: Diagnostic) {
        // After a line of the rule could not be read, a variable that line would have bound
        // is "not bound" everywhere after it: knock-on errors that only hide the first one.
        if declaration.hasSyntaxErrors, diagnostic.code == "KB023" { return }
        diagnostics.append(diagnostic)
    }

    // MARK: The rule

    mutating func analyze() -> RuleDefinition? {
        let id = declaration.id
        if id.value.wholeMatch(of: /[a-z][a-z0-9]*(-[a-z0-9]+)*/) == nil { report(.invalidRuleID(id)) }

        var conditions: [Condition] = []
        var texts: [Located<String>] = []
        var words = PlainWords(symbols: symbols)
        var plain: [String] = []
        var conditionSources: [Int] = []
        var factConditions: [String: Int] = [:]
        for (node, range) in zip(declaration.conditions, declaration.conditionRanges) {
            let factsBefore = Set(factTemplates.keys)
            if let condition = compile(node) {
                for name in factTemplates.keys where !factsBefore.contains(name) { factConditions[name] = conditions.count }
                conditions.append(condition)
                conditionSources.append(texts.count)
            }
            texts.append(Located(value: sourceText(range), range: range))
            plain.append(words.describe(node))
        }
        var actions: [Action] = []
        var isFinding = false
        for node in declaration.actions {
            if case .finding = node { isFinding = true }
            if let action = compile(node) { actions.append(action) }
        }
        if declaration.whenRange == nil { report(.missingBlock("when", rule: id)) }
        if declaration.thenRange == nil { report(.missingBlock("then", rule: id)) }

        let title = declaration.title.map { renderedTitle($0) }
        if title == nil { report(.missingField("title", rule: id, why: localized("每条规则都要有中文标题，如 权重合计不符", english: "every rule needs a Chinese title, e.g. 权重合计不符"))) }
        var severity: FindingSeverity?
        var needsReview = false
        if let field = declaration.kind {
            switch field.text {
            case "finding": break
            case "review": needsReview = true
            default: report(.invalidValue(localized("kind '\(field.text)' 不是 'finding' 或 'review'", english: "kind '\(field.text)' is not 'finding' or 'review'"), field.range))
            }
        }
        let message = declaration.message.map { MessageTemplate($0.text, range: $0.range) }
        let recommendation = declaration.recommendation.map { MessageTemplate($0.text, range: $0.range) }
        let explanation = declaration.explain.map { MessageTemplate($0.text, range: $0.range) }
        if isFinding {
            if let field = declaration.severity {
                severity = Self.severity(field.text)
                if severity == nil { report(.invalidSeverity(field)) }
            } else {
                report(.missingField("severity", rule: id, why: localized("给出问题的规则要说明其严重程度：high、medium 或 low", english: "a rule that reports a finding says how much it weighs: high, medium or low")))
            }
            if message == nil { report(.missingField("message", rule: id, why: localized("问题要有消息，用 {占位符} 写出发现的数值", english: "a finding needs a message, with the values found in {placeholders}"))) }
            if recommendation == nil { report(.missingField("recommendation", rule: id, why: localized("问题要说明如何整改", english: "a finding says what to do about it"))) }
        }
        for (template, field) in [(message, declaration.message), (recommendation, declaration.recommendation)] {
            if let template, let field { check(template, field: field) }
        }
        if let explanation, let field = declaration.explain { check(explanation, field: field, derivedSlots: derivedSlots(actions)) }
        let basis = declaration.basis.compactMap { bases.resolve($0) }
        diagnostics += bases.takeDiagnostics()
        let examples = declaration.examples.compactMap { compile($0) }

        // Findings carry every variable of the rule, and the values of `let` bindings.
        let findingArguments =
            bindingOrder.map { SlotAssignment($0, .variable($0)) }
            + lets.keys.sorted().compactMap { name in lets[name].map { SlotAssignment(name, $0.expression) } }
        actions = actions.flatMap { action -> [Action] in
            guard case .emit(name: KnowledgeBase.findingResult, arguments: []) = action else { return [action] }
            return [.emit(name: KnowledgeBase.findingResult, arguments: findingArguments)] + findingFact(rule: id.value, title: title)
        }
        let cited = declaration.cites.map { citedConditions($0, factConditions: factConditions) }
        let salience = declaration.salience?.value ?? (isFinding ? Self.findingSalience : 0)
        guard !diagnostics.hasErrors, !declaration.hasSyntaxErrors, let title else { return nil }
        return RuleDefinition(
            id: id.value, title: title, kind: isFinding ? .finding : .derivation, severity: severity,
            needsReview: needsReview, citedConditions: cited,
            basis: basis, message: message, recommendation: recommendation, explanation: explanation,
            lets: letOrder.compactMap { name in lets[name].map { LetDefinition(name: name, expression: $0.expression) } },
            salience: salience, conditionTexts: texts, plainConditions: plain,
            conditionSources: conditionSources,
            parameters: usedParameters,
            examples: examples,
            engineRule: Rule(id.value, salience: salience, when: conditions, then: actions),
            range: id.range)
    }

    /// Findings wait for the derivations they read, unless a rule says otherwise: a
    /// finding that counts tables fires once on the finished count, not again on every
    /// table as it is derived.
    static let findingSalience = -1

    /// A title may name a parameter (`结余率超过{$balance-rate-limit}`), so that it says
    /// what the threshold is without restating its value; it is filled in here, with its
    /// unit (10%, 90分).
    private mutating func renderedTitle(_ field: TextField) -> String {
        guard field.text.contains("{") else { return field.text }
        let template = MessageTemplate(field.text, range: field.range)
        var values: [String: Value] = [:]
        for (part, range) in placeholders(of: template, in: field) {
            switch part {
            case .text: continue
            case .variable(let name, _, _):
                report(.invalidValue(localized("标题只能引用参数（{$名称}），不能引用变量 '\(name)'：标题对每个问题都相同", english: "a title names parameters only ({$name}), not the variable '\(name)': the title is the same for every finding"), range))
            case .parameter(let name, _):
                if let parameter = parameter(name, at: range) { values[name] = .text(parameter.displayValue) }
            }
        }
        return template.render(variables: [:], parameters: values)
    }

    /// `cites: ?s ?t`: fact variables bound by the rule's conditions, in the order written.
    private mutating func citedConditions(_ field: TextField, factConditions: [String: Int]) -> [Int] {
        field.text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "，" }).compactMap { word in
            let name = String(word.dropFirst())
            guard word.hasPrefix("?"), let index = factConditions[name] else {
                let known = factConditions.keys.sorted().map { "?" + $0 }.joined(separator: " ")
                report(.invalidValue(localized(
                    "cites 中的 '\(word)' 不是规则的事实变量（?x: template(…)）；现有：\(known)",
                    english: "cites '\(word)' is not a fact variable of the rule (?x: template(…)); known: \(known)"), field.range))
                return nil
            }
            if let variable = scope[name] { records[variable.record].uses += 1 }
            return index
        }
    }

    /// A finding is also a fact (when the knowledge declares the template `finding`), held
    /// while the finding stands, so that a rule can ask whether a unit has any finding.
    private func findingFact(rule: String, title: String?) -> [Action] {
        guard let template = symbols.templates[KnowledgeBase.findingTemplate] else { return [] }
        let candidates: [(String, RuleExpression?)] = [
            ("rule", .constant(.text(rule))),
            ("title", .constant(.text(title ?? rule))),
            ("unit", scope["unit"] != nil || lets["unit"] != nil ? .variable("unit") : nil),
        ]
        let slots = candidates.compactMap { slot, value -> SlotAssignment? in
            guard let value, template.slot(slot) != nil else { return nil }
            return SlotAssignment(slot, value)
        }
        return [.assert(template: template.name, slots: slots, logical: true)]
    }

    static func severity(_ text: String) -> FindingSeverity? {
        switch text.lowercased() {
        case "high", "高", "h": .high
        case "medium", "中", "m": .medium
        case "low", "低", "l": .low
        default: nil
        }
    }

    /// The slots of the facts the rule derives, which an `explain:` sentence may name.
    private func derivedSlots(_ actions: [Action]) -> [String] {
        actions.flatMap { action -> [String] in
            if case .assert(let template, _, _) = action, template != KnowledgeBase.findingTemplate {
                return symbols.templates[template]?.slots.map(\.name) ?? []
            }
            return []
        }
    }

    /// Placeholders must name variables or parameters of the rule (or, in `explain:`,
    /// slots of the fact it derives).
    private mutating func check(_ template: MessageTemplate, field: TextField, derivedSlots: [String] = []) {
        for (part, range) in placeholders(of: template, in: field) {
            switch part {
            case .text: continue
            case .variable(let name, _, _):
                if let variable = scope[name] ?? lets[name]?.variable {
                    records[variable.record].uses += 1
                } else if !derivedSlots.contains(name) {
                    report(.unknownPlaceholder(name, range, known: bindingOrder + lets.keys.sorted() + derivedSlots))
                }
            case .parameter(let name, _):
                _ = parameter(name, at: range)
            }
        }
    }

    /// A template's placeholders, each with where it is written (the field's place when unknown).
    private func placeholders(of template: MessageTemplate, in field: TextField) -> [(MessageTemplate.Part, SourceRange)] {
        template.parts.filter { if case .text = $0 { false } else { true } }.enumerated().map { index, part in
            (part, index < template.placeholderRanges.count ? template.placeholderRanges[index] : field.range)
        }
    }

    /// The parameter a placeholder names, marked as used; reported when there is none.
    private mutating func parameter(_ name: String, at range: SourceRange) -> ParameterDefinition? {
        guard let parameter = symbols.parameters[name] else {
            report(.unknownParameter(name, range, known: symbols.parameterNames))
            return nil
        }
        useParameter(name)
        return parameter
    }

    // MARK: Conditions

    private mutating func compile(_ node: ConditionNode) -> Condition? {
        switch node {
        case .pattern(let pattern, let factVariable):
            let (compiled, local) = compile(pattern, factVariable: factVariable)
            // Bound even when the pattern has errors, so that later lines do not cascade.
            for (name, variable) in local.sorted(by: { $0.value.record < $1.value.record }) {
                scope[name] = variable
                bindingOrder.append(name)
                if variable.isFact, let template = symbols.templates[pattern.template.value] { factTemplates[name] = template }
            }
            return compiled.map { .pattern($0) }
        case .not(let pattern, _):
            return compile(pattern, factVariable: nil).0.map { .not($0) }
        case .exists(let pattern, _):
            return compile(pattern, factVariable: nil).0.map { .exists($0) }
        case .aggregate(let variable, let function, let argument, let pattern):
            let (compiled, local) = compile(pattern, factVariable: nil)
            guard let compiled else {
                _ = bind(variable, type: .unknown, isFact: false)
                return nil
            }
            var resultType = InferredType.number
            var aggregate: AggregateFunction = .count
            if let argument {
                guard let (expression, type) = compile(argument, local: local, template: symbols.templates[pattern.template.value]) else { return nil }
                switch function.value {
                case "sum":
                    if !type.isOrderable(with: .number) || type == .text {
                        report(.typeMismatch(localized("sum 只能累加数值，这里却是\(type)", english: "sum adds numbers, but this is \(type)"), argument.range))
                    }
                    aggregate = .sum(expression)
                case "min", "max":
                    resultType = type
                    aggregate = function.value == "min" ? .min(expression) : .max(expression)
                default:
                    resultType = .list
                    aggregate = .collect(expression)
                }
            }
            guard bind(variable, type: resultType, isFact: false) else { return nil }
            return .aggregate(Aggregation(variable.value, aggregate, of: compiled))
        case .binding(let variable, let value):
            guard let (expression, type) = compile(value, local: [:], template: nil) else { return nil }
            if let existing = scope[variable.value] ?? lets[variable.value]?.variable {
                report(.alreadyBound(variable, first: existing.range))
                return nil
            }
            records.append(VariableRecord(name: variable))
            lets[variable.value] = (expression, type, Variable(type: type, range: variable.range, record: records.count - 1, isFact: false))
            letOrder.append(variable.value)
            return nil
        case .test(let expression):
            guard let (compiled, type) = compile(expression, local: [:], template: nil) else { return nil }
            if type != .boolean, type != .unknown {
                report(.typeMismatch(localized("test 的结果应为真或假，这里却是\(type)", english: "a test must be true or false, but this is \(type)"), expression.range))
                return nil
            }
            return .test(compiled)
        }
    }

    /// Binds a top-level variable; false (with a diagnostic) when it is taken.
    private mutating func bind(_ name: Located<String>, type: InferredType, isFact: Bool) -> Bool {
        if let existing = scope[name.value] ?? lets[name.value]?.variable {
            report(.alreadyBound(name, first: existing.range))
            return false
        }
        records.append(VariableRecord(name: name))
        scope[name.value] = Variable(type: type, range: name.range, record: records.count - 1, isFact: isFact)
        bindingOrder.append(name.value)
        return true
    }

    /// A pattern (nil when it has errors) and the variables it binds first (its locals).
    private mutating func compile(_ node: PatternNode, factVariable: Located<String>?) -> (Pattern?, [String: Variable]) {
        guard let template = symbols.templates[node.template.value] else {
            report(.unknownTemplate(node.template, known: symbols.templateNames))
            // Its variables are still bound (of unknown type), so later lines do not cascade.
            var local: [String: Variable] = [:]
            let names = [factVariable].compactMap { $0 } + node.constraints.compactMap { constraint in
                if case .slot(_, .variable(let name, let range)) = constraint { return Located(value: name, range: range) }
                return nil
            }
            for name in names where scope[name.value] == nil && local[name.value] == nil {
                records.append(VariableRecord(name: name, uses: 1))
                local[name.value] = Variable(type: .unknown, range: name.range, record: records.count - 1, isFact: name == factVariable)
            }
            return (nil, local)
        }
        var local: [String: Variable] = [:]
        var slots: [SlotConstraint] = []
        var tests: [RuleExpression] = []
        var failed = false
        if let factVariable {
            if let existing = scope[factVariable.value] ?? lets[factVariable.value]?.variable {
                report(.alreadyBound(factVariable, first: existing.range))
                failed = true
            } else {
                records.append(VariableRecord(name: factVariable))
                local[factVariable.value] = Variable(
                    type: .reference(template.name), range: factVariable.range, record: records.count - 1, isFact: true)
            }
        }
        // Slot constraints first, so that tests may use what they bind, whatever the order.
        let ordered = node.constraints.filter { if case .slot = $0 { true } else { false } }
            + node.constraints.filter { if case .test = $0 { true } else { false } }
        for constraint in ordered {
            switch constraint {
            case .slot(let name, let value):
                guard let slot = template.slot(name.value) else {
                    report(.unknownSlot(name, template: template.name, known: template.slots.map(\.name)))
                    failed = true
                    continue
                }
                let slotType = InferredType(slot.type, template: slot.referenceTemplate)
                if case .variable(let variableName, let range) = value, lets[variableName] == nil {
                    if let existing = local[variableName] ?? scope[variableName] {
                        records[existing.record].uses += 1
                        if !slotType.canEqual(existing.type) {
                            report(.typeMismatch(localized("槽 '\(name.value)' 存放\(slotType)，而 ?\(variableName) 是\(existing.type)：两者永远不会相等", english: "slot '\(name.value)' holds \(slotType), but ?\(variableName) is \(existing.type): they are never equal"), range))
                            failed = true
                        }
                    } else {
                        records.append(VariableRecord(name: Located(value: variableName, range: range)))
                        local[variableName] = Variable(type: slotType, range: range, record: records.count - 1, isFact: false)
                    }
                    slots.append(.variable(name.value, variableName))
                    continue
                }
                guard let (expression, type) = compile(value, local: local, template: template) else {
                    failed = true
                    continue
                }
                guard slotType.canEqual(type) else {
                    report(.typeMismatch(localized("'\(template.name)' 的槽 '\(name.value)' 存放\(slotType)，这里却是\(type)", english: "slot '\(name.value)' of '\(template.name)' holds \(slotType), but this is \(type)"), value.range))
                    failed = true
                    continue
                }
                if case .constant(let constant) = expression {
                    slots.append(.value(name.value, constant))
                } else {
                    tests.append(.binary(.equal, .slot(name.value), expression))
                }
            case .test(let expression):
                guard let (compiled, type) = compile(expression, local: local, template: template) else {
                    failed = true
                    continue
                }
                if type != .boolean, type != .unknown {
                    report(.typeMismatch(localized("对事实的条件应为真或假，这里却是\(type)", english: "a condition on the fact must be true or false, but this is \(type)"), expression.range))
                    failed = true
                    continue
                }
                tests.append(compiled)
            }
        }
        guard !failed else { return (nil, local) }
        return (Pattern(template.name, slots, tests: tests, factVariable: factVariable?.value), local)
    }

    // MARK: Expressions

    private mutating func useParameter(_ name: String) {
        if !usedParameters.contains(name) { usedParameters.append(name) }
    }

    private var knownVariables: [String] { bindingOrder + lets.keys.sorted() }

    /// Compiles an expression; inside a pattern of `template`, bare names are its slots.
    private mutating func compile(_ node: ExpressionNode, local: [String: Variable], template: TemplateDefinition?)
        -> (RuleExpression, InferredType)?
    {
        switch node {
        case .literal(let value, _):
            return (.constant(value), InferredType(of: value))
        case .variable(let name, let range):
            if let variable = local[name] ?? scope[name] {
                records[variable.record].uses += 1
                return (.variable(name), variable.type)
            }
            if let binding = lets[name] {
                records[binding.variable.record].uses += 1
                return (binding.expression, binding.type)
            }
            report(.unboundVariable(name, range, known: knownVariables + local.keys.sorted()))
            return nil
        case .parameter(let name, let range):
            guard let parameter = symbols.parameters[name] else {
                report(.unknownParameter(name, range, known: symbols.parameterNames))
                return nil
            }
            useParameter(name)
            return (.constant(parameter.value), InferredType(of: parameter.value))
        case .name(let name, let range):
            if let template {
                guard let slot = template.slot(name) else {
                    report(.unknownSlot(Located(value: name, range: range), template: template.name, known: template.slots.map(\.name)))
                    return nil
                }
                return (.slot(name), InferredType(slot.type, template: slot.referenceTemplate))
            }
            report(.slotOutsidePattern(name, range))
            return nil
        case .list(let items, let range):
            var values: [Value] = []
            for item in items {
                guard let (expression, _) = compile(item, local: local, template: template) else { return nil }
                guard case .constant(let value) = expression else {
                    report(.invalidValue(localized("列表只能包含值，不能包含变量", english: "a list may only hold values, not variables"), range))
                    return nil
                }
                values.append(value)
            }
            return (.constant(.list(values)), .list)
        case .unary(let op, let operand, let range):
            guard let (expression, type) = compile(operand, local: local, template: template) else { return nil }
            let expected: InferredType = op == .not ? .boolean : .number
            if type != expected, type != .unknown {
                report(.typeMismatch(localized("'\(op.rawValue)' 需要\(expected)，这里却是\(type)", english: "'\(op.rawValue)' needs \(expected), but this is \(type)"), range))
                return nil
            }
            return (.unary(op, expression), expected)
        case .binary(let op, let leftNode, let rightNode, let range):
            // Both sides, so that an error on the left does not hide one on the right.
            let leftResult = compile(leftNode, local: local, template: template)
            let rightResult = compile(rightNode, local: local, template: template)
            guard let (left, leftType) = leftResult, let (right, rightType) = rightResult else { return nil }
            guard let type = binaryType(op, leftType, rightType, leftNode, rightNode, range) else { return nil }
            return (.binary(op, left, right), type)
        case .matches(let textNode, let patternNode, let range):
            guard let (text, textType) = compile(textNode, local: local, template: template) else { return nil }
            // The pattern is fixed when the rule compiles: quoted, or a text parameter policy staff can tune.
            let source: String, patternRange = patternNode.range
            switch patternNode {
            case .literal(.text(let text), _):
                source = text
            case .parameter(let name, _):
                // A misspelt name is an unknown parameter, with the closest one; not a type error.
                guard symbols.parameters[name] != nil else {
                    report(.unknownParameter(name, patternRange, known: symbols.parameterNames))
                    return nil
                }
                guard case .text(let text)? = symbols.parameters[name]?.value else {
                    report(.typeMismatch(localized("'matches' 后面应是引号中的正则表达式或文本参数", english: "'matches' takes a regular expression in quotes or a text parameter"), patternRange))
                    return nil
                }
                useParameter(name)
                source = text
            default:
                report(.typeMismatch(localized("'matches' 后面应是引号中的正则表达式或文本参数", english: "'matches' takes a regular expression in quotes or a text parameter"), patternRange))
                return nil
            }
            if textType != .text, textType != .unknown {
                report(.typeMismatch(localized("'matches' 在文本中查找，这里却是\(textType)", english: "'matches' searches text, but this is \(textType)"), textNode.range))
                return nil
            }
            guard let regex = try? RegularExpression(source) else {
                report(.invalidRegularExpression(source, patternRange))
                return nil
            }
            _ = range
            return (.matches(text, regex), .boolean)
        case .call(let name, let argumentNodes, let range):
            guard let (function, arity) = Symbols.functions[name.value] else {
                report(.unknownFunction(name, known: Symbols.functions.keys.sorted()))
                return nil
            }
            guard arity.contains(argumentNodes.count) else {
                report(.wrongArgumentCount(name.value, arity: arity, got: argumentNodes.count, range))
                return nil
            }
            let compiled = argumentNodes.map { compile($0, local: local, template: template) }
            guard compiled.allSatisfy({ $0 != nil }) else { return nil }
            let arguments = compiled.compactMap { $0?.0 }
            let types = compiled.compactMap { $0?.1 }
            let result: InferredType =
                switch function {
                case .abs, .round, .length, .sum: .number
                case .min, .max: types.count == 1 ? .unknown : (types.first ?? .unknown)
                case .concat: .text
                case .startsWith, .endsWith, .isAbsent, .mentions: .boolean
                case .if: types.count == 3 && types[1] == types[2] ? types[1] : .unknown
                }
            if function == .if, types.first != .boolean, types.first != .unknown {
                report(.typeMismatch(localized("if 的第一个参数应是条件，这里却是\(types.first ?? .unknown)", english: "the first argument of if is a condition, but this is \(types.first ?? .unknown)"), argumentNodes[0].range))
                return nil
            }
            if [.abs, .round].contains(function), let bad = types.first(where: { !$0.isOrderable(with: .number) || $0 == .text }) {
                report(.typeMismatch(localized("\(name.value) 需要数值，这里却是\(bad)", english: "\(name.value) needs a number, but this is \(bad)"), range))
                return nil
            }
            return (.call(function, arguments), result)
        }
    }

    /// The type of `left op right`, or nil (reported) when the types do not fit.
    private mutating func binaryType(
        _ op: BinaryOperator, _ left: InferredType, _ right: InferredType, _ leftNode: ExpressionNode,
        _ rightNode: ExpressionNode, _ range: SourceRange
    ) -> InferredType? {
        func mismatch(_ text: String) -> InferredType? {
            report(.typeMismatch(text, range))
            return nil
        }
        switch op {
        case .add, .subtract, .multiply, .divide:
            for (type, node) in [(left, leftNode), (right, rightNode)] where type != .number && type != .unknown {
                report(.typeMismatch(localized("'\(op.rawValue)' 需要数值，这里却是\(type)", english: "'\(op.rawValue)' needs numbers, but this is \(type)"), node.range))
                return nil
            }
            return .number
        case .equal, .notEqual:
            guard left.canEqual(right) else {
                return mismatch(localized("把\(left)与\(right)比较：两者永远不会相等", english: "compares \(left) with \(right): they are never equal"))
            }
            return .boolean
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            guard left.isOrderable(with: right) else {
                return mismatch(localized("'\(op.rawValue)' 只比较数值与数值、文本与文本，不能比较\(left)与\(right)", english: "'\(op.rawValue)' compares numbers with numbers or texts with texts, not \(left) with \(right)"))
            }
            return .boolean
        case .and, .or:
            for (type, node) in [(left, leftNode), (right, rightNode)] where type != .boolean && type != .unknown {
                report(.typeMismatch(localized("'\(op.rawValue)' 连接的是条件，这里却是\(type)", english: "'\(op.rawValue)' joins conditions, but this is \(type)"), node.range))
                return nil
            }
            return .boolean
        case .contains:
            switch (left, right) {
            case (.text, .text), (.list, _), (.unknown, _), (.text, .unknown): return .boolean
            default: return mismatch(localized("'contains' 在文本中找文本、在列表中找值，不能在\(left)中找\(right)", english: "'contains' looks for text in text or a value in a list, not \(right) in \(left)"))
            }
        case .in:
            switch (left, right) {
            case (_, .list), (_, .unknown), (.text, .text): return .boolean
            default: return mismatch(localized("'in' 在列表中找值，这里却是\(right)", english: "'in' looks for a value in a list, but this is \(right)"))
            }
        }
    }

    // MARK: Actions

    private mutating func compile(_ node: ActionNode) -> Action? {
        switch node {
        case .finding:
            return .emit(name: KnowledgeBase.findingResult, arguments: [])  // arguments filled in once all variables are known
        case .derive(let fact), .assert(let fact):
            guard let template = symbols.templates[fact.template.value] else {
                report(.unknownTemplate(fact.template, known: symbols.templateNames))
                return nil
            }
            guard let slots = assignments(fact.slots, of: template) else { return nil }
            var logical = false
            if case .derive = node { logical = true }
            return .assert(template: template.name, slots: slots, logical: logical)
        case .retract(let variable):
            guard let template = factTemplate(variable, retracting: true) else { return nil }
            _ = template
            return .retract(variable: variable.value)
        case .modify(let variable, let slotNodes, _):
            guard let template = factTemplate(variable, retracting: false),
                let slots = assignments(slotNodes, of: template)
            else { return nil }
            return .modify(variable: variable.value, slots: slots)
        case .emit(let name, let argumentNodes, _):
            var arguments: [SlotAssignment] = []
            for (argument, value) in argumentNodes {
                guard let (expression, _) = compile(value, local: [:], template: nil) else { return nil }
                arguments.append(SlotAssignment(argument.value, expression))
            }
            return .emit(name: name.value, arguments: arguments)
        case .halt:
            return .halt
        }
    }

    private mutating func factTemplate(_ variable: Located<String>, retracting: Bool) -> TemplateDefinition? {
        guard let bound = scope[variable.value], bound.isFact, let template = factTemplates[variable.value] else {
            if scope[variable.value] == nil, lets[variable.value] == nil {
                report(.unboundVariable(variable.value, variable.range, known: knownVariables))
            } else {
                report(.notAFact(variable, retracting: retracting))
            }
            return nil
        }
        records[bound.record].uses += 1
        return template
    }

    private mutating func assignments(_ nodes: [(Located<String>, ExpressionNode)], of template: TemplateDefinition)
        -> [SlotAssignment]?
    {
        var result: [SlotAssignment] = []
        var failed = false
        for (name, value) in nodes {
            guard let slot = template.slot(name.value) else {
                report(.unknownSlot(name, template: template.name, known: template.slots.map(\.name)))
                failed = true
                continue
            }
            guard let (expression, type) = compile(value, local: [:], template: nil) else {
                failed = true
                continue
            }
            let slotType = InferredType(slot.type, template: slot.referenceTemplate)
            if !slotType.canEqual(type) {
                report(.typeMismatch(localized("'\(template.name)' 的槽 '\(name.value)' 存放\(slotType)，这里却是\(type)", english: "slot '\(name.value)' of '\(template.name)' holds \(slotType), but this is \(type)"), value.range))
                failed = true
                continue
            }
            result.append(SlotAssignment(name.value, expression))
        }
        return failed ? nil : result
    }

    // MARK: Examples

    private mutating func compile(_ node: ExampleNode) -> RuleExample? {
        if node.expectations.isEmpty, !node.hasSyntaxErrors {
            report(.missingExpectation(node.title.range))
            return nil
        }
        var labels: [String: SourceRange] = [:]
        for fact in node.facts {
            guard let label = fact.label else { continue }
            if let first = labels[label.value] {
                report(.duplicate(.label, label.value, label.range, first: first))
            } else {
                labels[label.value] = label.range
            }
        }
        var facts: [ExampleFact] = []
        for fact in node.facts {
            if let compiled = exampleFact(fact, labels: labels) { facts.append(compiled) }
        }
        var expectations: [Expectation] = []
        for expectation in node.expectations {
            switch expectation {
            case .message(let text, let range): expectations.append(.message(text, range))
            case .nothing(let range): expectations.append(.nothing(range))
            case .fact(let fact):
                if let compiled = exampleFact(fact, labels: labels) { expectations.append(.fact(compiled)) }
            }
        }
        if expectations.contains(where: { if case .nothing = $0 { true } else { false } }), expectations.count > 1 {
            report(.invalidValue(localized("'expect: nothing' 不能与其他期望并列", english: "'expect: nothing' cannot stand beside other expectations"), node.title.range))
        }
        return RuleExample(title: node.title.text, facts: facts, expectations: expectations, range: node.title.range)
    }

    private mutating func exampleFact(_ node: FactNode, labels: [String: SourceRange]) -> ExampleFact? {
        guard let template = symbols.templates[node.template.value] else {
            report(.unknownTemplate(node.template, known: symbols.templateNames))
            return nil
        }
        var slots: [(name: String, value: ExampleFact.SlotValue)] = []
        var failed = false
        for (name, valueNode) in node.slots {
            guard let slot = template.slot(name.value) else {
                report(.unknownSlot(name, template: template.name, known: template.slots.map(\.name)))
                failed = true
                continue
            }
            let slotType = InferredType(slot.type, template: slot.referenceTemplate)
            if case .name(let label, let range) = valueNode {
                guard labels[label] != nil else {
                    report(.unknownLabel(label, range, known: labels.keys.sorted()))
                    failed = true
                    continue
                }
                if case .reference = slotType {} else if slotType != .unknown {
                    report(.typeMismatch(localized("槽 '\(name.value)' 存放\(slotType)，而 '\(label)' 是一条事实", english: "slot '\(name.value)' holds \(slotType), but '\(label)' is a fact"), range))
                    failed = true
                    continue
                }
                slots.append((name.value, .label(label)))
                continue
            }
            guard let (expression, type) = compile(valueNode, local: [:], template: nil) else {
                failed = true
                continue
            }
            guard case .constant(let value) = expression else {
                report(.invalidValue(localized("示例中的事实只能包含值，不能包含变量", english: "an example fact holds values, not variables"), valueNode.range))
                failed = true
                continue
            }
            if !slotType.canEqual(type) {
                report(.typeMismatch(localized("'\(template.name)' 的槽 '\(name.value)' 存放\(slotType)，这里却是\(type)", english: "slot '\(name.value)' of '\(template.name)' holds \(slotType), but this is \(type)"), valueNode.range))
                failed = true
                continue
            }
            slots.append((name.value, .value(value)))
        }
        return failed ? nil : ExampleFact(label: node.label?.value, template: template.name, slots: slots, range: node.range)
    }
}
