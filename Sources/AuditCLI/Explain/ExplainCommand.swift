import ArgumentParsing
import Audit
import Diagnostics
import Rendering

/// `audit explain FILE FINDING-ID [--format text|json]`: how a finding was derived.
enum ExplainCommand: AuditCommand {
    static let path = ["explain"]
    static let spec = CommandSpec(
        "explain", abstract: "Show how a finding was reached: the reasoning in plain sentences, with the report's words.",
        discussion: "FINDING-ID is the number 'audit check' shows (#3 → 3). --detail shows every condition of every rule, for rule authors.",
        arguments: [
            .option("--format", "-f", value: "FORMAT", help: "Output format.", choices: ["text", "json"], default: "text"),
            .flag("--detail", help: "Every condition of every rule, with variables and fact ids (for rule authors)."),
            KnowledgeOption.spec,
            ReaderOption.spec,
            .positional("FILE", help: "The report."),
            .positional("FINDING-ID", help: "The finding's number in 'audit check'."),
        ])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws(UsageError) -> Int32 {
        let file = arguments.value("FILE") ?? ""
        guard let session = try AuditSession(arguments, files: [file], command: path, context: context),
            let audit = session.audits.first
        else { return ExitCode.inputError }
        let id = String((arguments.value("FINDING-ID") ?? "").trimmingPrefix("#"))
        // Only the explanation that is shown is built.
        let rendered: String? =
            if arguments.value("format") == "json" {
                audit.explanation(of: id).map { ExplanationJSON.render($0, plain: audit.plainExplanation(of: id)).text() + "\n" }
            } else if arguments.flag("detail") {
                audit.explanation(of: id).map(ExplanationText.render)
            } else {
                audit.plainExplanation(of: id).map(PlainExplanationText.render)
            }
        guard let rendered else {
            context.standardError(context.errorRenderer.render(unknownFinding(id, in: audit, file: file)))
            return ExitCode.inputError
        }
        context.standardOutput(rendered)
        return ExitCode.success
    }

    /// A finding number the audit of `file` does not have (CLI004), with the numbers it has.
    static func unknownFinding(_ id: String, in audit: DocumentAudit, file: String) -> Diagnostic {
        let known = audit.findings.isEmpty ? "it has no findings" : "its findings are #1 to #\(audit.findings.count)"
        return Diagnostic(code: "CLI004", message: "no finding #\(id) in \(file)", help: "\(known); see 'audit check \(file)'")
    }
}
