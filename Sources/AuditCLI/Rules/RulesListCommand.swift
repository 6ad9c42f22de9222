import Diagnostics
import ArgumentParsing
import RuleLanguage

/// `audit rules list`
enum RulesListCommand: AuditCommand {
    static let path = ["rules", "list"]
    static var spec: CommandSpec {
        CommandSpec(
            "list", abstract: localized("列出规则：编号、严重程度、标题。", english: "List the rules: id, severity, title."), arguments: [KnowledgeOption.spec])
    }

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitCode {
        guard let knowledge = KnowledgeOption.load(arguments, context: context, readsReports: false)?.rules else { return .inputError }
        let idWidth = max(knowledge.rules.map(\.id.count).max() ?? 0, 2) + 2
        var out = padded(localized("编号", english: "ID"), to: idWidth) + padded(localized("严重程度", english: "SEVERITY"), to: 10)
            + localized("标题", english: "TITLE") + "\n"
        for rule in knowledge.rules {
            let severity = rule.severity.map { "\($0.rawValue)" } ?? "—"
            let kind = rule.kind == .derivation ? "（推导）" : (rule.needsReview ? "（需复核）" : "")
            out += padded(rule.id, to: idWidth) + padded(severity, to: 10) + rule.title + kind + "\n"
        }
        let findings = knowledge.rules.filter { $0.kind == .finding }.count
        let (total, derivations) = (Plural.count(knowledge.rules.count, .rule), knowledge.rules.count - findings)
        out += localized(
            "\n共 \(total)：\(findings) 条给出问题，\(derivations) 条推导事实\n",
            english: "\n\(total): \(findings) reporting findings, \(derivations) deriving facts\n")
        context.standardOutput(out)
        return .success
    }
}
