import Audit

/// A case's expectations against an audit of its report.
public struct CaseCheck: Sendable {
    public let missing: [ExpectedFindings.Finding]
    /// Findings the case does not expect.
    public let unexpected: [Finding]
    /// Quiet rules that spoke, with what they said.
    public let notQuiet: [(quiet: ExpectedFindings.Quiet, finding: Finding)]

    public var passed: Bool { missing.isEmpty && unexpected.isEmpty && notQuiet.isEmpty }

    public init(expected: ExpectedFindings, findings: [Finding]) {
        var unmatched = findings
        var missing: [ExpectedFindings.Finding] = []
        for wanted in expected.findings {
            if let index = unmatched.firstIndex(where: { Self.matches($0, wanted) }) {
                unmatched.remove(at: index)
            } else {
                missing.append(wanted)
            }
        }
        self.missing = missing
        // A finding that matches an expectation already used is a second one: unexpected.
        unexpected = unmatched
        notQuiet = expected.quiet.flatMap { quiet in
            findings.filter { $0.rule == quiet.rule && (quiet.unit == nil || $0.unit == quiet.unit) }.map { (quiet, $0) }
        }
    }

    /// Same rule and unit, and the citations cover every line listed.
    public static func matches(_ finding: Finding, _ wanted: ExpectedFindings.Finding) -> Bool {
        finding.rule == wanted.rule && finding.unit == wanted.unit
            && wanted.lines.allSatisfy { line in finding.citations.contains { $0.line <= line && line <= $0.endLine } }
    }

    /// An expected line for a finding as the audit gave it: rule, unit, first cited line.
    public static func describe(_ finding: Finding) -> String {
        "finding \(finding.rule) \(finding.unit) \(finding.citations.first.map { "\($0.line)" } ?? "")"
    }
}
