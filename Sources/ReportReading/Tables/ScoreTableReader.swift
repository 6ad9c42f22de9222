/// Reads a score table (指标名称 | 权重 | 得分 | 得分率).
struct ScoreTableReader {
    let table: Table

    struct Line {
        let cells: [TextPiece]
        let name: TextPiece
        let weight: TextPiece?
        let score: TextPiece?
        let rate: TextPiece?
    }

    func read() -> [Line] {
        guard let headerIndex = table.rows.firstIndex(where: { row in row.contains { $0.text.contains("得分") } }) else { return [] }
        let header = table.rows[headerIndex].map { $0.text.filter { !$0.isWhitespace } }
        let name = header.firstIndex { $0.contains("指标") || $0.contains("名称") } ?? 0
        let weight = header.firstIndex { $0.contains("权重") || $0.contains("分值") }
        let rate = header.firstIndex { $0.contains("得分率") }
        let score = header.firstIndex { $0.contains("得分") && !$0.contains("率") }
        return table.rows[(headerIndex + 1)...].compactMap { row in
            func cell(_ index: Int?) -> TextPiece? { index.flatMap { $0 < row.count ? row[$0] : nil } }
            guard name < row.count, !row[name].text.trimmedText.isEmpty else { return nil }
            return Line(cells: row, name: row[name], weight: cell(weight), score: cell(score), rate: cell(rate))
        }
    }
}
