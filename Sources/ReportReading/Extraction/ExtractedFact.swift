import ExactDecimal

/// Where a fact was read: the file, the first and last line (1-based, every line
/// counted, as `nl -ba` and editors count), and the exact text quoted. The quote
/// always occurs in the cited lines joined by "\n".
public struct Citation: Sendable, Hashable, Codable {
    public let file: String
    public let line: Int
    public let endLine: Int
    public let quote: String
    /// Columns of the quote on its first and last line (1-based, end exclusive).
    public let column: Int
    public let endColumn: Int
    /// In a .docx, the paragraph or table cell ("¶12", "表3 第4行 第8列"); the lines
    /// are then those of the document's text layout.
    public let place: String?
    /// For a table row: its filled cells with the header each stands under, so that the
    /// row can be shown as a table (三级指标 支持企业数量 │ 指标值 ≥50 │ …).
    public internal(set) var cells: [CitedCell] = []

    init(source: SourceDocument, span: SourceSpan) {
        file = source.file
        line = span.start.line
        endLine = span.end.line
        column = span.start.column
        endColumn = span.end.column
        quote = source.quote(from: span.start, to: span.end)
        place = source.place(lines: span.start.line, span.end.line)
    }
}

/// A cell of a cited table row, under its header as the report writes it.
public struct CitedCell: Sendable, Hashable, Codable {
    public let header: String
    public let text: String
}

/// A fact read from a report, ready for the engine: its kind (a template of the
/// knowledge base), the unit under review it belongs to, its slots, and where it
/// was read.
public struct ExtractedFact: Sendable {
    /// "F1", "F2", … unit by unit (the unit, its sections, its tables' rows, then the
    /// statements of its paragraphs); the same file always gives the same ids.
    public let id: String
    public let kind: String
    public let unit: String
    /// Slot values in a fixed order, raw texts included; a slot that refers to another
    /// fact of the report is a link to its id (`.fact("F12")`).
    public let slots: [(name: String, value: SlotValue)]
    public let citation: Citation
    /// Where single slots came from, when more precise than the fact (a table cell).
    public let slotCitations: [String: Citation]

    public subscript(slot: String) -> SlotValue? { slots.first { $0.name == slot }?.value }
}
