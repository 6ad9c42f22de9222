import ArgumentParsing
import Audit
import Diagnostics
import Rendering

/// `audit explain FILE FINDING-ID [--format text|json]`: how a finding was derived.
enum ExplainCommand: AuditCommand {
    static let path = ["explain"]
    static var spec: CommandSpec {
        CommandSpec(
            "explain", abstract: localized("说明一个问题是怎样得出的：用平实的句子写出推理，并引用报告原文。", english: "Show how a finding was reached: the reasoning in plain sentences, with the report's words."),
            discussion: localized("FINDING-ID 是 'audit check' 显示的编号（#3 → 3）。--detail 列出每条规则的每个条件，供规则编写者使用。", english: "FINDING-ID is the number 'audit check' shows (#3 → 3). --detail shows every condition of every rule, for rule authors."),
            arguments: [
                .option("--format", "-f", value: "FORMAT", help: localized("输出格式。", english: "Output format."), choices: ["text", "json"], default: "text"),
                .flag("--detail", help: localized("列出每条规则的每个条件，含变量和事实编号（供规则编写者使用）。", english: "Every condition of every rule, with variables and fact ids (for rule authors).")),
                KnowledgeOption.spec,
                ReaderOption.spec,
                .positional("FILE", help: localized("报告文件。", english: "The report.")),
                .positional("FINDING-ID", help: localized("问题在 'audit check' 中的编号。", english: "The finding's number in 'audit check'.")),
            ])
    }

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws(UsageError) -> ExitCode {
        let file = arguments.value("FILE") ?? ""
        guard var session = try AuditSession(arguments, files: [file], command: path, context: context),
            let audit = session.audits(context: context).first
        else { return .inputError }
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
            context.standardError(context.errorRenderer.render(.unknownFinding(id, file: file, findings: audit.findings.count)))
            return .inputError
        }
        context.standardOutput(rendered)
        return .success
    }
}
