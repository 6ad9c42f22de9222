import Audit
import Diagnostics
import ReportReading
import RuleLanguage

/// `audit check` for a terminal: per report, per unit, findings by weight, each with
/// its message, the quoted source under a marker (rustc style), basis and advice.
public struct FindingsText: Sendable {
    public var useColor = false

    /// Citations spanning more lines than this are shown on one line.
    static let excerptLines = 3

    public init(useColor: Bool = false) {
        self.useColor = useColor
    }

    public func render(_ audits: [DocumentAudit], run: RunInfo) -> String {
        audits.map(render).joined(separator: "\n") + trailer(audits.map(AuditSummary.init), run: run)
    }

    /// What follows the reports: the summary table (for more than one) and the totals.
    public func trailer(_ summaries: [AuditSummary], run: RunInfo) -> String {
        var out = summaries.count > 1 ? "\n" + summaryTable(summaries) : ""
        let total = summaries.reduce(0) { $0 + $1.findings }
        out += "\n\(summaries.count) 份报告，\(total) 项发现（\(AuditSummary.counts(summaries))）"
        out += "；规则库 \(run.knowledgePath)（\(run.ruleCount) 条规则，sha256 \(run.knowledgeSHA256.prefix(12))），\(run.tool) \(run.version)\n"
        return out
    }

    public func render(_ audit: DocumentAudit) -> String {
        let report = audit.read.report
        let lines = report.source.lines.map { Substring($0) }
        var out = bold("\(report.file)") + "（\(report.source.encoding.rawValue)，\(report.source.lineCount) 行，sha256 \(audit.read.sha256.prefix(12))）\n"
        out += readingNotes(audit.read.gaps)
        if audit.findings.isEmpty { return out + "  未发现问题。\n" }
        for unit in report.units {
            let findings = audit.findings.filter { $0.unit == unit.id }
            guard !findings.isEmpty else { continue }
            out += "\n" + bold("\(unit.id)〔\(unit.kind.rawValue)〕\(unit.title.isEmpty ? "" : " " + unit.title)") + "\n"
            for finding in findings { out += render(finding, lines: lines, decision: audit.decision(for: finding)) }
        }
        let orphans = audit.findings.filter { finding in !report.units.contains { $0.id == finding.unit } }
        if !orphans.isEmpty {
            out += "\n" + bold("（未归属单位）") + "\n"
            for finding in orphans { out += render(finding, lines: lines, decision: audit.decision(for: finding)) }
        }
        if !audit.staleDecisions.isEmpty {
            out += "\n" + bold(ReviewDecision.staleHeading) + "\n" + audit.staleDecisions.map { "  - \($0.shownStale)\n" }.joined()
        }
        return out
    }

    /// Many reports: one line each, in the order read, with its counts by severity.
    func summaryTable(_ summaries: [AuditSummary]) -> String {
        let header = ["报告", "高", "中", "低", "合计"]
        let rows = summaries.map { summary in
            [summary.file] + FindingSeverity.allCases.sorted(by: >).map { "\(summary.count($0))" } + ["\(summary.findings)"]
        }
        return bold("汇总") + "\n" + TextTable.render([header] + rows, rightAligned: [1, 2, 3, 4])
    }

    /// What the reader could not read, before the findings: a gap is the tool's, not the report's.
    private func readingNotes(_ gaps: [ReadingGap]) -> String {
        guard !gaps.isEmpty else { return "" }
        var out = "\n" + bold("读取提示") + "（读取器未能完整读取的部分；这不是审核发现，相关内容需人工核对）\n"
        for gap in gaps {
            out += "  - \(gap.message)\n    --> \(gap.citation.location) “\(gap.citation.quote.displayQuote)”\n"
        }
        return out
    }

    private func render(_ finding: Finding, lines: [Substring], decision: ReviewDecision?) -> String {
        var out = "\n" + colored("\(finding.severity.chinese)[\(finding.rule)]", finding.severity) + bold(" #\(finding.id) \(finding.title)") + (finding.needsReview ? "（\(Finding.reviewLabel)）" : "") + "\n"
        out += "  \(finding.message)\n"
        for citation in finding.citations {
            // A table row takes a line per cell: shown as one line of cells under their headers.
            if !citation.cells.isEmpty {
                out += "  --> \(citation.location)\n      \(citation.shownText)\n"
                continue
            }
            if citation.endLine - citation.line >= Self.excerptLines {
                out += "  --> \(citation.location) “\(citation.quote.displayQuote)”\n"
                continue
            }
            out += "  --> \(citation.location)\n"
            let range = SourceRange(
                file: citation.file, start: SourceLocation(line: citation.line, column: citation.column),
                end: SourceLocation(line: citation.endLine, column: citation.endColumn))
            out += SourceExcerpt.render(range, lines: lines) { colored($0, finding.severity) }
        }
        for basis in finding.basis { out += "  = 依据：\(basis)\n" }
        if !finding.recommendation.isEmpty { out += "  = 建议：\(finding.recommendation)\n" }
        if let decision { out += "  = 审核意见：\(decision.shown)\n" }
        if !finding.related.isEmpty { out += "  = 同一问题另见：\(finding.related.map { "#\($0)" }.joined(separator: "、"))\n" }
        return out
    }

    private func bold(_ text: String) -> String { TerminalStyle(enabled: useColor).bold(text) }

    private func colored(_ text: String, _ severity: FindingSeverity) -> String {
        let colour: TerminalStyle.Colour =
            switch severity {
            case .high: .red
            case .medium: .yellow
            case .low: .cyan
            }
        return TerminalStyle(enabled: useColor).colored(text, colour)
    }
}

/// Counts as a person reads them: "高 2，中 5，低 1".
