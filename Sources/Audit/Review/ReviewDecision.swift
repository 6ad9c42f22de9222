import Checksums
import Foundation
import ReportReading

/// What an auditor decided about a finding: 确认, 不采纳 or 待定, with a comment. Kept
/// by the finding's fingerprint (rule, unit and the words it cites), not its number, so
/// that it survives re-runs, edits elsewhere in the report and changed thresholds.
public struct ReviewDecision: Sendable, Codable, Equatable {
    public enum Verdict: String, Sendable, Codable, CaseIterable {
        case accepted, rejected, pending

        /// As auditors write it.
        public var chinese: String {
            switch self {
            case .accepted: "确认"
            case .rejected: "不采纳"
            case .pending: "待定"
            }
        }
    }

    public let fingerprint: String
    /// What the finding was when decided, to show a decision whose finding is gone.
    public let rule: String
    public let unit: String
    public let title: String
    public let verdict: Verdict
    public let comment: String

    public init(finding: Finding, verdict: Verdict, comment: String) {
        fingerprint = finding.fingerprint
        rule = finding.rule
        unit = finding.unit
        title = finding.title
        self.verdict = verdict
        self.comment = comment
    }
}

extension Finding {
    /// 16 hex digits of SHA-256 over the rule, the unit and the quotes it cites (each
    /// once, in order): the same finding gets the same fingerprint in every run.
    public var fingerprint: String {
        var hasher = SHA256()
        let quotes = Array(Set(citations.map(\.quote))).sorted()
        for part in [rule, unit] + quotes { hasher.update(Array(part.utf8) + [0]) }
        return String(hasher.finishHex().prefix(16))
    }
}

/// The decisions about one report, kept beside it as `REPORT.review.json`.
public struct ReviewFile: Sendable, Equatable {
    public private(set) var decisions: [ReviewDecision] = []

    public init(decisions: [ReviewDecision] = []) {
        self.decisions = decisions.sorted { $0.fingerprint < $1.fingerprint }
    }

    /// Where the decisions about a report are kept.
    public static func path(forReport report: String) -> String { report + ".review.json" }

    public func decision(for finding: Finding) -> ReviewDecision? {
        // Most reports have no decisions: no fingerprint to hash for every finding shown.
        guard !decisions.isEmpty else { return nil }
        let fingerprint = finding.fingerprint
        return decisions.first { $0.fingerprint == fingerprint }
    }

    /// Decisions whose finding the audit no longer gives.
    public func stale(given findings: [Finding]) -> [ReviewDecision] {
        guard !decisions.isEmpty else { return [] }
        let current = Set(findings.map(\.fingerprint))
        return decisions.filter { !current.contains($0.fingerprint) }
    }

    /// A new decision replaces the one about the same finding.
    public mutating func record(_ decision: ReviewDecision) {
        decisions.removeAll { $0.fingerprint == decision.fingerprint }
        decisions.append(decision)
        decisions.sort { $0.fingerprint < $1.fingerprint }
    }

    private struct Stored: Codable {
        let decisions: [ReviewDecision]
    }

    /// The file's bytes: sorted keys, one decision per entry, the same for the same decisions.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(Stored(decisions: decisions))) ?? Data()) + Data("\n".utf8)
    }

    /// Reads the file's bytes; nil when they are not a review file.
    public init?(data: Data) {
        guard let stored = try? JSONDecoder().decode(Stored.self, from: data) else { return nil }
        self.init(decisions: stored.decisions)
    }
}
