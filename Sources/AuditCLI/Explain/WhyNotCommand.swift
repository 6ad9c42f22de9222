import ArgumentParsing
import Audit
import Diagnostics
import Rendering

/// `audit why-not FILE RULE-ID [--unit U]`: why a rule stayed silent.
enum WhyNotCommand: AuditCommand {
    static let path = ["why-not"]
    static let spec = CommandSpec(
        "why-not", abstract: "Show why a rule did not fire: the closest candidates and the first condition that failed.",
        arguments: [
            .option("--unit", "-u", value: "UNIT", help: "Only this unit under review (部门整体, 附件3, …)."),
            .option("--format", "-f", value: "FORMAT", help: "Output format.", choices: ["text", "json"], default: "text"),
            KnowledgeOption.spec,
            ReaderOption.spec,
            .positional("FILE", help: "The report."),
            .positional("RULE-ID", help: "A rule of the knowledge base (see 'audit rules list')."),
        ])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws(UsageError) -> Int32 {
        let file = arguments.value("FILE") ?? ""
        guard let session = try AuditSession(arguments, files: [file], command: path, context: context),
            let audit = session.audits.first
        else { return ExitCode.inputError }
        let ruleID = arguments.value("RULE-ID") ?? ""
        let renderer = context.errorRenderer
        guard session.knowledge.rule(ruleID) != nil else {
            let suggestion = Suggestions.closest(to: ruleID, among: session.knowledge.rules.map(\.id)).map { "did you mean '\($0)'?" }
            context.standardError(renderer.render(Diagnostic(code: "CLI002", message: "no rule '\(ruleID)' in the knowledge base", help: suggestion)))
            return ExitCode.inputError
        }
        let unit = arguments.value("unit")
        if let unit, !audit.read.report.units.contains(where: { $0.id == unit }) {
            let units = audit.read.report.units.map(\.id).joined(separator: "、")
            context.standardError(renderer.render(Diagnostic(code: "CLI005", message: "\(file) has no unit '\(unit)'", help: "its units are \(units)")))
            return ExitCode.inputError
        }
        guard let answer = audit.whyNot(ruleID, unit: unit) else { return ExitCode.inputError }
        context.standardOutput(arguments.value("format") == "json" ? WhyNotJSON.render(answer).text() + "\n" : WhyNotText.render(answer))
        return ExitCode.success
    }
}
