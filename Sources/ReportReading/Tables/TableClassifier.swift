/// What a table is, from the words of its header cells.
enum TableClassifier {
    static func kind(of rows: [[TextPiece]]) -> TableKind {
        for row in rows {
            let cells = row.map { $0.text.trimmedText }
            let has = { (word: String) in cells.contains { $0.contains(word) } }
            if has("一级指标"), has("三级指标") || has("二级指标") { return .indicators }
            if has("权重") || has("分值"), has("得分"), has("指标") { return .scores }
            if has("预算") || has("拨款"), has("决算") || has("执行数") || has("支出数") || has("实际支出") { return .budget }
        }
        return .other
    }
}
