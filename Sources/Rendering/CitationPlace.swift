import ReportReading

/// How every rendering names where a citation is: lines of the file (for a .docx, of its
/// text layout), and for a .docx also the paragraph or table cell.
extension Citation {
    /// "12" or "12-15".
    public var lineSpan: String { line == endLine ? "\(line)" : "\(line)-\(endLine)" }

    /// "report.txt:12", "report.docx:12 [表3 第4行 第8列]".
    var location: String { "\(file):\(lineSpan)" + (place.map { " [\($0)]" } ?? "") }

    /// "第 12 行", "第 12–15 行", "¶9（第 12 行）", for Markdown and HTML.
    public var chineseLocation: String {
        let lines = line == endLine ? "第 \(line) 行" : "第 \(line)–\(endLine) 行"
        return place.map { "\($0)（\(lines)）" } ?? lines
    }

    /// A table row as its cells under their headers (三级指标 支持企业数量 │ 指标值 50 │ …),
    /// other text as the quote in quotation marks.
    public var shownText: String {
        cells.isEmpty ? "“\(quote.displayQuote)”" : cells.map { "\($0.header) \($0.text)" }.joined(separator: " │ ")
    }
}
