import Diagnostics
import RuleEngine

/// Actions: findings, facts derived or asserted, retractions, modifications.
extension RuleAnalyzer {
    /// A `finding` action, once every variable is known: it carries every variable of the
    /// rule and the values of `let` bindings, and asserts the finding as a fact.
    func completingFindings(_ actions: [Action], title: String?) -> [Action] {
        let arguments =
            bindingOrder.map { SlotAssignment($0, .variable($0)) }
            + lets.keys.sorted().compactMap { name in lets[name].map { SlotAssignment(name, $0.expression) } }
        return actions.flatMap { action -> [Action] in
            guard case .emit(name: KnowledgeBase.findingResult, arguments: []) = action else { return [action] }
            return [.emit(name: KnowledgeBase.findingResult, arguments: arguments)] + findingFact(rule: declaration.id.value, title: title)
        }
    }

    /// A finding is also a fact (when the knowledge declares the template `finding`), held
    /// while the finding stands, so that a rule can ask whether a unit has any finding.
    func findingFact(rule: String, title: String?) -> [Action] {
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

    mutating func compile(_ node: ActionNode) -> Action? {
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

    mutating func factTemplate(_ variable: Located<String>, retracting: Bool) -> TemplateDefinition? {
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

    mutating func assignments(_ nodes: [(Located<String>, ExpressionNode)], of template: TemplateDefinition)
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
                report(.slotTypeMismatch(template: template.name, slot: name.value, holds: slotType, got: type, value.range))
                failed = true
                continue
            }
            result.append(SlotAssignment(name.value, expression))
        }
        return failed ? nil : result
    }
}
