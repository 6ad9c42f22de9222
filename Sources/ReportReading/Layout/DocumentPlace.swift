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
        switch place {
        case .cell(let table, let row, let column): return (table, row, column)
        case .sheetCell(_, let row, _, let tableColumn): return (0, row, tableColumn)
        case .paragraph, .page: return nil
        }
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
    /// A cell of a workbook: its sheet, row and column as Excel numbers them, and its
    /// column in the table the layout made of it (from 1).
    case sheetCell(sheet: String, row: Int, column: Int, tableColumn: Int)
    /// A line of a PDF's text, by its page (from 1).
    case page(Int)

    /// How a citation names the place of lines `first` to `last`: "¶12", "¶12–14",
    /// "表3 第4行 第8列", "表3 第4行 第1–8列", "表3 第4–6行".
    static func describe(_ first: DocumentPlace, _ last: DocumentPlace) -> String {
        if first == last { return first.text }
        switch (first, last) {
        case (.paragraph(let a), .paragraph(let b)):
            return "¶\(a)–\(b)"
        case (.page(let a), .page(let b)):
            return "第\(a)–\(b)页"
        case (.cell(let table, let row, let column), .cell(let lastTable, let lastRow, let lastColumn)) where table == lastTable:
            return row != lastRow ? "表\(table) 第\(row)–\(lastRow)行" : "表\(table) 第\(row)行 第\(column)–\(lastColumn)列"
        case (.sheetCell(let sheet, let row, let column, _), .sheetCell(let lastSheet, let lastRow, let lastColumn, _)) where sheet == lastSheet:
            return "\(Self.sheetName(sheet))!\(Self.cellName(row, column)):\(Self.cellName(lastRow, lastColumn))"
        default:
            return "\(first.text) – \(last.text)"
        }
    }

    private var text: String {
        switch self {
        case .paragraph(let number): "¶\(number)"
        case .cell(let table, let row, let column): "表\(table) 第\(row)行 第\(column)列"
        case .sheetCell(let sheet, let row, let column, _): "\(Self.sheetName(sheet))!\(Self.cellName(row, column))"
        case .page(let page): "第\(page)页"
        }
    }

    /// A sheet's name as a formula writes it: quoted when it holds a space or punctuation.
    static func sheetName(_ name: String) -> String {
        name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } ? name : "'" + name.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
    }

    /// `D12`: the column as letters (A … Z, AA …), then the row.
    static func cellName(_ row: Int, _ column: Int) -> String {
        var letters = "", number = column
        while number > 0 {
            let digit = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + digit))) + letters
            number = (number - 1) / 26
        }
        return letters + "\(row)"
    }
}
