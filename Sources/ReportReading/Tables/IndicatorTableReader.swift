/// Reads the indicator rows of a form's indicator body, one record per row, with the
/// categories of merged cells carried down; template rows left empty, and the total
/// score row (总分), are kept apart.
struct IndicatorTableReader {
    let body: TableStructure.Body
    let rows: [GridRow]
    let vocabulary: ReadingVocabulary

    /// One filled indicator row, cells by column.
    struct Row {
        var cells: [TableColumn: GridCell] = [:]
        var level1: String = ""
        var level2: String = ""
        let first: GridCell
        let last: GridCell
    }

    /// A row of the template left empty, with the categories it stands under.
    struct BlankRow {
        let level1: String
        let level2: String
        let first: GridCell
        let last: GridCell
    }

    struct Result {
        var rows: [Row] = []
        var blanks: [BlankRow] = []
        /// The score a 总分 row states, and the row.
        var totalScore: (cell: GridCell, row: GridRow)?
    }

    func read() -> Result {
        var result = Result()
        let alignment = RowAlignment(header: body.header, values: vocabulary.values)
        var level1 = "", level2 = ""
        for index in body.rows {
            let gridRow = rows[index]
            guard let (first, last) = gridRow.filledBounds else { continue }
            if let role = vocabulary.matchers.rows.match(VocabularyText.compact(first.text))?.key, role == .total || role == .totalScore {
                if role == .totalScore, let score = totalScore(gridRow, alignment) { result.totalScore = (score, gridRow) }
                continue
            }
            var row = Row(cells: alignment.cells(of: gridRow), first: first, last: last)
            // Merged cells: a category left empty is the one above.
            let one = row.cells[.level1].map { Self.category($0.text) } ?? ""
            let two = row.cells[.level2].map { Self.category($0.text) } ?? ""
            if !one.isEmpty, one != level1 { level1 = one; level2 = "" }
            if !two.isEmpty { level2 = two }
            row.level1 = level1
            row.level2 = level2
            let filled: [TableColumn] = [.name, .target, .weight, .actual]
            if filled.allSatisfy({ row.cells[$0].map { vocabulary.values.cell($0.text).isEmpty } ?? true }) {
                result.blanks.append(BlankRow(level1: level1, level2: level2, first: first, last: last))
            } else {
                result.rows.append(row)
            }
        }
        return result
    }

    /// A category as written, without placeholder dots ("时效指标……") and without the
    /// points a form notes beside it ("产出指标（50分）").
    static func category(_ text: String) -> String {
        let stripped = Placeholder.stripped(text)
        let (plain, notes) = VocabularyText.splitNotes(stripped)
        return notes.isEmpty || notes.contains(where: { !$0.hasSuffix("分") }) ? stripped : plain
    }

    /// The score of a 总分 row: the cell under 得分, or else its last figure.
    private func totalScore(_ row: GridRow, _ alignment: RowAlignment) -> GridCell? {
        if let cell = alignment.cells(of: row)[.score], vocabulary.values.isNumeric(cell.text) { return cell }
        let figures = row.cells.filter { vocabulary.values.isNumeric($0.text) }
        return figures.count >= 2 ? figures.last : nil
    }
}
