import ArgumentParsing
import Audit
import Diagnostics
import ReportReading
import RuleEngine
import RuleLanguage

/// Reads reports and audits them with the knowledge base, for `check`, `explain` and
/// `why-not`. A file that cannot be read or audited is reported on standard error and
/// left out; the others are still audited.
struct AuditSession {
    let knowledge: KnowledgeBase
    let vocabulary: ReadingVocabulary
    let run: RunInfo
    var audits: [DocumentAudit] = []
    var failed = false

    /// Batches up to this size show no progress line.
    static let quietBatch = 5

    /// Nil when the knowledge base has errors (already reported).
    init?(_ arguments: ParsedArguments, files: [String], command: [String], context: CommandContext) throws(UsageError) {
        guard let loaded = KnowledgeOption.load(arguments, context: context) else { return nil }
        let reader = try ReaderOption.reader(arguments, command: command, vocabulary: loaded.vocabulary)
        knowledge = loaded.rules
        vocabulary = loaded.vocabulary
        run = RunInfo(version: AuditTool.version, knowledgePath: KnowledgeOption.name(arguments, context: context), knowledge: loaded)
        let auditor = Auditor(knowledge: loaded.rules)
        let renderer = context.errorRenderer
        let named = ReportFiles.expand(files, context: context)
        failed = named.failed
        // A batch on a terminal shows how far it is, on one line of standard error that
        // is cleared at the end (never in a file or a pipe).
        let showsProgress = context.errorIsTerminal && named.files.count > Self.quietBatch
        let clearLine = showsProgress ? "\r\u{1B}[K" : ""
        defer { if showsProgress { context.standardError(clearLine) } }
        for (index, file) in named.files.enumerated() {
            if showsProgress { context.standardError("\r\u{1B}[K\(index + 1)/\(named.files.count) \(file)") }
            do {
                let read = try reader.read(path: file, relativeTo: context.workingDirectory)
                do {
                    var audit = try auditor.audit(read)
                    switch ReviewStore.load(forReport: file, context: context) {
                    case .success(let review): audit.attach(review)
                    case .failure(let diagnostic):
                        failed = true
                        context.standardError(clearLine + renderer.render(diagnostic))
                    }
                    audits.append(audit)
                } catch {
                    failed = true
                    var diagnostic = error.diagnostic
                    diagnostic.notes.append(Diagnostic.Note("while auditing \(file)"))
                    context.standardError(clearLine + renderer.render(diagnostic))
                }
            } catch {
                failed = true
                context.standardError(clearLine + renderer.render(error))
            }
        }
    }
}
