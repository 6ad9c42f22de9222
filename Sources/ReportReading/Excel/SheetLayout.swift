/// A sheet's cells laid out as the text layout: rows with one lone unmerged value are
/// paragraphs (a title or a line of prose typed into column A), runs of other rows are
/// tables. In a table a merged range is one cell spanning its columns, a merged cell
/// in each further row it covers, as Word writes them; empty rows end a table.
struct SheetLayout {
    let sheet: String
    let content: SheetContent
    let text: (SheetContent.Cell) -> String
    /// The merged ranges a form could have: at most 10,000, none over 10,000 rows or
    /// 1,000 columns (a sheet built to make the reader spread out millions of cells).
    private let merges: [SheetContent.Range]

    init(sheet: String, content: SheetContent, text: @escaping (SheetContent.Cell) -> String) {
        self.sheet = sheet
        self.content = content
        self.text = text
        merges = Array(content.merges.lazy.filter { $0.bottom - $0.top < 10_000 && $0.right - $0.left < 1_000 }.prefix(10_000))
    }

    func lay(into layout: inout TextLayout) {
        let values = Dictionary(content.cells.map { (Key(row: $0.row, column: $0.column), text($0)) }, uniquingKeysWith: { _, last in last })
            .filter { !$0.value.trimmedText.isEmpty }
        let ranges = merges.sorted { ($0.top, $0.left) < ($1.top, $1.left) }
        // A merged range with nothing in it adds no rows or columns of its own.
        let labelled = ranges.filter { values[Key(row: $0.top, column: $0.left)] != nil }
        var mergeAt: [Key: SheetContent.Range] = [:]
        for range in ranges { mergeAt[Key(row: range.top, column: range.left)] = range }
        var merged = Set<Int>()  // rows a labelled range touches
        for range in labelled {
            for row in range.top...range.bottom { merged.insert(row) }
        }
        let rows = Set(values.keys.map(\.row)).union(merged).sorted()
        guard let firstColumn = (values.keys.map(\.column) + labelled.map(\.left)).min(),
            let lastColumn = (values.keys.map(\.column) + labelled.map(\.right)).max()
        else { return }
        // The ranges over the current row, swept down the sheet.
        var active: [SheetContent.Range] = []
        var next = 0
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
            active.removeAll { $0.bottom < row }
            while next < ranges.count, ranges[next].top <= row {
                if ranges[next].bottom >= row { active.append(ranges[next]) }
                next += 1
            }
            let filled = (firstColumn...lastColumn).filter { values[Key(row: row, column: $0)] != nil }
            if filled.count == 1, !merged.contains(row), let only = values[Key(row: row, column: filled[0])] {
                endTable()
                layout.addParagraph(Self.pieces(only), outlineLevel: nil)
                continue
            }
            let (cells, columns) = Self.cells(
                ofRow: row, columns: firstColumn...lastColumn, values: values, mergeAt: mergeAt, active: active)
            table.append((row, cells, columns))
        }
        endTable()
    }

    /// A row's cells, each with the sheet column it starts at: a merged range is one cell
    /// spanning its columns, and continues (empty) on the rows below its first.
    private static func cells(
        ofRow row: Int, columns: ClosedRange<Int>, values: [Key: String], mergeAt: [Key: SheetContent.Range], active: [SheetContent.Range]
    ) -> ([TextLayout.Cell], [Int]) {
        func covering(_ column: Int) -> SheetContent.Range? {
            active.first { $0.left <= column && column <= $0.right && ($0.top != row || $0.left != column) }
        }
        var cells: [TextLayout.Cell] = []
        var starts: [Int] = []
        var column = columns.lowerBound
        while column <= columns.upperBound {
            let key = Key(row: row, column: column)
            if let range = mergeAt[key] {
                cells.append(TextLayout.Cell(pieces: pieces(values[key]), span: range.right - range.left + 1))
            } else if let range = covering(column), range.left == column {
                cells.append(TextLayout.Cell(pieces: [], span: range.right - range.left + 1, continuesMerge: true))
            } else if let range = covering(column) {
                column = range.right + 1  // inside a range, right of its first column
                continue
            } else {
                cells.append(TextLayout.Cell(pieces: pieces(values[key])))
            }
            starts.append(column)
            column += cells[cells.count - 1].span
        }
        return (cells, starts)
    }

    /// A cell's lines (Alt+Enter in Excel), joined as the layout joins a wrapped cell:
    /// 绩效指标⏎性质 is 绩效指标性质.
    private static func pieces(_ value: String?) -> [String] {
        value.map { $0.split(whereSeparator: \.isNewline).map(String.init) } ?? []
    }

    private struct Key: Hashable {
        let row: Int, column: Int
    }
}
