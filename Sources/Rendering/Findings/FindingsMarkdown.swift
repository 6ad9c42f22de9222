import Audit
import ReportReading
import RuleLanguage

/// `audit check --format markdown`: for pasting into a review memo or an issue.
public enum FindingsMarkdown {
    public static func render(_ audits: [DocumentAudit], run: RunInfo) -> String {
        var out = "# 绩效自评报告审核结果\n\n"
        out += "| 报告 | 高 | 中 | 低 |\n| --- | ---: | ---: | ---: |\n"
        for audit in audits {
            let counts = Dictionary(audit.counts, uniquingKeysWith: { a, _ in a })
            out += "| \(cell(audit.file)) | \(counts[.high] ?? 0) | \(counts[.medium] ?? 0) | \(counts[.low] ?? 0) |\n"
        }
        for audit in audits { out += "\n" + document(audit) }
        out += "\n---\n\n\(run.tool) \(run.version)；规则库 `\(run.knowledgePath)`（\(run.ruleCount) 条规则，sha256 `\(run.knowledgeSHA256)`）\n"
        return out
    }

    static func document(_ audit: DocumentAudit) -> String {
        let report = audit.read.report
        var out = "## \(report.file)\n\nsha256 `\(audit.read.sha256)`\n"
        let gaps = audit.read.gaps
        if !gaps.isEmpty {
            out += "\n### 读取提示\n\n读取器未能完整读取的部分；这不是审核发现，相关内容需人工核对。\n\n"
            for gap in gaps { out += "- \(gap.message)（\(gap.citation.chineseLocation)：\(quote(gap.citation.quote))）\n" }
        }
        if audit.findings.isEmpty { return out + "\n未发现问题。\n" }
        for unit in report.units {
            let findings = audit.findings.filter { $0.unit == unit.id }
            guard !findings.isEmpty else { continue }
            out += "\n### \(unit.id)〔\(unit.kind.rawValue)〕\(unit.title.isEmpty ? "" : " " + unit.title)\n"
            for finding in findings {
                out += "\n#### #\(finding.id) 【\(finding.severity.chinese)】\(finding.title)\(finding.needsReview ? "【\(Finding.reviewLabel)】" : "")（`\(finding.rule)`）\n\n"
                out += "\(finding.message)\n\n"
                for citation in finding.citations {
                    out += "- \(citation.chineseLocation)：\(quote(citation.quote))\n"
                }
                if !finding.related.isEmpty { out += "\n同一问题另见：\(finding.related.map { "#\($0)" }.joined(separator: "、"))\n" }
                if !finding.basis.isEmpty { out += "\n依据：\(finding.basis.map(\.text).joined(separator: "；"))\n" }
                if !finding.recommendation.isEmpty { out += "\n建议：\(finding.recommendation)\n" }
                if let decision = audit.decision(for: finding) { out += "\n审核意见：\(decision.shown)\n" }
            }
        }
        if !audit.staleDecisions.isEmpty {
            out += "\n### \(ReviewDecision.staleHeading)\n\n" + audit.staleDecisions.map { "- \($0.shownStale)\n" }.joined()
        }
        return out
    }

    /// A quote on one line, in code span so that Markdown leaves it as written.
    private static func quote(_ text: String) -> String {
        let flat = text.displayQuote
        let ticks = flat.contains("`") ? "``" : "`"
        return "\(ticks)\(flat)\(ticks)"
    }

    private static func cell(_ text: String) -> String {
        text.replacing("|", with: "\\|")
    }
}
