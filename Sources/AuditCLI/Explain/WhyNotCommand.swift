import ArgumentParsing
import Audit
import Diagnostics
import Rendering

/// `audit why-not FILE RULE [--unit U]`: why a rule stayed silent. RULE is a rule id or
/// words of its Chinese title (结余率).
enum WhyNotCommand: AuditCommand {
    static let path = ["why-not"]
    static let spec = CommandSpec(
        "why-not", abstract: "Show why a rule gave no finding: for the nearest misses, what held and what did not.",
        discussion: "RULE is a rule id (see 'audit rules list') or words of its Chinese title, e.g. 结余率. --detail shows every condition with variables and fact ids, for rule authors.",
        arguments: [
            .option("--unit", "-u", value: "UNIT", help: "Only this unit under review (部门整体, 附件3, …)."),
            .flag("--detail", help: "Every condition with variables and fact ids (for rule authors)."),
            .option("--format", "-f", value: "FORMAT", help: "Output format.", choices: ["text", "json"], default: "text"),
            KnowledgeOption.spec,
            ReaderOption.spec,
            .positional("FILE", help: "The report."),
            .positional("RULE-ID", help: "A rule id, or words of a rule's Chinese title."),
        ])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws(UsageError) -> Int32 {
        let file = arguments.value("FILE") ?? ""
        guard let session = try AuditSession(arguments, files: [file], command: path, context: context),
            let audit = session.audits.first
        else { return ExitCode.inputError }
        let asked = arguments.value("RULE-ID") ?? ""
        let renderer = context.errorRenderer
        let rules = session.knowledge.rule(asked).map { [$0] } ?? session.knowledge.rules.filter { $0.kind == .finding && $0.title.contains(asked) }
        guard !rules.isEmpty else {
            let suggestion = Suggestions.closest(to: asked, among: session.knowledge.rules.map(\.id)).map { "did you mean '\($0)'?" }
            context.standardError(renderer.render(Diagnostic(code: "CLI002", message: "no rule '\(asked)' in the knowledge base", help: suggestion)))
            return ExitCode.inputError
        }
        let unit = arguments.value("unit")
        if let unit, !audit.read.report.units.contains(where: { $0.id == unit }) {
            let units = audit.read.report.units.map(\.id).joined(separator: "、")
            context.standardError(renderer.render(Diagnostic(code: "CLI005", message: "\(file) has no unit '\(unit)'", help: "its units are \(units)")))
            return ExitCode.inputError
        }
        let json = arguments.value("format") == "json"
        var texts: [String] = []
        for rule in rules {
            // Only the answer that is shown is searched for.
            let text =
                json || arguments.flag("detail")
                ? audit.whyNot(rule.id, unit: unit).map { json ? WhyNotJSON.render($0).text() : WhyNotText.render($0) }
                : audit.plainWhyNot(rule.id, unit: unit).map(PlainWhyNotText.render)
            guard let text else { return ExitCode.inputError }
            texts.append(text)
        }
        context.standardOutput(
            json ? (texts.count == 1 ? texts[0] : "[" + texts.joined(separator: ",\n") + "]") + "\n" : texts.joined(separator: "\n"))
        return ExitCode.success
    }
}
