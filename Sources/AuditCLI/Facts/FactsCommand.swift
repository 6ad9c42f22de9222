import ArgumentParsing
import Diagnostics
import ReportReading
import Rendering

/// `audit facts FILE… [--format text|json]`
enum FactsCommand: AuditCommand {
    static let path = ["facts"]
    static var spec: CommandSpec {
        CommandSpec(
            "facts", abstract: localized("显示从报告中读到的内容：提纲、表格以及每条事实及其出处。", english: "Show what the reader finds in reports: outline, tables and every fact with its citation."),
            discussion: localized("无法读取的文件会报告并跳过，其他文件照常显示（有文件失败时退出状态为 2）。", english: "A file that cannot be read is reported and skipped; the others are still shown (exit 2 if any failed)."),
            arguments: [
                .option("--format", "-f", value: "FORMAT", help: localized("输出格式。", english: "Output format."), choices: ["text", "json"], default: "text"),
                .flag("--coverage", help: localized("按评价对象列出表格、每个表头单元格被识别成的列，以及数字被读成事实的比例。", english: "Show per unit the tables, the column each header cell was read as, and the share of figures read into facts.")),
                ReaderOption.spec,
                KnowledgeOption.spec,
                .positional("FILE", help: localized("报告文件（.txt、.docx、.xlsx、.pdf、.html），或其所在的文件夹。", english: "Report files (.txt, .docx, .xlsx, .pdf, .html), or folders of them."), repeating: true),
            ])
    }

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws(UsageError) -> ExitCode {
        guard let vocabulary = KnowledgeOption.loadVocabulary(arguments, context: context) else { return .inputError }
        let reader = try ReaderOption.reader(arguments, command: path, vocabulary: vocabulary)
        var reads: [ReadReport] = []
        let named = ReportFiles.expand(arguments.values("FILE"), context: context)
        let renderer = context.errorRenderer
        var failed = named.failed
        for file in named.files {
            do {
                reads.append(try reader.read(path: file, relativeTo: context.workingDirectory))
            } catch {
                failed = true
                context.standardError(renderer.render(error))
            }
        }
        let json = arguments.value("format") == "json"
        if arguments.flag("coverage") {
            let pairs = reads.map { ($0, reader.coverage(of: $0)) }
            context.standardOutput(
                json ? CoverageRendering.json(pairs).text() + "\n" : pairs.map { CoverageRendering.text($0, $1) }.joined(separator: "\n"))
        } else if json {
            context.standardOutput(FactsRendering.json(reads).text() + "\n")
        } else {
            context.standardOutput(reads.map(FactsRendering.text).joined(separator: "\n"))
        }
        return failed ? .inputError : .success
    }
}
