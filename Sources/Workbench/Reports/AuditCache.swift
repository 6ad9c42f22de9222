import Audit
import Diagnostics
import Foundation
import ReportReading

/// The audits of a folder's reports, made when first asked for and again when a report
/// changes. Summaries are kept for every report; whole audits (document and engine)
/// only for the `capacity` used last. One audit is used by one request at a time (its
/// engine answers explanations); different reports are served side by side.
final class AuditCache: @unchecked Sendable {
    typealias Outcome = Result<DocumentAudit, Diagnostic>

    private final class Entry: @unchecked Sendable {
        let lock = NSLock()
        var stamp: FileStamp?
        var outcome: Outcome?
        var summary: Result<ReportSummary, Diagnostic>?
    }

    private let folder: String
    private let reader: ReportReader
    private let auditor: Auditor
    private let capacity: Int
    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    /// Reports whose whole audit is kept, the one used last at the end.
    private var recent: [String] = []

    init(folder: String, reader: ReportReader, auditor: Auditor, capacity: Int = 16) {
        self.folder = folder
        self.reader = reader
        self.auditor = auditor
        self.capacity = capacity
    }

    /// Runs `body` with the report's audit (a path relative to the folder), its review
    /// decisions read afresh (`audit review` may have written them meanwhile), holding
    /// the report so that no other request uses the audit meanwhile. `body` must not ask
    /// the cache for another report (it would hold two reports, in no fixed order).
    func withAudit<T>(_ relative: String, _ body: (Outcome) -> T) -> T {
        let entry = touch(relative)
        entry.lock.lock()
        defer { entry.lock.unlock() }
        let outcome = current(entry, relative)
        return body(outcome.flatMap { audit in
            ReviewStore.load(forReport: relative, in: folder).map { review in
                var reviewed = audit
                reviewed.attach(review)
                return reviewed
            }
        })
    }

    /// The report's summary, auditing it only when it changed since.
    func summary(_ relative: String) -> Result<ReportSummary, Diagnostic> {
        let entry = lock.withLock { entries[relative] }
        if let entry, let summary = entry.lock.withLock({ entry.stamp == FileStamp(path(relative)) ? entry.summary : nil }) {
            return summary
        }
        return withAudit(relative) { $0.map(ReportSummary.init) }
    }

    private func path(_ relative: String) -> String { folder + "/" + relative }

    /// The entry's audit, made again when the file changed. Call with its lock held.
    private func current(_ entry: Entry, _ relative: String) -> Outcome {
        let stamp = FileStamp(path(relative))
        if let outcome = entry.outcome, entry.stamp == stamp, stamp != nil { return outcome }
        let outcome = auditor.audit(file: relative, reader: reader, from: folder)
        entry.stamp = stamp
        entry.outcome = outcome
        entry.summary = outcome.map(ReportSummary.init)
        return outcome
    }

    /// The report's entry, marked as used last; audits beyond capacity are let go (after
    /// the cache's lock is released, so that no thread waits on both locks the other way).
    private func touch(_ relative: String) -> Entry {
        let (entry, dropped) = lock.withLock { () -> (Entry, [Entry]) in
            let entry = entries[relative] ?? Entry()
            entries[relative] = entry
            recent.removeAll { $0 == relative }
            recent.append(relative)
            let overflow = max(0, recent.count - capacity)
            let dropped = recent.prefix(overflow).compactMap { entries[$0] }
            recent.removeFirst(overflow)
            return (entry, dropped)
        }
        for old in dropped { old.lock.withLock { old.outcome = nil } }
        return entry
    }
}
