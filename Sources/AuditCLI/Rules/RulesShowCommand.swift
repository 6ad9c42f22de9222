import ArgumentParsing
import Diagnostics
import RuleLanguage

/// `audit rules show ID`: the rule in plain words.
enum RulesShowCommand: AuditCommand {
    static let path = ["rules", "show"]
    static var spec: CommandSpec {
        CommandSpec(
            "show", abstract: localized("用平实的话说明一条规则：检查什么、依据、参数和示例。", english: "Show a rule in plain words: what it checks, its basis, parameters and examples."),
            arguments: [KnowledgeOption.spec, .positional("ID", help: localized("规则编号，如 weight-total。", english: "The rule id, e.g. weight-total."))])
    }

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitCode {
        guard let knowledge = KnowledgeOption.load(arguments, context: context, readsReports: false)?.rules else { return .inputError }
        let id = arguments.value("ID") ?? ""
        guard let rule = knowledge.rule(id) else {
            let diagnostic = Diagnostic.unknownRule(id, known: knowledge.rules.map(\.id))
            context.standardError(context.errorRenderer.render(diagnostic))
            return .inputError
        }
        context.standardOutput(RuleSheet(rule: rule, knowledge: knowledge).text)
        return .success
    }
}

/// A rule described for a person: what, why, with which thresholds, shown by examples.
struct RuleSheet {
    let rule: RuleDefinition
    let knowledge: KnowledgeBase

    /// A clause with what it says and whether it was checked.
    static func describe(_ basis: PolicyBasis) -> String {
        var out = "  - \(basis.citation)" + (basis.scope.map { "（适用：\($0.rawValue)）" } ?? "") + "\n"
        if let quote = basis.quote { out += "      原文：\(quote)\n" } else if let summary = basis.summary { out += "      要点：\(summary)\n" }
        out += basis.verified ? "      已核对原文\n" : "      未核对原文" + (basis.reason.map { "：\($0)" } ?? "") + "\n"
        return out
    }

    var text: String {
        var out = "\(rule.id) — \(rule.title)"
        if let severity = rule.severity { out += "（\(severity.chinese)，\(severity.rawValue)）" }
        out += "\n  \(rule.range.file):\(rule.range.start.line)\n\n"
        out += rule.kind == .finding ? "它检查 / What it checks:\n" : "它推导 / What it derives:\n"
        for (index, line) in rule.plainConditions.enumerated() {
            out += "  \(index + 1). \(line)\n"
        }
        out += "\n原文 / As written:\n"
        for condition in rule.conditionTexts {
            out += "  \(condition.value)\n"
        }
        if let message = rule.message { out += "\n报告 / Reports:\n  \(message.source)\n" }
        if let recommendation = rule.recommendation { out += "\n建议 / Recommendation:\n  \(recommendation.source)\n" }
        if !rule.basis.isEmpty {
            out += "\n依据 / Basis:\n" + rule.basis.map(Self.describe).joined()
        }
        let parameters = rule.parameters.compactMap(knowledge.parameter)
        if !parameters.isEmpty {
            out += "\n参数 / Parameters:\n"
            for parameter in parameters {
                out += "  - $\(parameter.name)（\(parameter.label ?? parameter.name)）= \(parameter.displayValue)"
                if let basis = parameter.basis.first { out += "，依据 \(basis.text)" }
                if let rationale = parameter.rationale { out += "，理由：\(rationale)" }
                out += "\n"
            }
        }
        if !rule.examples.isEmpty {
            out += "\n示例 / Examples:\n"
            for example in rule.examples {
                let outcome = example.expectsNothing ? "不触发 / stays quiet" : "触发 / fires"
                out += "  - \(example.title)（\(outcome)）\n"
                for expectation in example.expectations {
                    if case .message(let text, _) = expectation { out += "      → \(text)\n" }
                }
            }
        }
        return out
    }
}
