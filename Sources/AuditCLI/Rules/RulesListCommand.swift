import ArgumentParsing
import RuleLanguage

/// `audit rules list`
enum RulesListCommand: AuditCommand {
    static let path = ["rules", "list"]
    static let spec = CommandSpec(
        "list", abstract: "List the rules: id, severity, title.", arguments: [KnowledgeOption.spec])

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> Int32 {
        guard let knowledge = KnowledgeOption.load(arguments, context: context, readsReports: false)?.rules else { return ExitCode.inputError }
        let idWidth = max(knowledge.rules.map(\.id.count).max() ?? 0, 2) + 2
        var out = padded("ID", to: idWidth) + padded("SEVERITY", to: 10) + "TITLE\n"
        for rule in knowledge.rules {
            let severity = rule.severity.map { "\($0.rawValue)" } ?? "—"
            let kind = rule.kind == .derivation ? "（推导）" : (rule.needsReview ? "（需复核）" : "")
            out += padded(rule.id, to: idWidth) + padded(severity, to: 10) + rule.title + kind + "\n"
        }
        let findings = knowledge.rules.filter { $0.kind == .finding }.count
        out += "\n\(Plural.count(knowledge.rules.count, "rule")): \(findings) reporting findings, \(knowledge.rules.count - findings) deriving facts\n"
        context.standardOutput(out)
        return ExitCode.success
    }
}
