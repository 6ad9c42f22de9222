import RuleEngine

/// Renders a rule's conditions as a policy officer reads them aloud, using the
/// templates' and slots' Chinese labels: 有一条绩效指标（indicator），其权重记为 ?w.
struct PlainWords {
    let symbols: Symbols
    /// Variables met so far, so that a second occurrence reads "等于" not "记为".
    private var bound = Set<String>()

    init(symbols: Symbols) {
        self.symbols = symbols
    }

    mutating func describe(_ condition: ConditionNode) -> String {
        switch condition {
        case .pattern(let pattern, let factVariable):
            let fact = factVariable.map { "（记为 ?\($0.value)）" } ?? ""
            factVariable.map { _ = bound.insert($0.value) }
            return "有一条\(templateName(pattern))\(fact)" + constraints(pattern, binds: true)
        case .not(let pattern, _):
            return "没有一条\(templateName(pattern))" + constraints(pattern, binds: false)
        case .exists(let pattern, _):
            return "至少有一条\(templateName(pattern))" + constraints(pattern, binds: false)
        case .aggregate(let variable, let function, let argument, let pattern):
            bound.insert(variable.value)
            let template = symbols.templates[pattern.template.value]
            // `sum ?w of indicator(table: ?t, weight: ?w)` reads "…各条绩效指标的权重之和".
            var summed: String?
            var rest = pattern.constraints
            if case .variable(let name, _)? = argument,
                let index = rest.firstIndex(where: { if case .slot(_, .variable(name, _)) = $0 { true } else { false } }),
                case .slot(let slot, _) = rest[index]
            {
                summed = template?.slot(slot.value)?.displayName ?? slot.value
                rest.remove(at: index)
            }
            let what = summed ?? argument.map { expression($0, template: template) } ?? ""
            let filter = constraints(PatternNode(template: pattern.template, constraints: rest, range: pattern.range), binds: false, leading: "")
            let subject = (filter.isEmpty ? "" : filter + "的") + "各条\(templateName(pattern))"
            let result =
                switch function.value {
                case "count": "的条数"
                case "sum": "的\(what)之和"
                case "min": "的\(what)的最小值"
                case "max": "的\(what)的最大值"
                default: "的\(what)（列表）"
                }
            return "?\(variable.value) 为\(subject)\(result)"
        case .binding(let variable, let value):
            bound.insert(variable.value)
            return "?\(variable.value) 取 \(expression(value, template: nil))"
        case .test(let value):
            return "且 \(expression(value, template: nil))"
        }
    }

    private func templateName(_ pattern: PatternNode) -> String {
        symbols.templates[pattern.template.value]?.displayName ?? pattern.template.value
    }

    /// The constraints of a pattern, after `leading` ("，其" when they follow the template).
    private mutating func constraints(_ pattern: PatternNode, binds: Bool, leading: String = "，其") -> String {
        let template = symbols.templates[pattern.template.value]
        var parts: [String] = []
        var local = Set<String>()
        for constraint in pattern.constraints {
            switch constraint {
            case .slot(let name, let value):
                let slot = template?.slot(name.value)?.displayName ?? name.value
                if case .variable(let variable, _) = value, !bound.contains(variable), !local.contains(variable) {
                    local.insert(variable)
                    parts.append("\(slot)记为 ?\(variable)")
                } else {
                    parts.append("\(slot)等于 \(expression(value, template: template))")
                }
            case .test(let value):
                parts.append(expression(value, template: template))
            }
        }
        if binds { bound.formUnion(local) }
        return parts.isEmpty ? "" : leading + parts.joined(separator: "，")
    }

    /// An expression with labels for slots and parameters, and operators as written in Chinese.
    func expression(_ node: ExpressionNode, template: TemplateDefinition?) -> String {
        switch node {
        case .literal(let value, _):
            if case .text(let text) = value { return "“\(text)”" }
            return MessageTemplate.format(value)
        case .variable(let name, _): return "?\(name)"
        case .parameter(let name, _):
            guard let parameter = symbols.parameters[name] else { return "$\(name)" }
            return "\(parameter.label ?? name)（$\(name) = \(parameter.displayValue)）"
        case .name(let name, _): return template?.slot(name)?.displayName ?? name
        case .list(let items, _): return "［" + items.map { expression($0, template: template) }.joined(separator: "、") + "］"
        case .unary(.not, let operand, _): return "并非（\(expression(operand, template: template))）"
        case .unary(_, let operand, _): return "-\(expression(operand, template: template))"
        case .binary(let op, let a, let b, _):
            // Parentheses where the written grouping differs from precedence, as in the source.
            func operand(_ node: ExpressionNode, right: Bool) -> String {
                let text = expression(node, template: template)
                guard case .binary(let inner, _, _, _) = node else { return text }
                let needs = inner.precedence < op.precedence || (right && inner.precedence == op.precedence)
                return needs ? "（\(text)）" : text
            }
            return "\(operand(a, right: false)) \(Self.words[op] ?? op.rawValue) \(operand(b, right: true))"
        case .matches(let text, let pattern, _):
            return "\(expression(text, template: template)) 符合 \(expression(pattern, template: template))"
        case .call(let name, let arguments, _):
            let parts = arguments.map { expression($0, template: template) }
            guard let function = symbols.functions[name.value] else { return "\(name.value)(\(parts.joined(separator: ", ")))" }
            return function.reading(parts)
        }
    }

    private static let words: [BinaryOperator: String] = [
        .equal: "=", .notEqual: "≠", .less: "<", .lessOrEqual: "≤", .greater: ">", .greaterOrEqual: "≥",
        .add: "+", .subtract: "-", .multiply: "×", .divide: "÷", .and: "且", .or: "或", .contains: "包含", .in: "属于",
    ]
}
