import Audit
import Diagnostics
import ReportReading
import RuleEngine
import RuleLanguage

/// What a change of the knowledge base does: the rules and parameters changed, and the
/// findings of a set of reports (the case library, a folder) that appear, go or change.
/// `audit rules diff` prints it; the workbench shows it before a rule is saved.
public struct ChangeImpact: Sendable {
    public struct Report: Sendable {
        public let file: String
        public let diff: FindingsDiff
    }

    public struct Counts: Sendable, Equatable {
        public var added = 0, removed = 0, changed = 0

        public init() {}
    }

    public let rules: KnowledgeDiff
    public let reportCount: Int
    /// The reports whose findings change, in the order given.
    public let changed: [Report]
    /// The reports that could not be read or audited, and why.
    public let failures: [Diagnostic]

    /// Audits every report with both knowledge bases, side by side (paths from `directory`
    /// when relative). A report is read once when both read with the same words.
    public static func measure(old: AuditKnowledge, new: AuditKnowledge, reports: [String], in directory: String) -> ChangeImpact {
        let sameWords = byName(old.vocabulary.sources) == byName(new.vocabulary.sources)
        let (oldReader, newReader) = (old.reader(), new.reader())
        let (oldAuditor, newAuditor) = (Auditor(knowledge: old.rules), Auditor(knowledge: new.rules))
        let outcomes = sideBySide(reports.count) { index -> Result<Report, Diagnostic> in
            let file = reports[index]
            let newRead: ReadReport, oldRead: ReadReport
            do throws(Diagnostic) {
                newRead = try newReader.read(path: file, relativeTo: directory)
                oldRead = sameWords ? newRead : try oldReader.read(path: file, relativeTo: directory)
            } catch {
                return .failure(error)
            }
            do throws(EngineError) {
                return .success(Report(file: file, diff: FindingsDiff(old: try oldAuditor.audit(oldRead).findings, new: try newAuditor.audit(newRead).findings)))
            } catch {
                return .failure(error.diagnostic)
            }
        }
        return ChangeImpact(
            rules: KnowledgeDiff(old: old.rules, new: new.rules), reportCount: reports.count,
            changed: outcomes.compactMap { try? $0.get() }.filter { !$0.diff.isEmpty },
            failures: outcomes.compactMap { if case .failure(let problem) = $0 { problem } else { nil } })
    }

    /// Findings added, removed and changed per rule.
    public var perRule: [String: Counts] {
        var counts: [String: Counts] = [:]
        for report in changed {
            for finding in report.diff.added { counts[finding.rule, default: Counts()].added += 1 }
            for finding in report.diff.removed { counts[finding.rule, default: Counts()].removed += 1 }
            for (_, after) in report.diff.changed { counts[after.rule, default: Counts()].changed += 1 }
        }
        return counts
    }

    public var totals: Counts {
        perRule.values.reduce(into: Counts()) { total, counts in
            total.added += counts.added
            total.removed += counts.removed
            total.changed += counts.changed
        }
    }

    /// Vocabulary files by name (a revision's paths carry the revision).
    public static func byName(_ sources: [String: String]) -> [String: String] {
        Dictionary(sources.map { ($0.key.split(separator: "/").last.map(String.init) ?? $0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
    }
}
