import ArgumentParsing
import Audit
import Diagnostics
import Foundation
import Rendering
import RuleLanguage

/// `audit check FILE… [--format …] [--output PATH] [--fail-on SEVERITY]`: the review.
enum CheckCommand: AuditCommand {
    static let path = ["check"]
    static let formats = ["text", "json", "jsonl", "markdown", "html", "sarif", "csv"]
    static var spec: CommandSpec {
        CommandSpec(
            "check", abstract: localized("按规则审核报告，列出每个问题及其所依据的原文。", english: "Audit reports against the rules and show every finding with the source it rests on."),
            discussion: localized("退出状态：没有问题达到 --fail-on 时为 0，有则为 1；有报告或规则库无法读取时为 2（其他报告照常审核）。", english: "Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 when a report or the knowledge base could not be read (the other reports are still audited)."),
            arguments: [
                .option("--format", "-f", value: "FORMAT", help: localized("输出格式。", english: "Output format."), choices: formats, default: "text"),
                .option("--output", "-o", value: "PATH", help: localized("把审核报告写入文件，而不是标准输出。", english: "Write the report to a file instead of standard output.")),
                .flag("--no-source", help: localized("HTML：不附报告原文（每个问题仍引用其所依据的原文）。", english: "HTML: leave out the report's text (the findings quote what they rest on).")),
                .option(
                    "--fail-on", value: "SEVERITY", help: localized("使退出状态为 1 的最低严重程度。", english: "Lowest severity that makes the exit status 1."), choices: ["high", "medium", "low"],
                    default: "low"),
            ] + FindingFilter.specs + [
                KnowledgeOption.spec,
                ReaderOption.spec,
                JobsOption.spec,
                .positional("FILE", help: localized("报告文件（.txt、.docx、.xlsx、.pdf、.html），或其所在的文件夹。", english: "Report files (.txt, .docx, .xlsx, .pdf, .html), or folders of them."), repeating: true),
            ])
    }

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws(UsageError) -> ExitCode {
        let jobs = try JobsOption.count(arguments, command: path)
        guard var session = try AuditSession(arguments, files: arguments.values("FILE"), command: path, context: context) else {
            return .inputError
        }
        let filter = try FindingFilter(arguments, knowledge: session.knowledge)
        guard let sink = OutputSink(arguments.value("output"), context: context) else { return .inputError }
        let threshold = FindingSeverity(word: arguments.value("fail-on") ?? "low") ?? .low
        let format = arguments.value("format") ?? "text"
        var failing = false
        if let streamed = StreamedFormat(format, useColor: context.outputIsTerminal && arguments.value("output") == nil, run: session.run) {
            // Written as each report is audited; only a summary of each is kept.
            var summaries: [AuditSummary] = []
            sink.write(streamed.start)
            session.audit(jobs: jobs, context: context) { audit -> (text: String, summary: AuditSummary, fails: Bool) in
                let shown = filter.isEmpty ? audit : audit.keeping(filter.shows)
                return (streamed.render(shown), AuditSummary(shown), shown.findings.contains { $0.severity >= threshold })
            } deliver: { done in
                sink.write(streamed.separator(summaries.isEmpty) + done.text)
                summaries.append(done.summary)
                failing = failing || done.fails
            }
            sink.write(streamed.end(summaries))
        } else {
            let audits = session.audits(jobs: jobs, context: context).map { filter.isEmpty ? $0 : $0.keeping(filter.shows) }
            failing = audits.contains { $0.findings.contains { $0.severity >= threshold } }
            let text: String =
                switch format {
                case "json": FindingsJSON.render(audits, run: session.run).text() + "\n"
                case "markdown": FindingsMarkdown.render(audits, run: session.run)
                case "html": FindingsHTML.render(audits, run: session.run, includeSource: !arguments.flag("no-source"))
                default: FindingsSARIF.render(audits, run: session.run, knowledge: session.knowledge).text() + "\n"
                }
            sink.write(text)
        }
        guard sink.close() else { return .inputError }
        if session.failed { return .inputError }
        return failing ? .findings : .success
    }
}
