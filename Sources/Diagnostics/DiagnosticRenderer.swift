/// Renders diagnostics as a person reads them in a terminal:
///
///     knowledge/x.rules:12:5: error[KB012]: unknown template 'indicatr'
///        12 | (indicatr (weight ?w))
///           |  ^~~~~~~~
///     note: templates are declared in knowledge/facts.rules
///     help: did you mean 'indicator'?
public struct DiagnosticRenderer {
    /// Returns the lines of a file (without terminators), or nil when it cannot be read.
    public typealias SourceLines = (String) -> [Substring]?

    private let sourceLines: SourceLines
    private let useColor: Bool

    public init(useColor: Bool = false, sourceLines: @escaping SourceLines) {
        self.sourceLines = sourceLines
        self.useColor = useColor
    }

    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined()
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        var out = ""
        if let range = diagnostic.range {
            out += bold("\(range.file):\(range.start.line):\(range.start.column): ")
        }
        out += colored(
            "\(diagnostic.severity.rawValue)[\(diagnostic.code)]", for: diagnostic.severity)
        out += bold(": \(diagnostic.message)") + "\n"
        if let range = diagnostic.range { out += excerpt(range, severity: diagnostic.severity) }
        for note in diagnostic.notes {
            if let range = note.range {
                out += "\(colored("note", for: .note)): \(range.file):\(range.start.line):\(range.start.column): \(note.message)\n"
                out += excerpt(range, severity: .note)
            } else {
                out += "\(colored("note", for: .note)): \(note.message)\n"
            }
        }
        if let help = diagnostic.help { out += "\(colored("help", for: .note)): \(help)\n" }
        return out
    }

    /// The cited line(s) with a marker under the span.
    private func excerpt(_ range: SourceRange, severity: Severity) -> String {
        guard let lines = sourceLines(range.file), range.start.line >= 1,
            range.start.line <= lines.count
        else { return "" }
        let lastLine = min(max(range.end.line, range.start.line), lines.count)
        let gutterWidth = String(lastLine).count + 3
        var out = ""
        for lineNumber in range.start.line...lastLine {
            let line = lines[lineNumber - 1]
            let number = String(lineNumber)
            out += String(repeating: " ", count: gutterWidth - number.count) + number + " | "
                + expandTabs(line) + "\n"
            let (startColumn, endColumn) = markedColumns(
                of: range, onLine: lineNumber, lineLength: line.count)
            guard endColumn > startColumn else { continue }
            let before = line.prefix(startColumn - 1)
            let marked = line.dropFirst(startColumn - 1).prefix(endColumn - startColumn)
            let width = max(1, DisplayWidth.of(marked))
            let marker = lineNumber == range.start.line
                ? "^" + String(repeating: "~", count: width - 1)
                : String(repeating: "~", count: width)
            out += String(repeating: " ", count: gutterWidth) + " | "
                + String(repeating: " ", count: DisplayWidth.of(before))
                + colored(marker, for: severity) + "\n"
        }
        return out
    }

    /// 1-based [start, end) columns of the span on one line of a possibly multi-line range.
    private func markedColumns(of range: SourceRange, onLine line: Int, lineLength: Int)
        -> (Int, Int)
    {
        let start = line == range.start.line ? range.start.column : 1
        var end = line == range.end.line ? range.end.column : lineLength + 1
        if range.start == range.end || (line == range.start.line && end <= start) {
            end = start + 1  // a point: mark one character
        }
        let clampedStart = min(max(start, 1), lineLength + 1)
        return (clampedStart, min(max(end, clampedStart), lineLength + 2))
    }

    private func expandTabs(_ line: Substring) -> String {
        String(line).replacing("\t", with: String(repeating: " ", count: DisplayWidth.tabWidth))
    }

    private func bold(_ text: String) -> String { useColor ? "\u{1B}[1m\(text)\u{1B}[0m" : text }

    private func colored(_ text: String, for severity: Severity) -> String {
        guard useColor else { return text }
        let code = switch severity {
        case .error: "31"
        case .warning: "33"
        case .note: "36"
        }
        return "\u{1B}[1;\(code)m\(text)\u{1B}[0m"
    }
}
