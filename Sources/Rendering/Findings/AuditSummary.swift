import Audit
import RuleLanguage

/// What a batch keeps of a report once its findings are written: enough for the summary
/// table and the totals line, so that the report's document and engine can go.
public struct AuditSummary: Sendable, Equatable {
    public let file: String
    /// Findings by severity, highest first.
    public let counts: [FindingSeverity: Int]

    public init(_ audit: DocumentAudit) {
        file = audit.file
        counts = Dictionary(grouping: audit.findings, by: \.severity).mapValues(\.count)
    }

    public var findings: Int { counts.values.reduce(0, +) }

    public func count(_ severity: FindingSeverity) -> Int { counts[severity] ?? 0 }

    /// "高 4，中 10，低 2" over several reports.
    static func counts(_ summaries: [AuditSummary]) -> String {
        FindingSeverity.allCases.sorted(by: >).map { severity in
            "\(severity.chinese) \(summaries.reduce(0) { $0 + $1.count(severity) })"
        }.joined(separator: "，")
    }
}
