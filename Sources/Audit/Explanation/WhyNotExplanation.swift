import RuleEngine
import RuleLanguage

/// Why a rule did not fire (for one unit, or at all), as data: for the closest
/// candidates, what held and the first condition that failed, with the values it
/// compared. When the rule did fire, the findings it gave.
public struct WhyNotExplanation: Sendable {
    public let rule: String
    public let title: String
    public let unit: String?
    /// Every condition of the rule in plain words.
    public let conditions: [String]
    /// Findings the rule gave (for the unit), when it did fire.
    public let findings: [Finding]
    /// True when the rule's conditions hold now (a derivation rule that derived its fact).
    public let matched: Bool
    public let candidates: [Candidate]
    /// The search stopped at its budget before trying every combination.
    public let truncated: Bool
    public let parameters: [ParameterUse]

    public struct Candidate: Sendable {
        /// The conditions that held, with what matched them.
        public let satisfied: [ConditionStep]
        public let failing: FailingCondition
    }

    public struct FailingCondition: Sendable {
        public let written: String
        public let plain: String
        public let reason: Reason
    }

    public enum Reason: Sendable {
        /// No fact of the kind at all: "报告中没有“指标表”".
        case noFacts(label: String)
        /// Facts of the kind exist; the closest and the comparison each failed.
        case noCandidate(tried: Int, rejections: [(fact: FactStep, comparison: String)])
        /// A `not` condition: this fact is there.
        case blocked(by: FactStep)
        /// An aggregation has no value.
        case noAggregateValue(members: Int)
        /// A test is false: the comparison with its values.
        case testFailed(comparison: String)
    }
}

extension DocumentAudit {
    /// Why `ruleID` did not fire, optionally for one unit. Nil for an unknown rule.
    public func whyNot(_ ruleID: String, unit: String? = nil) -> WhyNotExplanation? {
        guard let rule = knowledge.rule(ruleID), let answer = engineWhyNot(rule, unit: unit) else { return nil }
        var builder = ExplanationBuilder(engine: engine, knowledge: knowledge)
        let text = { (index: Int) -> (String, String) in
            let source = index < rule.conditionSources.count ? rule.conditionSources[index] : index
            let written = source < rule.conditionTexts.count ? rule.conditionTexts[source].value : ""
            return (written, source < rule.plainConditions.count ? rule.plainConditions[source] : written)
        }
        let candidates = answer.closest.map { partial in
            let satisfied = partial.satisfied.enumerated().map { index, match in
                let (written, plain) = text(index)
                return ConditionStep(written: written, plain: plain, evidence: builder.evidence(match))
            }
            let (written, plain) = text(partial.failure.condition)
            let reason: WhyNotExplanation.Reason =
                switch partial.failure.reason {
                case .noFacts(let template): .noFacts(label: knowledge.template(template)?.label ?? template)
                case .noCandidate(let tried, let rejections):
                    .noCandidate(tried: tried, rejections: rejections.map { (builder.fact($0.fact), Self.describe($0.comparison)) })
                case .blocked(let fact): .blocked(by: builder.fact(fact))
                case .noAggregateValue(let members): .noAggregateValue(members: members)
                case .testFailed(let comparison): .testFailed(comparison: Self.describe(comparison))
                }
            return WhyNotExplanation.Candidate(satisfied: satisfied, failing: .init(written: written, plain: plain, reason: reason))
        }
        return WhyNotExplanation(
            rule: rule.id, title: rule.title, unit: unit, conditions: rule.plainConditions,
            findings: findings.filter { $0.rule == rule.id && (unit == nil || $0.unit == unit) },
            matched: answer.matched, candidates: candidates, truncated: answer.truncated,
            parameters: builder.parameters(of: rule))
    }

    /// The engine's search for the rule's nearest misses, narrowed to the unit when the
    /// rule's conditions bind one.
    func engineWhyNot(_ rule: RuleDefinition, unit: String?) -> WhyNot? {
        let usesUnit = rule.engineRule.conditions.contains { condition in
            if case .pattern(let pattern) = condition { return pattern.boundVariables.contains("unit") }
            return false
        }
        let given: [String: Value] = usesUnit ? (unit.map { ["unit": .text($0)] } ?? [:]) : [:]
        return try? engine.whyNot(rule.id, given: given)
    }

    /// "balance-rate > 10：4.25 > 10 不成立".
    static func describe(_ comparison: Comparison) -> String {
        if let error = comparison.error { return "\(comparison.text)：\(error)" }
        guard let right = comparison.right else { return "\(comparison.text) 不成立" }
        return "\(comparison.text)：\(MessageTemplate.format(comparison.left)) \(comparison.op) \(MessageTemplate.format(right)) 不成立"
    }
}
