import Audit
import Foundation

/// The knowledge the workbench audits with, and the audits made with it: replaced whole
/// when policy staff save a change, so that a request sees the old or the new, never a mix.
final class KnowledgeState: @unchecked Sendable {
    private let lock = NSLock()
    private var knowledgeInUse: AuditKnowledge
    private var runInUse: RunInfo
    private var auditsInUse: AuditCache
    private var caseAuditsInUse: AuditCache?
    private let folder: String
    private let cases: String?
    private let maximumReportSize: Int

    /// `cases` is the case library's folder, whose reports trainees read.
    init(_ knowledge: AuditKnowledge, run: RunInfo, folder: String, cases: String?, maximumReportSize: Int) {
        self.folder = folder
        self.cases = cases
        self.maximumReportSize = maximumReportSize
        knowledgeInUse = knowledge
        runInUse = run
        auditsInUse = Self.cache(knowledge, folder: folder, maximumReportSize: maximumReportSize)
        caseAuditsInUse = cases.map { Self.cache(knowledge, folder: $0, maximumReportSize: maximumReportSize) }
    }

    var knowledge: AuditKnowledge { lock.withLock { knowledgeInUse } }
    var run: RunInfo { lock.withLock { runInUse } }
    var audits: AuditCache { lock.withLock { auditsInUse } }
    /// The case library's audits (paths `NAME/report.txt`): the answer key of training.
    var caseAudits: AuditCache? { lock.withLock { caseAuditsInUse } }

    /// From now on, audits use `knowledge`; reports are audited again when next asked for.
    func replace(with knowledge: AuditKnowledge, run: RunInfo) {
        let audits = Self.cache(knowledge, folder: folder, maximumReportSize: maximumReportSize)
        let caseAudits = cases.map { Self.cache(knowledge, folder: $0, maximumReportSize: maximumReportSize) }
        lock.withLock { (knowledgeInUse, runInUse, auditsInUse, caseAuditsInUse) = (knowledge, run, audits, caseAudits) }
    }

    private static func cache(_ knowledge: AuditKnowledge, folder: String, maximumReportSize: Int) -> AuditCache {
        AuditCache(folder: folder, reader: knowledge.reader(maximumSize: maximumReportSize), auditor: Auditor(knowledge: knowledge.rules))
    }
}
