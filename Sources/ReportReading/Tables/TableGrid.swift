/// A cell of a table and where it stands in the table's grid.
public struct GridCell: Sendable {
    let piece: TextPiece
    /// The first grid column it covers (from 0), and how many it covers.
    public internal(set) var column: Int
    public internal(set) var span: Int
    /// It continues a vertical merge from the row above: known in a .docx; in text a
    /// lone TAB may be one or an empty cell.
    public let continuesAbove: Bool
    /// The piece's text without surrounding blanks: tables read it many times.
    public let text: String
    /// The lines of the source it is written on (nil for a cell with no text in the source).
    public var lines: ClosedRange<Int>? { piece.firstLine >= 1 ? piece.firstLine...max(piece.firstLine, piece.lastLine) : nil }

    init(piece: TextPiece, column: Int, span: Int, continuesAbove: Bool) {
        self.piece = piece
        self.column = column
        self.span = span
        self.continuesAbove = continuesAbove
        text = piece.text.trimmedText
    }

    var isEmpty: Bool { text.isEmpty }
    /// The grid columns it covers.
    var columns: Range<Int> { column..<(column + span) }
}

/// A row of cells in grid order.
public struct GridRow: Sendable {
    public internal(set) var cells: [GridCell]
    /// The cells' columns and spans are those of the document (.docx); in text they are
    /// only the cells' order, one column each.
    public let spansKnown: Bool

    /// The first and last filled cells (merged cells are empty), for citations.
    var filledBounds: (first: GridCell, last: GridCell)? {
        guard let first = cells.first(where: { !$0.isEmpty }) ?? cells.first,
            let last = cells.last(where: { !$0.isEmpty }) ?? cells.last
        else { return nil }
        return (first, last)
    }

    var nonEmpty: [GridCell] { cells.filter { !$0.isEmpty } }

    /// The grid width the row covers.
    var width: Int { cells.last.map { $0.column + $0.span } ?? 0 }

    /// The cell covering grid column `column`.
    func cell(at column: Int) -> GridCell? { cells.first { $0.columns.contains(column) } }
}
