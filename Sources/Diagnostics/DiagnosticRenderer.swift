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
            "\(diagnostic.severity.label)[\(diagnostic.code)]", for: diagnostic.severity)
        out += bold(": \(diagnostic.message)") + "\n"
        if let range = diagnostic.range { out += excerpt(range, severity: diagnostic.severity) }
        let noteLabel = colored(Severity.note.label, for: .note)
        for note in diagnostic.notes {
            if let range = note.range {
                out += "\(noteLabel): \(range.file):\(range.start.line):\(range.start.column): \(note.message)\n"
                out += excerpt(range, severity: .note)
            } else {
                out += "\(noteLabel): \(note.message)\n"
            }
        }
        if let help = diagnostic.help { out += "\(colored(localized("建议", english: "help"), for: .note)): \(help)\n" }
        return out
    }

    private func excerpt(_ range: SourceRange, severity: Severity) -> String {
        guard let lines = sourceLines(range.file) else { return "" }
        return SourceExcerpt.render(range, lines: lines) { colored($0, for: severity) }
    }

    private func bold(_ text: String) -> String { TerminalStyle(enabled: useColor).bold(text) }

    private func colored(_ text: String, for severity: Severity) -> String {
        let colour: TerminalStyle.Colour =
            switch severity {
            case .error: .red
            case .warning: .yellow
            case .note: .cyan
            }
        return TerminalStyle(enabled: useColor).colored(text, colour)
    }
}
