import Audit
import ReportReading
import RuleLanguage

/// `audit check --format sarif`: SARIF 2.1.0, for code-scanning dashboards and the
/// like. One run; each report is an artifact (with its SHA-256), each finding a result
/// whose first citation is its location and the others related locations. Columns
/// are UTF-16 code units, SARIF's default.
public enum FindingsSARIF {
    public static func render(_ audits: [DocumentAudit], run: RunInfo, knowledge: KnowledgeBase) -> JSONValue {
        let rules = knowledge.rules.filter { $0.kind == .finding }
        let ruleIndex = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var results: [JSONValue] = []
        for (artifact, audit) in audits.enumerated() {
            for finding in audit.findings {
                results.append(result(finding, artifact: artifact, audit: audit, ruleIndex: ruleIndex[finding.rule], rule: knowledge.rule(finding.rule)))
            }
        }
        return .object([
            ("$schema", "https://json.schemastore.org/sarif-2.1.0.json"),
            ("version", "2.1.0"),
            (
                "runs",
                .array([
                    .object([
                        (
                            "tool",
                            .object([
                                (
                                    "driver",
                                    .object([
                                        ("name", .string(run.tool)), ("version", .string(run.version)),
                                        ("rules", .array(rules.map(descriptor))),
                                    ])
                                )
                            ])
                        ),
                        (
                            "originalUriBaseIds",
                            .object([(sourceRoot, .object([("description", .object([("text", .string("the folder audit was run in"))]))]))])
                        ),
                        ("artifacts", .array(audits.map(artifact))),
                        ("invocations", .array([invocation(audits)])),
                        ("results", .array(results)),
                        (
                            "properties",
                            .object([
                                ("knowledgePath", .string(run.knowledgePath)), ("knowledgeSha256", .string(run.knowledgeSHA256)),
                            ])
                        ),
                    ])
                ])
            ),
        ])
    }

    /// The run's invocation, whose notifications are the reading notes: what the tool
    /// could not read is about the tool's execution, not a result against the report.
    static func invocation(_ audits: [DocumentAudit]) -> JSONValue {
        var notifications: [JSONValue] = []
        for (artifact, audit) in audits.enumerated() {
            for gap in audit.read.gaps {
                notifications.append(
                    .object([
                        ("level", "note"), ("message", .object([("text", .string(gap.message))])),
                        ("locations", .array([location(gap.citation, artifact: artifact, lines: audit.read.report.source.lines)])),
                        ("descriptor", .object([("id", .string("reading-gap"))])),
                    ]))
            }
        }
        return .object([("executionSuccessful", .bool(true)), ("toolExecutionNotifications", .array(notifications))])
    }

    static func level(_ severity: FindingSeverity) -> String {
        switch severity {
        case .high: "error"
        case .medium: "warning"
        case .low: "note"
        }
    }

    static func descriptor(_ rule: RuleDefinition) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(rule.id)),
            ("shortDescription", .object([("text", .string(rule.title))])),
            ("fullDescription", .object([("text", .string(rule.plainConditions.joined(separator: "；")))])),
        ]
        if let recommendation = rule.recommendation { members.append(("help", .object([("text", .string(recommendation.source))]))) }
        members.append(("defaultConfiguration", .object([("level", .string(level(rule.severity ?? .low)))])))
        members.append(
            (
                "properties",
                .object([
                    ("severity", .string(rule.severity?.rawValue ?? "low")),
                    ("basis", .array(rule.basis.map { .string($0.text) })),
                ])
            ))
        return .object(members)
    }

    static func artifact(_ audit: DocumentAudit) -> JSONValue {
        .object([
            ("location", artifactLocation(audit.file)),
            ("encoding", .string(audit.read.report.source.encoding.rawValue)),
            ("hashes", .object([("sha-256", .string(audit.read.sha256))])),
        ])
    }

    static func result(_ finding: Finding, artifact: Int, audit: DocumentAudit, ruleIndex: Int?, rule: RuleDefinition?) -> JSONValue {
        let locations = finding.citations.map { location($0, artifact: artifact, lines: audit.read.report.source.lines) }
        // A judgement call is a "review" result, whose level SARIF requires to be "none".
        let review = rule?.needsReview == true
        var members: [(String, JSONValue)] = [("ruleId", .string(finding.rule))]
        if let ruleIndex { members.append(("ruleIndex", .number(ruleIndex))) }
        members += [
            ("kind", .string(review ? "review" : "fail")),
            ("level", .string(review ? "none" : level(finding.severity))),
            ("message", .object([("text", .string(finding.message))])),
            ("locations", .array(Array(locations.prefix(1)))),
        ]
        if locations.count > 1 { members.append(("relatedLocations", .array(Array(locations.dropFirst())))) }
        // The same fingerprint as the review files: a finding is the same finding across runs.
        members.append(("partialFingerprints", .object([("auditFinding/v1", .string(finding.fingerprint))])))
        // A finding the auditor did not accept is suppressed, with the auditor's reason.
        if let decision = audit.decision(for: finding), decision.verdict == .rejected {
            members.append(
                ("suppressions", .array([.object([("kind", .string("external")), ("justification", .string(decision.shown))])])))
        }
        members.append(
            (
                "properties",
                .object([
                    ("findingId", .string(finding.id)), ("unit", .string(finding.unit)), ("severity", .string(finding.severity.rawValue)),
                    ("recommendation", .string(finding.recommendation)),
                ])
            ))
        return .object(members)
    }

    /// A .docx citation's region is in the document's text layout; the location's
    /// message names the paragraph or table cell.
    static func location(_ citation: Citation, artifact: Int, lines: [String]) -> JSONValue {
        let region = JSONValue.object([
            ("startLine", .number(citation.line)),
            ("startColumn", .number(utf16Column(citation.column, line: citation.line, lines: lines))),
            ("endLine", .number(citation.endLine)),
            ("endColumn", .number(utf16Column(citation.endColumn, line: citation.endLine, lines: lines))),
            ("snippet", .object([("text", .string(citation.quote))])),
        ])
        let physical = JSONValue.object([
            ("artifactLocation", artifactLocation(citation.file, index: artifact)),
            ("region", region),
        ])
        return .object([("physicalLocation", physical)] + (citation.place.map { [("message", .object([("text", .string($0))]))] } ?? []))
    }

    /// A 1-based character column as a 1-based UTF-16 column.
    static func utf16Column(_ column: Int, line: Int, lines: [String]) -> Int {
        guard line >= 1, line <= lines.count else { return column }
        return lines[line - 1].prefix(max(column - 1, 0)).utf16.count + 1
    }

    /// A relative path as a URI reference: percent-encoded where URIs need it.
    /// A relative path is relative to SRCROOT, the folder audit was run in (left for the
    /// viewer to resolve: the output does not depend on where it was made).
    static func artifactLocation(_ path: String, index: Int? = nil) -> JSONValue {
        var members: [(String, JSONValue)] = [("uri", .string(uri(path)))]
        if !path.hasPrefix("/") { members.append(("uriBaseId", .string(sourceRoot))) }
        if let index { members.append(("index", .number(index))) }
        return .object(members)
    }

    static let sourceRoot = "SRCROOT"

    static func uri(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let c = Character(UnicodeScalar(byte))
            if c.isASCII, c.isLetter || c.isNumber || "-._~/".contains(c) {
                out.append(c)
            } else {
                out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return out
    }
}
