/// What a line of a .docx's text layout came from: its place, and for a paragraph in a
/// heading style its outline level (0 for 标题 1), which makes it a heading even
/// without a number.
public struct LineOrigin: Hashable, Sendable {
    public let place: DocumentPlace
    public let outlineLevel: Int?

    public init(_ place: DocumentPlace, outlineLevel: Int? = nil) {
        self.place = place
        self.outlineLevel = outlineLevel
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
