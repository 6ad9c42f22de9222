import ReportReading
import RuleEngine
import RuleLanguage

/// Why a rule gave no finding, for an auditor: for the nearest misses, what held (as the
/// reasoning's plain sentences with the report's words) and, in one sentence, what did
/// not, with the figures it compared.
public struct PlainWhyNot: Sendable {
    public let rule: String
    public let title: String
    public let unit: String?
    /// The findings it did give (for the unit), when it fired.
    public let findings: [Finding]
    public let candidates: [Candidate]
    public let parameters: [ParameterUse]

    public struct Candidate: Sendable {
        public let held: [PlainStep]
        /// What did not hold, in a sentence, and the report's words it concerns.
        public let failed: PlainStep
    }
}

extension DocumentAudit {
    /// Why `ruleID` gave no finding (for a unit), in plain sentences; nil for an unknown rule.
    public func plainWhyNot(_ ruleID: String, unit: String? = nil) -> PlainWhyNot? {
        guard let rule = knowledge.rule(ruleID), let answer = engineWhyNot(rule, unit: unit) else { return nil }
        let findings = findings.filter { $0.rule == rule.id && (unit == nil || $0.unit == unit) }
        var builder = PlainExplanationBuilder(engine: engine, knowledge: knowledge)
        let words = WhyNotWords(knowledge: knowledge, rule: rule)
        let candidates = answer.closest.map { partial -> PlainWhyNot.Candidate in
            let direct = builder.read(partial.satisfied)
            var held = builder.takeSteps()
            let quotes = builder.unquoted(direct)
            if !quotes.isEmpty { held.append(PlainStep(sentence: "报告中的相关内容", quotes: quotes)) }
            return PlainWhyNot.Candidate(held: held, failed: failure(partial.failure, words: words, builder: &builder))
        }
        let names = rule.parameters + builder.usedParameters.filter { !rule.parameters.contains($0) }
        let parameters = ExplanationBuilder(engine: engine, knowledge: knowledge).parameters(named: names)
        return PlainWhyNot(rule: rule.id, title: rule.title, unit: unit, findings: findings, candidates: candidates, parameters: parameters)
    }

    /// A sentence about one fact, with how that fact came to be and the report's words.
    private func about(_ fact: Fact, _ sentence: String, builder: inout PlainExplanationBuilder) -> PlainStep {
        let direct = builder.read(fact)
        let derived = builder.takeSteps()
        let quotes = Citation.ordered(builder.unquoted(direct) + derived.flatMap(\.quotes))
        return PlainStep(sentence: ([sentence] + derived.map(\.sentence)).joined(separator: "。"), quotes: quotes)
    }

    private func failure(_ failure: ConditionFailure, words: WhyNotWords, builder: inout PlainExplanationBuilder) -> PlainStep {
        switch failure.reason {
        case .noFacts(let template):
            return PlainStep(sentence: "报告中没有\(words.label(ofTemplate: template))", quotes: [])
        case .noCandidate(let tried, let rejections):
            guard let nearest = rejections.first else {
                return PlainStep(sentence: "没有符合条件的\(words.label(ofTemplate: ""))", quotes: [])
            }
            let label = words.label(ofTemplate: nearest.fact.template.name)
            return about(
                nearest.fact, "有\(tried)条\(label)，都不符合；最接近的一条：\(words.comparison(nearest.comparison, template: nearest.fact.template.name))",
                builder: &builder)
        case .blocked(let fact):
            return about(fact, "报告中有这样的\(words.label(ofTemplate: fact.template.name))，所以不报告", builder: &builder)
        case .noAggregateValue:
            return PlainStep(sentence: "没有可以汇总的数", quotes: [])
        case .testFailed(let comparison):
            return PlainStep(sentence: words.comparison(comparison, template: nil), quotes: [])
        }
    }
}

/// The words of a rule's conditions for an auditor: variables and slots by their
/// Chinese names, parameters by their labels, operators in words.
struct WhyNotWords {
    let knowledge: KnowledgeBase
    /// Each variable of the rule by the Chinese name of the slot it was bound from.
    let variables: [String: String]

    init(knowledge: KnowledgeBase, rule: RuleDefinition) {
        self.knowledge = knowledge
        var variables: [String: String] = [:]
        for condition in rule.engineRule.conditions {
            guard case .pattern(let pattern) = condition else { continue }
            let template = knowledge.template(pattern.template)
            for constraint in pattern.slots {
                if case .variable(let name) = constraint.match, variables[name] == nil {
                    variables[name] = template?.slot(constraint.slot)?.label ?? constraint.slot
                }
            }
        }
        self.variables = variables
    }

    func label(ofTemplate name: String) -> String {
        knowledge.template(name).map { "“\($0.label ?? $0.name)”" } ?? "这样的事实"
    }

    static let operators = [
        "<": "小于", "<=": "不大于", ">": "大于", ">=": "不小于", "==": "等于", "=": "等于", "!=": "不等于", "contains": "包含",
        "in": "属于", "matches": "符合",
    ]

    /// "结余率（%）大于结余率上限：4.25 大于 10，不成立"; "被评价单位是部门整体，不是附件1".
    func comparison(_ comparison: Comparison, template: String?) -> String {
        let left = MessageTemplate.format(comparison.left)
        if comparison.error == nil, comparison.op == "==" || comparison.op == "=", let right = comparison.right,
            let subject = comparison.text.split(separator: " \(comparison.op) ", maxSplits: 1).first
        {
            return "\(words(String(subject), template: template))是\(left)，不是\(MessageTemplate.format(right))"
        }
        if comparison.error == nil, comparison.op == "in", let right = comparison.right,
            let subject = comparison.text.split(separator: " in ", maxSplits: 1).first
        {
            return "\(words(String(subject), template: template))是\(left)，不是\(MessageTemplate.format(right))之一"
        }
        let op = Self.operators[comparison.op] ?? comparison.op
        // A side computed by a formula is named by what it is, not by the formula.
        let sides = comparison.text.split(separator: " \(comparison.op) ", maxSplits: 1).map { side in
            side.contains("(") ? "按规则算出的值" : words(String(side), template: template)
        }
        let text = sides.count == 2 ? "\(sides[0])\(op)\(sides[1])" : words(comparison.text, template: template)
        if let error = comparison.error { return "\(text)：无法比较（\(error)）" }
        guard let right = comparison.right else { return "\(text)：\(left)，不成立" }
        return "\(text)：\(left) \(op) \(MessageTemplate.format(right))，不成立"
    }

    /// A condition's text with names in Chinese.
    private func words(_ written: String, template: String?) -> String {
        let slots = template.flatMap(knowledge.template)
        var text = written
        text = text.replacing(/\?([a-z][a-z0-9-]*)/) { match in variables[String(match.output.1)] ?? "该值" }
        text = text.replacing(/\$([a-z][a-z0-9-]*)/) { match in
            knowledge.parameter(String(match.output.1)).map { $0.label ?? $0.name } ?? "阈值"
        }
        if let slots {
            text = text.replacing(/[a-z][a-z0-9]*(-[a-z0-9]+)*/) { match in slots.slot(String(match.output.0))?.label ?? String(match.output.0) }
        }
        for (symbol, words) in Self.operators.sorted(by: { $0.key.count > $1.key.count }) {
            text = text.replacing(" \(symbol) ", with: words)
        }
        return text
    }
}
