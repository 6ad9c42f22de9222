import Diagnostics
import RuleEngine

/// The rule's fields beside its conditions: title, cited facts, severity, and the
/// placeholders of its message, recommendation and explanation.
extension RuleAnalyzer {
    /// What a finding rule says beside its conditions.
    struct Fields {
        var severity: FindingSeverity?
        var needsReview = false
        var message: MessageTemplate?
        var recommendation: MessageTemplate?
        var explanation: MessageTemplate?
    }

    /// The kind, severity and texts, checked: a finding needs a severity, a message and a
    /// recommendation, and every placeholder must name something the rule knows.
    mutating func compileFields(isFinding: Bool, actions: [Action]) -> Fields {
        let id = declaration.id
        var fields = Fields(
            message: declaration.message.map { MessageTemplate($0.text, range: $0.range) },
            recommendation: declaration.recommendation.map { MessageTemplate($0.text, range: $0.range) },
            explanation: declaration.explain.map { MessageTemplate($0.text, range: $0.range) })
        if let field = declaration.kind {
            switch field.text {
            case "finding": break
            case "review": fields.needsReview = true
            default: report(.invalidValue(localized("kind '\(field.text)' 不是 'finding' 或 'review'", english: "kind '\(field.text)' is not 'finding' or 'review'"), field.range))
            }
        }
        if isFinding {
            if let field = declaration.severity {
                fields.severity = Self.severity(field.text)
                if fields.severity == nil { report(.invalidSeverity(field)) }
            } else {
                report(.missingField("severity", rule: id, why: localized("给出问题的规则要说明其严重程度：high、medium 或 low", english: "a rule that reports a finding says how much it weighs: high, medium or low")))
            }
            if fields.message == nil { report(.missingField("message", rule: id, why: localized("问题要有消息，用 {占位符} 写出发现的数值", english: "a finding needs a message, with the values found in {placeholders}"))) }
            if fields.recommendation == nil { report(.missingField("recommendation", rule: id, why: localized("问题要说明如何整改", english: "a finding says what to do about it"))) }
        }
        for (template, field) in [(fields.message, declaration.message), (fields.recommendation, declaration.recommendation)] {
            if let template, let field { check(template, field: field) }
        }
        if let explanation = fields.explanation, let field = declaration.explain {
            check(explanation, field: field, derivedSlots: derivedSlots(actions))
        }
        return fields
    }

    /// A title may name a parameter (`结余率超过{$balance-rate-limit}`), so that it says
    /// what the threshold is without restating its value; it is filled in here, with its
    /// unit (10%, 90分).
    mutating func renderedTitle(_ field: TextField) -> String {
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
    mutating func citedConditions(_ field: TextField, factConditions: [String: Int]) -> [Int] {
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

    static func severity(_ text: String) -> FindingSeverity? {
        switch text.lowercased() {
        case "high", "高", "h": .high
        case "medium", "中", "m": .medium
        case "low", "低", "l": .low
        default: nil
        }
    }

    /// The slots of the facts the rule derives, which an `explain:` sentence may name.
    func derivedSlots(_ actions: [Action]) -> [String] {
        actions.flatMap { action -> [String] in
            if case .assert(let template, _, _) = action, template != KnowledgeBase.findingTemplate {
                return symbols.templates[template]?.slots.map(\.name) ?? []
            }
            return []
        }
    }

    /// Placeholders must name variables or parameters of the rule (or, in `explain:`,
    /// slots of the fact it derives).
    mutating func check(_ template: MessageTemplate, field: TextField, derivedSlots: [String] = []) {
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
    func placeholders(of template: MessageTemplate, in field: TextField) -> [(MessageTemplate.Part, SourceRange)] {
        template.parts.filter { if case .text = $0 { false } else { true } }.enumerated().map { index, part in
            (part, index < template.placeholderRanges.count ? template.placeholderRanges[index] : field.range)
        }
    }

    /// The parameter a placeholder names, marked as used; reported when there is none.
    mutating func parameter(_ name: String, at range: SourceRange) -> ParameterDefinition? {
        guard let parameter = symbols.parameters[name] else {
            report(.unknownParameter(name, range, known: symbols.parameterNames))
            return nil
        }
        useParameter(name)
        return parameter
    }
}
