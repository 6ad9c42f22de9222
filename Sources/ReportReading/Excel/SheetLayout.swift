/// A sheet's cells laid out as the text layout: rows with one lone unmerged value are
/// paragraphs (a title or a line of prose typed into column A), runs of other rows are
/// tables. In a table a merged range is one cell spanning its columns, a merged cell
/// in each further row it covers, as Word writes them; empty rows end a table.
struct SheetLayout {
    let sheet: String
    let content: SheetContent
    let text: (SheetContent.Cell) -> String

    func lay(into layout: inout TextLayout) {
        let values = Dictionary(content.cells.map { (Key(row: $0.row, column: $0.column), text($0)) }, uniquingKeysWith: { _, last in last })
            .filter { !$0.value.trimmedText.isEmpty }
        var mergeAt: [Key: SheetContent.Range] = [:]
        var merged = Set<Int>()  // rows any merged range touches
        for range in content.merges where range.bottom - range.top < 10_000 && range.right - range.left < 1_000 {
            mergeAt[Key(row: range.top, column: range.left)] = range
            for row in range.top...range.bottom { merged.insert(row) }
        }
        let rows = Set(values.keys.map(\.row)).union(merged).sorted()
        guard let firstColumn = (values.keys.map(\.column) + content.merges.map(\.left)).min(),
            let lastColumn = (values.keys.map(\.column) + content.merges.map(\.right)).max()
        else { return }
        var table: [(row: Int, cells: [TextLayout.Cell], columns: [Int])] = []
        func endTable() {
            guard !table.isEmpty else { return }
            let rowsOfTable = table
            layout.addTable(rowsOfTable.map(\.cells)) { row, index in
                let line = rowsOfTable[row - 1], column = line.columns[index]
                return .sheetCell(sheet: sheet, row: line.row, column: column, tableColumn: column - firstColumn + 1)
            }
            table = []
        }
        var previous: Int?
        for row in rows {
            if let previous, row > previous + 1 { endTable() }
            previous = row
            let filled = (firstColumn...lastColumn).filter { values[Key(row: row, column: $0)] != nil }
            if filled.count == 1, !merged.contains(row), let only = values[Key(row: row, column: filled[0])] {
                endTable()
                layout.addParagraph(Self.pieces(only), outlineLevel: nil)
                continue
            }
            var cells: [TextLayout.Cell] = []
            var columns: [Int] = []
            var column = firstColumn
            while column <= lastColumn {
                let key = Key(row: row, column: column)
                if let range = mergeAt[key] {
                    cells.append(TextLayout.Cell(pieces: Self.pieces(values[key]), span: range.right - range.left + 1))
                } else if let range = covering(row, column), range.left == column {
                    cells.append(TextLayout.Cell(pieces: [], span: range.right - range.left + 1, continuesMerge: true))
                } else if let range = covering(row, column) {
                    column = range.right + 1  // inside a range, right of its first column
                    continue
                } else {
                    cells.append(TextLayout.Cell(pieces: Self.pieces(values[key])))
                }
                columns.append(column)
                column += cells[cells.count - 1].span
            }
            table.append((row, cells, columns))
        }
        endTable()
    }

    /// A cell's lines (Alt+Enter in Excel), joined as the layout joins a wrapped cell:
    /// 绩效指标⏎性质 is 绩效指标性质.
    private static func pieces(_ value: String?) -> [String] {
        value.map { $0.split(whereSeparator: \.isNewline).map(String.init) } ?? []
    }

    private struct Key: Hashable {
        let row: Int, column: Int
    }

    /// The merged range that covers a cell other than its top-left one.
    private func covering(_ row: Int, _ column: Int) -> SheetContent.Range? {
        content.merges.first { $0.top <= row && row <= $0.bottom && $0.left <= column && column <= $0.right && ($0.top != row || $0.left != column) }
    }
}
