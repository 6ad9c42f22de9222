import Audit
import Diagnostics
import RuleLanguage

/// What the list of reports shows of one: kept for every report, while whole audits
/// are kept only for the reports opened last.
struct ReportSummary: Sendable {
    let title: String
    /// Findings by severity, highest first.
    let counts: [(FindingSeverity, Int)]
    /// The findings' fingerprints, to count those decided without auditing again.
    let fingerprints: [String]

    init(_ audit: DocumentAudit) {
        title = audit.read.report.title
        counts = audit.counts
        fingerprints = audit.findings.map(\.fingerprint)
    }

    /// How many of the findings the review file decides.
    func decided(by review: ReviewFile) -> Int {
        let decided = Set(review.decisions.map(\.fingerprint))
        return fingerprints.filter(decided.contains).count
    }
}
