import Audit
import ReportReading
import RuleLanguage

/// The documented JSON of `audit check` (see README, "Findings as JSON").
public enum FindingsJSON {
    public static func render(_ audits: [DocumentAudit], run: RunInfo) -> JSONValue {
        .object([
            ("tool", .object([("name", .string(run.tool)), ("version", .string(run.version))])),
            (
                "knowledge",
                .object([("path", .string(run.knowledgePath)), ("sha256", .string(run.knowledgeSHA256)), ("rules", .number(run.ruleCount))])
            ),
            ("documents", .array(audits.map(document))),
        ])
    }

    /// `--format jsonl`: one line per report, its document with the run it came from,
    /// written as the report is audited.
    public static func line(_ audit: DocumentAudit, run: RunInfo) -> String {
        JSONValue.object([("run", runInfo(run)), ("document", document(audit))]).text(indent: 0) + "\n"
    }

    static func runInfo(_ run: RunInfo) -> JSONValue {
        .object([
            ("tool", .string(run.tool)), ("version", .string(run.version)), ("knowledge", .string(run.knowledgePath)),
            ("sha256", .string(run.knowledgeSHA256)),
        ])
    }

    static func document(_ audit: DocumentAudit) -> JSONValue {
        .object([
            ("file", .string(audit.file)),
            ("sha256", .string(audit.read.sha256)),
            ("encoding", .string(audit.read.report.source.encoding.rawValue)),
            (
                "units",
                .array(audit.read.report.units.map { unit in
                    .object([
                        ("id", .string(unit.id)), ("kind", .string(unit.kind.rawValue)), ("title", .string(unit.title)),
                        ("line", .number(unit.lines.lowerBound)), ("endLine", .number(unit.lines.upperBound)),
                        ("findings", .number(audit.findings.filter { $0.unit == unit.id }.count)),
                    ])
                })
            ),
            ("findings", .array(audit.findings.map { finding($0, decision: audit.decision(for: $0)) })),
            ("readingNotes", .array(audit.read.gaps.map(readingNote))),
            ("staleDecisions", .array(audit.staleDecisions.map(decision))),
        ])
    }

    /// What the reader could not read: not a finding, a note for the auditor.
    static func readingNote(_ gap: ReadingGap) -> JSONValue {
        .object([
            ("unit", .string(gap.unit)), ("part", .string(gap.part)), ("problem", .string(gap.problem.rawValue)),
            ("detail", .string(gap.detail)), ("message", .string(gap.message)), ("citation", FactsRendering.citation(gap.citation)),
        ])
    }

    /// A clause of policy: the citation, its parts, and whether it was checked.
    static func basis(_ basis: PolicyBasis) -> JSONValue {
        let optional: [(String, String?)] = [
            ("document", basis.document), ("number", basis.number), ("article", basis.article), ("scope", basis.scope?.rawValue),
            ("quote", basis.quote), ("summary", basis.summary), ("reason", basis.reason),
        ]
        return .object(
            [("citation", .string(basis.citation)), ("verified", .bool(basis.verified))]
                + optional.compactMap { key, value in value.map { (key, JSONValue.string($0)) } })
    }

    /// An auditor's decision: what it is, as written, and the finding it was about.
    static func decision(_ decision: ReviewDecision) -> JSONValue {
        .object([
            ("verdict", .string(decision.verdict.rawValue)), ("label", .string(decision.verdict.chinese)), ("comment", .string(decision.comment)),
            ("fingerprint", .string(decision.fingerprint)), ("rule", .string(decision.rule)), ("unit", .string(decision.unit)),
        ])
    }

    static func finding(_ finding: Finding, decision: ReviewDecision? = nil) -> JSONValue {
        .object([
            ("fingerprint", .string(finding.fingerprint)),
            ("id", .string(finding.id)),
            ("rule", .string(finding.rule)),
            ("severity", .string(finding.severity.rawValue)),
            ("title", .string(finding.title)),
            ("review", .bool(finding.needsReview)),
            ("message", .string(finding.message)),
            ("unit", .string(finding.unit)),
            ("citations", .array(finding.citations.map(FactsRendering.citation))),
            ("basis", .array(finding.basis.map(basis))),
            ("recommendation", .string(finding.recommendation)),
            ("values", .object(finding.values.map { ($0.name, JSONValue.string($0.value)) })),
            ("related", .array(finding.related.map(JSONValue.string))),
            ("decision", decision.map(self.decision) ?? .null),
        ])
    }
}
