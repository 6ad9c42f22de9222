import Diagnostics
import RuleEngine

/// A rule's examples: facts with labels, and what each should give.
extension RuleAnalyzer {
    mutating func compile(_ node: ExampleNode) -> RuleExample? {
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

    mutating func exampleFact(_ node: FactNode, labels: [String: SourceRange]) -> ExampleFact? {
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
                report(.slotTypeMismatch(template: template.name, slot: name.value, holds: slotType, got: type, valueNode.range))
                failed = true
                continue
            }
            slots.append((name.value, .value(value)))
        }
        return failed ? nil : ExampleFact(label: node.label?.value, template: template.name, slots: slots, range: node.range)
    }
}
