import Diagnostics
import RuleEngine

/// A pattern: `?x: template(slot: ?v, slot: value, test)`, checked against its template.
extension RuleAnalyzer {
    /// A pattern (nil when it has errors) and the variables it binds first (its locals).
    mutating func compile(_ node: PatternNode, factVariable: Located<String>?) -> (Pattern?, [String: Variable]) {
        guard let template = symbols.templates[node.template.value] else {
            report(.unknownTemplate(node.template, known: symbols.templateNames))
            return (nil, bindUnknownPattern(node, factVariable: factVariable))
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
                switch compileSlotConstraint(name, value, of: template, local: &local) {
                case .slot(let slot): slots.append(slot)
                case .test(let test): tests.append(test)
                case nil: failed = true
                }
            case .test(let expression):
                guard let test = compileTest(expression, local: local, template: template) else {
                    failed = true
                    continue
                }
                tests.append(test)
            }
        }
        guard !failed else { return (nil, local) }
        return (Pattern(template.name, slots, tests: tests, factVariable: factVariable?.value), local)
    }

    /// The variables of a pattern whose template is unknown, bound with an unknown type,
    /// so that later lines do not cascade into errors of their own.
    private mutating func bindUnknownPattern(_ node: PatternNode, factVariable: Located<String>?) -> [String: Variable] {
        var local: [String: Variable] = [:]
        let names = [factVariable].compactMap { $0 } + node.constraints.compactMap { constraint in
            if case .slot(_, .variable(let name, let range)) = constraint { return Located(value: name, range: range) }
            return nil
        }
        for name in names where scope[name.value] == nil && local[name.value] == nil {
            records.append(VariableRecord(name: name, uses: 1))
            local[name.value] = Variable(type: .unknown, range: name.range, record: records.count - 1, isFact: name == factVariable)
        }
        return local
    }

    private enum CompiledConstraint {
        case slot(SlotConstraint)
        case test(RuleExpression)
    }

    /// `slot: ?v` binds or joins on a variable; `slot: value` compares with a constant,
    /// `slot: expression` becomes a test. Nil (reported) when the slot or the types are wrong.
    private mutating func compileSlotConstraint(
        _ name: Located<String>, _ value: ExpressionNode, of template: TemplateDefinition, local: inout [String: Variable]
    ) -> CompiledConstraint? {
        guard let slot = template.slot(name.value) else {
            report(.unknownSlot(name, template: template.name, known: template.slots.map(\.name)))
            return nil
        }
        let slotType = InferredType(slot.type, template: slot.referenceTemplate)
        if case .variable(let variableName, let range) = value, lets[variableName] == nil {
            if let existing = local[variableName] ?? scope[variableName] {
                records[existing.record].uses += 1
                guard slotType.canEqual(existing.type) else {
                    report(.typeMismatch(localized("槽 '\(name.value)' 存放\(slotType)，而 ?\(variableName) 是\(existing.type)：两者永远不会相等", english: "slot '\(name.value)' holds \(slotType), but ?\(variableName) is \(existing.type): they are never equal"), range))
                    return nil
                }
            } else {
                records.append(VariableRecord(name: Located(value: variableName, range: range)))
                local[variableName] = Variable(type: slotType, range: range, record: records.count - 1, isFact: false)
            }
            return .slot(.variable(name.value, variableName))
        }
        guard let (expression, type) = compile(value, local: local, template: template) else { return nil }
        guard slotType.canEqual(type) else {
            report(.slotTypeMismatch(template: template.name, slot: name.value, holds: slotType, got: type, value.range))
            return nil
        }
        if case .constant(let constant) = expression { return .slot(.value(name.value, constant)) }
        return .test(.binary(.equal, .slot(name.value), expression))
    }

    /// A test on the pattern's own fact: true or false.
    private mutating func compileTest(_ expression: ExpressionNode, local: [String: Variable], template: TemplateDefinition) -> RuleExpression? {
        guard let (compiled, type) = compile(expression, local: local, template: template) else { return nil }
        if type != .boolean, type != .unknown {
            report(.typeMismatch(localized("对事实的条件应为真或假，这里却是\(type)", english: "a condition on the fact must be true or false, but this is \(type)"), expression.range))
            return nil
        }
        return compiled
    }
}
