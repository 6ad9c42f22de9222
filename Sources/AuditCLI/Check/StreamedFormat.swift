import Audit
import Rendering

/// The formats `check` writes report by report (text, CSV, JSON Lines): what comes
/// first, each report's part, what goes between, and what comes last from the
/// reports' summaries. The others (JSON, Markdown, HTML, SARIF) are one document.
struct StreamedFormat: Sendable {
    let start: String
    let render: @Sendable (DocumentAudit) -> String
    /// Between reports' parts; `first` for the first one written.
    let separator: @Sendable (_ first: Bool) -> String
    let end: @Sendable ([AuditSummary]) -> String

    init?(_ format: String, useColor: Bool, run: RunInfo) {
        switch format {
        case "text":
            let text = FindingsText(useColor: useColor)
            start = ""
            render = { text.render($0) }
            separator = { $0 ? "" : "\n" }
            end = { text.trailer($0, run: run) }
        case "csv":
            start = FindingsCSV.start
            render = { FindingsCSV.rows($0) }
            separator = { _ in "" }
            end = { _ in "" }
        case "jsonl":
            start = ""
            render = { FindingsJSON.line($0, run: run) }
            separator = { _ in "" }
            end = { _ in "" }
        default:
            return nil
        }
    }
}
