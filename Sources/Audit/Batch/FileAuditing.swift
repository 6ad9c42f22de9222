import Diagnostics
import ReportReading

extension Auditor {
    /// Reads and audits one report file (a path from `directory` when relative): the
    /// audit, or why there is none — the reader's error, or the engine's with the file it
    /// was auditing. The review decisions are the caller's to attach.
    public func audit(file: String, reader: ReportReader, from directory: String) -> Result<DocumentAudit, Diagnostic> {
        let read: ReadReport
        do {
            read = try reader.read(path: file, relativeTo: directory)
        } catch {
            return .failure(error)
        }
        do {
            return .success(try audit(read))
        } catch {
            var diagnostic = error.diagnostic
            diagnostic.notes.append(Diagnostic.Note(localized("审核 \(file) 时", english: "while auditing \(file)")))
            return .failure(diagnostic)
        }
    }
}
