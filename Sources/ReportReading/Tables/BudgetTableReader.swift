import ExactDecimal

/// Reads a table of budget against execution, item by item (预算项目 | 财政拨款（元）
/// | 决算数（元） | 执行进度).
struct BudgetTableReader {
    let table: Table

    struct Line {
        let cells: [TextPiece]
        var item: TextPiece?
        var budget: TextPiece?
        var spent: TextPiece?
        var rate: TextPiece?
    }

    /// The money unit of a column from its header: "财政拨款（元）" is in 元.
    struct Columns {
        var item: Int?
        var budget: Int?
        var spent: Int?
        var rate: Int?
        var budgetUnit: String = "万元"
        var spentUnit: String = "万元"
    }

    func read() -> (Columns, [Line]) {
        var columns = Columns()
        guard let headerIndex = table.rows.firstIndex(where: { row in
            let texts = row.map { $0.text }
            return texts.contains { $0.contains("预算") || $0.contains("拨款") } && texts.contains { $0.contains("决算") || $0.contains("执行") || $0.contains("支出") }
        }) else { return (columns, []) }
        let tableUnit = table.rows[..<headerIndex].compactMap { row -> String? in
            let text = row.map(\.text).joined()
            guard text.contains("单位") else { return nil }
            return ["万元", "亿元", "元"].first { text.contains($0) }
        }.first
        for (index, cell) in table.rows[headerIndex].enumerated() {
            let text = cell.text
            let unit = ["万元", "亿元", "元"].first { text.contains("（\($0)）") || text.contains("(\($0))") } ?? tableUnit ?? "万元"
            if text.contains("执行进度") || text.contains("执行率") || text.contains("进度") {
                columns.rate = index
            } else if text.contains("决算") || text.contains("执行数") || text.contains("支出") || text.contains("实际") {
                columns.spent = index
                columns.spentUnit = unit
            } else if text.contains("预算") && columns.item == nil && !text.contains("数") && !text.contains("拨款") {
                columns.item = index
            } else if text.contains("拨款") || text.contains("预算") {
                columns.budget = index
                columns.budgetUnit = unit
            } else if text.contains("项目") || text.contains("名称") {
                columns.item = index
            }
        }
        var lines: [Line] = []
        for row in table.rows[(headerIndex + 1)...] {
            func cell(_ index: Int?) -> TextPiece? { index.flatMap { $0 < row.count ? row[$0] : nil } }
            let line = Line(cells: row, item: cell(columns.item), budget: cell(columns.budget), spent: cell(columns.spent), rate: cell(columns.rate))
            guard let item = line.item, !item.text.trimmedText.isEmpty else { continue }
            lines.append(line)
        }
        return (columns, lines)
    }
}
