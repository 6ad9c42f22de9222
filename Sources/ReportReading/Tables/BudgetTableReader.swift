/// Reads a budget body: item by item (预算项目 | 财政拨款（元） | 决算数（元） | 执行进度),
/// or the budget-execution block of a self-evaluation form (年初预算数 | 全年预算数 |
/// 全年执行数 | 分值 | 执行率 | 得分), whose 年度资金总额 row is the unit's execution and
/// whose 其中：财政拨款, 其他资金 rows are its funding sources.
struct BudgetTableReader {
    let body: TableStructure.Body
    let rows: [GridRow]
    let vocabulary: ReadingVocabulary
    /// The money unit the form states above the header (单位：元), if any.
    let tableUnit: String?

    struct Line {
        let cells: [TableColumn: GridCell]
        let row: GridRow
        /// The row's name: its item cell, or its first words.
        let item: GridCell
        let role: RowRole?
    }

    /// The money unit of a column: its own header note, the block's label note
    /// (项目资金（万元）), the form's unit line, else 万元.
    func moneyUnit(_ column: TableColumn) -> String {
        let header = body.header
        let own = header.gridColumn(of: column).flatMap { header.columns[$0].moneyUnit }
        let block = header.columns.lazy.compactMap(\.moneyUnit).first
        return own ?? block ?? tableUnit ?? "万元"
    }

    func read() -> [Line] {
        let alignment = RowAlignment(header: body.header, values: vocabulary.values)
        var lines: [Line] = []
        for index in body.rows {
            let row = rows[index]
            let cells = alignment.cells(of: row)
            // The row's name: the item column, else the first cell that is words, not a figure.
            guard
                let item = cells[.item].flatMap({ $0.isEmpty ? nil : $0 })
                    ?? row.cells.first(where: { !$0.isEmpty && !vocabulary.values.isNumeric($0.text) })
            else { continue }
            let role = vocabulary.matchers.rows.match(VocabularyText.compact(item.text))?.key
            lines.append(Line(cells: cells, row: row, item: item, role: role))
        }
        return lines
    }

    /// The block is a self-evaluation form's budget execution: it scores the execution
    /// rate, or stands in a form with indicators.
    func isExecutionBlock(inFormWithIndicators: Bool) -> Bool {
        inFormWithIndicators || body.header.gridColumn(of: .points) != nil || body.header.gridColumn(of: .score) != nil
    }
}
