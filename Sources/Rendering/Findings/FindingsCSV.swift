import Audit
import ReportReading

/// `audit check --format csv`: one row per finding, for a spreadsheet across many reports.
/// UTF-8 with a byte-order mark and CRLF line ends, as Excel opens Chinese text correctly;
/// fields quoted by RFC 4180 where they need it.
public enum FindingsCSV {
    static let header = ["文件", "单位", "编号", "规则", "严重程度", "标题", "需人工判断", "说明", "行", "引文", "建议", "审核意见"]

    public static func render(_ audits: [DocumentAudit]) -> String {
        start + audits.map(rows).joined()
    }

    /// The byte-order mark and the header row: what a file starts with.
    public static var start: String { "\u{FEFF}" + line(header) }

    /// A report's rows, one per finding.
    public static func rows(_ audit: DocumentAudit) -> String {
        audit.findings.map { finding in
            line([
                audit.file, finding.unit, finding.id, finding.rule, finding.severity.chinese, finding.title,
                finding.needsReview ? "是" : "", finding.message, finding.citations.map(\.lineSpan).joined(separator: "、"),
                finding.citations.first?.shownText ?? "", finding.recommendation, audit.decision(for: finding)?.shown ?? "",
            ])
        }.joined()
    }

    private static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// A field as RFC 4180 writes it: in quotes, quotes doubled, when it holds a comma,
    /// a quote or a line break.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
