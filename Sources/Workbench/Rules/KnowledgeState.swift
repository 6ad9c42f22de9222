import Audit
import Foundation

/// The knowledge the workbench audits with, and the audits made with it: replaced whole
/// when policy staff save a change, so that a request sees the old or the new, never a mix.
final class KnowledgeState: @unchecked Sendable {
    private let lock = NSLock()
    private var knowledgeInUse: AuditKnowledge
    private var runInUse: RunInfo
    private var auditsInUse: AuditCache
    private let folder: String
    private let maximumReportSize: Int

    init(_ knowledge: AuditKnowledge, run: RunInfo, folder: String, maximumReportSize: Int) {
        self.folder = folder
        self.maximumReportSize = maximumReportSize
        knowledgeInUse = knowledge
        runInUse = run
        auditsInUse = Self.cache(knowledge, folder: folder, maximumReportSize: maximumReportSize)
    }

    var knowledge: AuditKnowledge { lock.withLock { knowledgeInUse } }
    var run: RunInfo { lock.withLock { runInUse } }
    var audits: AuditCache { lock.withLock { auditsInUse } }

    /// From now on, audits use `knowledge`; reports are audited again when next asked for.
    func replace(with knowledge: AuditKnowledge, run: RunInfo) {
        let audits = Self.cache(knowledge, folder: folder, maximumReportSize: maximumReportSize)
        lock.withLock { (knowledgeInUse, runInUse, auditsInUse) = (knowledge, run, audits) }
    }

    private static func cache(_ knowledge: AuditKnowledge, folder: String, maximumReportSize: Int) -> AuditCache {
        AuditCache(folder: folder, reader: knowledge.reader(maximumSize: maximumReportSize), auditor: Auditor(knowledge: knowledge.rules))
    }
}
