/// The cited line(s) of a source with a marker under the span, as diagnostics and
/// findings show them:
///
///        12 | (indicatr (weight ?w))
///           |  ^~~~~~~~
///
/// Columns count characters; the marker is placed by display width (CJK counts two).
/// A line wider than `maximumWidth` is shortened around the span (… where it is cut), so
/// that a 700-column paragraph does not push the marker off the screen.
public enum SourceExcerpt {
    /// Display columns of source shown per line.
    public static let maximumWidth = 100
    /// Columns kept before the span when a line is shortened.
    static let contextWidth = 24

    /// `mark` styles the marker (colour on a terminal).
    public static func render(_ range: SourceRange, lines: [Substring], mark: (String) -> String = { $0 }) -> String {
        guard range.start.line >= 1, range.start.line <= lines.count else { return "" }
        let lastLine = min(max(range.end.line, range.start.line), lines.count)
        let gutterWidth = String(lastLine).count + 3
        var out = ""
        for lineNumber in range.start.line...lastLine {
            let line = lines[lineNumber - 1]
            let number = String(lineNumber)
            let (startColumn, endColumn) = markedColumns(of: range, onLine: lineNumber, lineLength: line.count)
            let shown = shortened(
                before: expandTabs(line.prefix(startColumn - 1)),
                marked: expandTabs(line.dropFirst(startColumn - 1).prefix(max(0, endColumn - startColumn))),
                after: expandTabs(line.dropFirst(max(startColumn, endColumn) - 1)))
            out += String(repeating: " ", count: gutterWidth - number.count) + number + " | " + shown.text + "\n"
            guard endColumn > startColumn else { continue }
            let width = max(1, shown.markedWidth)
            let marker = lineNumber == range.start.line ? "^" + String(repeating: "~", count: width - 1) : String(repeating: "~", count: width)
            out += String(repeating: " ", count: gutterWidth) + " | " + String(repeating: " ", count: shown.markerOffset) + mark(marker) + "\n"
        }
        return out
    }

    /// A line as shown: whole when it fits, else the span with some context before it and
    /// what fits after, "…" where it is cut; and where the marker goes.
    static func shortened(before: String, marked: String, after: String) -> (text: String, markerOffset: Int, markedWidth: Int) {
        let whole = before + marked + after
        guard DisplayWidth.of(whole) > maximumWidth else { return (whole, DisplayWidth.of(before), DisplayWidth.of(marked)) }
        let ellipsis = "…"
        let kept = before.suffix(fitting: contextWidth)
        let lead = kept.count < before.count ? ellipsis + kept : kept
        let shownMarked = marked.prefix(fitting: max(1, maximumWidth - DisplayWidth.of(lead)))
        let room = maximumWidth - DisplayWidth.of(lead) - DisplayWidth.of(shownMarked)
        let shownAfter = shownMarked.count < marked.count ? "" : after.prefix(fitting: max(0, room))
        let cutEnd = shownMarked.count < marked.count || shownAfter.count < after.count
        return (lead + shownMarked + shownAfter + (cutEnd ? ellipsis : ""), DisplayWidth.of(lead), DisplayWidth.of(shownMarked))
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

extension String {
    /// The longest start of the text no wider than `width` display columns.
    fileprivate func prefix(fitting width: Int) -> String {
        var used = 0
        return String(prefix { character in
            used += DisplayWidth.of(character)
            return used <= width
        })
    }

    /// The longest end of the text no wider than `width` display columns.
    fileprivate func suffix(fitting width: Int) -> String {
        var used = 0
        return String(String(reversed().prefix { character in
            used += DisplayWidth.of(character)
            return used <= width
        }).reversed())
    }
}
