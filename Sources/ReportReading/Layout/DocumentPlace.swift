/// What a line of a .docx's text layout came from: its place, and for a paragraph in a
/// heading style its outline level (0 for 标题 1), which makes it a heading even
/// without a number.
public struct LineOrigin: Hashable, Sendable {
    public let place: DocumentPlace
    public let outlineLevel: Int?
    /// For a table cell: the grid columns it spans (`gridSpan`).
    public let span: Int
    /// For a table cell: it continues a vertical merge from the row above (`vMerge`).
    public let continuesMerge: Bool

    /// The table, row and grid column of a cell (from 1).
    var cellPosition: (table: Int, row: Int, column: Int)? {
        if case .cell(let table, let row, let column) = place { return (table, row, column) }
        return nil
    }

    public init(_ place: DocumentPlace, outlineLevel: Int? = nil, span: Int = 1, continuesMerge: Bool = false) {
        self.place = place
        self.outlineLevel = outlineLevel
        self.span = span
        self.continuesMerge = continuesMerge
    }
}

/// Where a line of a .docx report came from: a body paragraph (counted from 1 over the
/// body, tables aside) or a table cell (table, row and grid column, from 1).
public enum DocumentPlace: Hashable, Sendable {
    case paragraph(Int)
    case cell(table: Int, row: Int, column: Int)

    /// How a citation names the place of lines `first` to `last`: "¶12", "¶12–14",
    /// "表3 第4行 第8列", "表3 第4行 第1–8列", "表3 第4–6行".
    static func describe(_ first: DocumentPlace, _ last: DocumentPlace) -> String {
        if first == last { return first.text }
        switch (first, last) {
        case (.paragraph(let a), .paragraph(let b)):
            return "¶\(a)–\(b)"
        case (.cell(let table, let row, let column), .cell(let lastTable, let lastRow, let lastColumn)) where table == lastTable:
            return row != lastRow ? "表\(table) 第\(row)–\(lastRow)行" : "表\(table) 第\(row)行 第\(column)–\(lastColumn)列"
        default:
            return "\(first.text) – \(last.text)"
        }
    }

    private var text: String {
        switch self {
        case .paragraph(let number): "¶\(number)"
        case .cell(let table, let row, let column): "表\(table) 第\(row)行 第\(column)列"
        }
    }
}
