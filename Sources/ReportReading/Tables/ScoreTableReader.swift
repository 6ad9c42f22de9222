/// Reads a score body (指标名称 | 权重 | 得分 | 得分率): one line per named row.
struct ScoreTableReader {
    let body: TableStructure.Body
    let rows: [GridRow]
    let vocabulary: ReadingVocabulary

    struct Line {
        let row: GridRow
        let name: GridCell
        let weight: GridCell?
        let score: GridCell?
        let rate: GridCell?
    }

    func read() -> [Line] {
        let alignment = RowAlignment(header: body.header, values: vocabulary.values)
        return body.rows.compactMap { index in
            let row = rows[index]
            let cells = alignment.cells(of: row)
            guard let name = cells[.name], !name.isEmpty else { return nil }
            return Line(row: row, name: name, weight: cells[.weight], score: cells[.score], rate: cells[.rate])
        }
    }
}
