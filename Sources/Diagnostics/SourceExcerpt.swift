/// The cited line(s) of a source with a marker under the span, as diagnostics and
/// findings show them:
///
///        12 | (indicatr (weight ?w))
///           |  ^~~~~~~~
///
/// Columns count characters; the marker is placed by display width (CJK counts two).
public enum SourceExcerpt {
    /// `mark` styles the marker (colour on a terminal).
    public static func render(_ range: SourceRange, lines: [Substring], mark: (String) -> String = { $0 }) -> String {
        guard range.start.line >= 1, range.start.line <= lines.count else { return "" }
        let lastLine = min(max(range.end.line, range.start.line), lines.count)
        let gutterWidth = String(lastLine).count + 3
        var out = ""
        for lineNumber in range.start.line...lastLine {
            let line = lines[lineNumber - 1]
            let number = String(lineNumber)
            out += String(repeating: " ", count: gutterWidth - number.count) + number + " | " + expandTabs(line) + "\n"
            let (startColumn, endColumn) = markedColumns(of: range, onLine: lineNumber, lineLength: line.count)
            guard endColumn > startColumn else { continue }
            let before = expandTabs(line.prefix(startColumn - 1))
            let marked = expandTabs(line.dropFirst(startColumn - 1).prefix(endColumn - startColumn))
            let width = max(1, DisplayWidth.of(marked))
            let marker = lineNumber == range.start.line ? "^" + String(repeating: "~", count: width - 1) : String(repeating: "~", count: width)
            out += String(repeating: " ", count: gutterWidth) + " | " + String(repeating: " ", count: DisplayWidth.of(before)) + mark(marker) + "\n"
        }
        return out
    }

    /// 1-based [start, end) columns of the span on one line of a possibly multi-line range.
    private static func markedColumns(of range: SourceRange, onLine line: Int, lineLength: Int) -> (Int, Int) {
        let start = line == range.start.line ? range.start.column : 1
        var end = line == range.end.line ? range.end.column : lineLength + 1
        if range.start == range.end || (line == range.start.line && end <= start) {
            end = start + 1  // a point: mark one character
        }
        let clampedStart = min(max(start, 1), lineLength + 1)
        return (clampedStart, min(max(end, clampedStart), lineLength + 2))
    }

    private static func expandTabs(_ line: Substring) -> String {
        String(line).replacing("\t", with: String(repeating: " ", count: DisplayWidth.tabWidth))
    }
}
