import ArgumentParsing
import Audit
import Diagnostics
import Foundation
import ReportReading
import RuleEngine
import RuleLanguage

/// Reads reports and audits them with the knowledge base, for `check`, `explain`,
/// `why-not` and `review`. A file that cannot be read or audited is reported on
/// standard error and left out; the others are still audited.
struct AuditSession {
    let knowledge: KnowledgeBase
    let run: RunInfo
    /// The report files, folders expanded, in the order given.
    let files: [String]
    private let reader: ReportReader
    private let auditor: Auditor
    /// A file could not be found, read or audited, or its review file is damaged.
    private(set) var failed = false

    /// Batches up to this size show no progress line.
    static let quietBatch = 5

    /// Nil when the knowledge base has errors (already reported).
    init?(_ arguments: ParsedArguments, files: [String], command: [String], context: CommandContext) throws(UsageError) {
        guard let loaded = KnowledgeOption.load(arguments, context: context) else { return nil }
        reader = try ReaderOption.reader(arguments, command: command, vocabulary: loaded.vocabulary)
        knowledge = loaded.rules
        run = RunInfo(version: AuditTool.version, knowledgePath: KnowledgeOption.name(arguments, context: context), knowledge: loaded)
        auditor = Auditor(knowledge: loaded.rules)
        let named = ReportFiles.expand(files, context: context)
        self.files = named.files
        failed = named.failed
    }

    /// What became of one file: its audit made ready by the caller, or why there is none;
    /// and the problems to report either way (a damaged review file leaves the audit).
    private struct Outcome<Prepared> {
        var prepared: Prepared?
        var problems: [Diagnostic] = []
    }

    /// Audits every file on up to `jobs` threads. `prepare` turns an audit into what the
    /// caller keeps (rendered text, a summary), on the thread that audited it, so that the
    /// report's document and engine go when it returns; `deliver` gets the results on
    /// this thread, in the order of the files, with problems already reported.
    mutating func audit<Prepared>(
        jobs: Int, context: CommandContext, prepare: @escaping @Sendable (DocumentAudit) -> Prepared, deliver: (Prepared) -> Void
    ) {
        let (files, reader, auditor) = (self.files, self.reader, self.auditor)
        let directory = context.workingDirectory, language = MessageLanguage.current
        // A batch on a terminal shows how far it is, on one line of standard error that
        // is cleared at the end (never in a file or a pipe).
        let showsProgress = context.errorIsTerminal && files.count > Self.quietBatch
        let clearLine = showsProgress ? "\r\u{1B}[K" : ""
        defer { if showsProgress { context.standardError(clearLine) } }
        let renderer = context.errorRenderer
        OrderedWork.run(count: files.count, jobs: jobs) { index in
            MessageLanguage.$current.withValue(language) {
                Self.audit(files[index], reader: reader, auditor: auditor, directory: directory, prepare: prepare)
            }
        } deliver: { index, outcome in
            if showsProgress { context.standardError("\r\u{1B}[K\(index + 1)/\(files.count) \(files[index])") }
            if !outcome.problems.isEmpty {
                failed = true
                context.standardError(clearLine + outcome.problems.map { renderer.render($0) }.joined())
            }
            if let prepared = outcome.prepared { deliver(prepared) }
        }
    }

    /// Every audit, kept whole: for commands about one report, and formats written at the end.
    mutating func audits(jobs: Int = 1, context: CommandContext) -> [DocumentAudit] {
        var audits: [DocumentAudit] = []
        audit(jobs: jobs, context: context, prepare: { UncheckedAudit($0) }) { audits.append($0.audit) }
        return audits
    }

    private static func audit<Prepared>(
        _ file: String, reader: ReportReader, auditor: Auditor, directory: String, prepare: (DocumentAudit) -> Prepared
    ) -> Outcome<Prepared> {
        var audit: DocumentAudit
        switch auditor.audit(file: file, reader: reader, from: directory) {
        case .success(let made): audit = made
        case .failure(let problem): return Outcome(problems: [problem])
        }
        var outcome = Outcome<Prepared>()
        switch ReviewStore.load(forReport: file, in: directory) {
        case .success(let review): audit.attach(review)
        case .failure(let diagnostic): outcome.problems.append(diagnostic)
        }
        outcome.prepared = prepare(audit)
        return outcome
    }
}

/// An audit handed from the thread that made it to the one that keeps it, whole.
private struct UncheckedAudit: @unchecked Sendable {
    let audit: DocumentAudit
    init(_ audit: DocumentAudit) { self.audit = audit }
}
