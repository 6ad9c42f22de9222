import ExactDecimal

/// Reads a 绩效目标完成情况自评表: the part above the indicator header (project,
/// budget unit, funds, period, money unit), then one record per indicator row.
struct IndicatorTableReader {
    let table: Table
    let source: SourceDocument

    struct TableInfo {
        var title: String?
        var titleCell: TextPiece?
        var project: String?
        var department: String?
        var budgetUnit: String?
        var funds: Number?
        var fundsCell: TextPiece?
        var period: String?
        var moneyUnit: String?
        var year: Int?
    }

    /// One filled indicator row, cells by column.
    struct Row {
        var cells: [Column: TextPiece] = [:]
        var level1: String = ""
        var level2: String = ""
        let first: TextPiece
        let last: TextPiece
    }

    /// A row of the template left empty, with the categories it stands under.
    struct BlankRow {
        let level1: String
        let level2: String
        let first: TextPiece
        let last: TextPiece
    }

    enum Column: Hashable, CaseIterable {
        case label, level1, level2, name, nature, target, measure, weight, actual, score, reason
    }

    func read() -> (TableInfo, [Row], [BlankRow]) {
        var info = TableInfo()
        guard let headerIndex = table.rows.firstIndex(where: { row in row.contains { normalized($0).contains("一级指标") } }) else {
            return (info, [], [])
        }
        readInfo(Array(table.rows[..<headerIndex]), into: &info)
        let header = table.rows[headerIndex].map { column(of: normalized($0)) }
        var rows: [Row] = []
        var blanks: [BlankRow] = []
        var level1 = "", level2 = ""
        for cells in table.rows[(headerIndex + 1)...] where !cells.isEmpty {
            guard var row = align(cells, header: header) else { continue }
            // Merged cells: a category left empty is the one above.
            let one = row.cells[.level1].map { Placeholder.stripped($0.text) } ?? ""
            let two = row.cells[.level2].map { Placeholder.stripped($0.text) } ?? ""
            if !one.isEmpty, one != level1 { level1 = one; level2 = "" }
            if !two.isEmpty { level2 = two }
            row.level1 = level1
            row.level2 = level2
            let filled: [Column] = [.name, .target, .weight, .actual]
            if filled.allSatisfy({ row.cells[$0].map { CellValue($0.text).isEmpty } ?? true }) {
                blanks.append(BlankRow(level1: level1, level2: level2, first: row.first, last: row.last))
            } else {
                rows.append(row)
            }
        }
        return (info, rows, blanks)
    }

    /// Cell text without blanks inside ("绩效 指标" is 绩效指标).
    private func normalized(_ cell: TextPiece) -> String {
        String(cell.text.filter { !$0.isWhitespace })
    }

    private func column(of header: String) -> Column {
        if header.contains("一级") { return .level1 }
        if header.contains("二级") { return .level2 }
        if header.contains("三级") { return .name }
        if header.contains("性质") { return .nature }
        if header.contains("实际") || header.contains("完成值") { return .actual }
        if header.contains("偏差") || header.contains("原因") { return .reason }
        if header.contains("得分") { return .score }
        if header.contains("权重") || header.contains("分值") { return .weight }
        if header.contains("度量") || header.contains("计量") || header.contains("单位") { return .measure }
        if header.contains("指标值") || header.contains("目标值") { return .target }
        return .label
    }

    /// The cells of a data row by column: by position when they fit, otherwise around
    /// the 指标性质 cell (a row may repeat a cell or leave out the unit).
    private func align(_ cells: [TextPiece], header: [Column]) -> Row? {
        // The row is cited from its first to its last filled cell (merged cells are empty).
        let filled = { (cell: TextPiece) in !cell.text.trimmedText.isEmpty }
        guard let firstCell = cells.first(where: filled) ?? cells.first, let lastCell = cells.last(where: filled) ?? cells.last
        else { return nil }
        var row = Row(first: firstCell, last: lastCell)
        let natureIndex = header.firstIndex(of: .nature)
        let positional = cells.count == header.count
            && natureIndex.map { index in
                let text = cells[index].text.trimmedText
                return text.isEmpty || Operator.normalized(text) != nil
            } ?? true
        if positional {
            for (column, cell) in zip(header, cells) where column != .label { row.cells[column] = cell }
            return row
        }
        guard let natureIndex, let anchor = cells.firstIndex(where: { Operator.normalized($0.text) != nil }) else {
            // No operator to align on: a short row holds categories only (the last
            // row of a table cut off at the end of a file).
            for (column, cell) in zip(header, cells) where column != .label { row.cells[column] = cell }
            return row
        }
        row.cells[.nature] = cells[anchor]
        // Before the operator: categories and the name, right-aligned; a cell repeated
        // by mistake counts once.
        var before: [TextPiece] = []
        for cell in cells[..<anchor] {
            if let previous = before.last, !cell.text.trimmedText.isEmpty, previous.text.trimmedText == cell.text.trimmedText { continue }
            before.append(cell)
        }
        let leading = Array(header[..<natureIndex].filter { $0 != .label })
        for (column, cell) in zip(leading.reversed(), before.reversed()) { row.cells[column] = cell }
        // After it: target, unit, weight, actual, …; with one cell short, the unit is the one missing.
        var trailing = Array(header[(natureIndex + 1)...])
        let after = Array(cells[(anchor + 1)...])
        if after.count < trailing.count, let unit = trailing.firstIndex(of: .measure) { trailing.remove(at: unit) }
        for (column, cell) in zip(trailing, after) { row.cells[column] = cell }
        return row
    }

    /// Project, funds and the like from the rows above the indicator header.
    private func readInfo(_ rows: [[TextPiece]], into info: inout TableInfo) {
        var fundsColumn: Int?
        for (index, row) in rows.enumerated() {
            let texts = row.map { normalized($0) }
            let nonEmpty = row.enumerated().filter { !$0.element.text.trimmedText.isEmpty }
            if texts.count == 1, let text = texts.first {
                if text.contains("自评表") {
                    info.title = row[0].text.trimmedText
                    info.titleCell = row[0]
                } else if let unit = moneyUnit(text) {
                    info.moneyUnit = unit
                } else if let year = QuantityScanner.scan(Array(text)).first(where: \.isYear) {
                    info.year = year.value.intValue
                }
                continue
            }
            func value(after key: String) -> TextPiece? {
                guard let keyIndex = nonEmpty.firstIndex(where: { normalized($0.element).contains(key) }),
                    keyIndex + 1 < nonEmpty.count
                else { return nil }
                return nonEmpty[keyIndex + 1].element
            }
            if let cell = value(after: "项目名称") { info.project = cell.text.trimmedText }
            if let cell = value(after: "部门名称") ?? value(after: "主管部门") { info.department = cell.text.trimmedText }
            if let cell = value(after: "预算单位") ?? value(after: "实施单位") { info.budgetUnit = cell.text.trimmedText }
            if let cell = value(after: "起止年限") ?? value(after: "实施期限") ?? value(after: "执行期限") {
                info.period = cell.text.trimmedText
            }
            if texts.contains(where: { $0.contains("（万元）") || $0.contains("(万元)") }) { info.moneyUnit = info.moneyUnit ?? "万元" }
            if let cell = value(after: "年度资金总额") ?? value(after: "资金总额"), info.funds == nil,
                let number = CellValue(cell.text).number
            {
                info.funds = number
                info.fundsCell = cell
            }
            // 年度部门整体支出预算 | 资金总额 | 财政拨款 | 其他资金, values on the next row.
            if info.funds == nil, let column = texts.firstIndex(where: { $0 == "资金总额" }) { fundsColumn = column }
            if let column = fundsColumn, info.funds == nil, index > 0, column < row.count, !texts[column].contains("资金总额"),
                let number = CellValue(row[column].text).number
            {
                info.funds = number
                info.fundsCell = row[column]
            }
        }
        if let funds = info.funds, let unit = info.moneyUnit, unit != "万元" {
            info.funds = Money.inTenThousands(funds, unit: unit)
        }
    }

    /// "单位：万元" → 万元.
    private func moneyUnit(_ text: String) -> String? {
        guard text.hasPrefix("单位") else { return nil }
        for unit in ["万元", "亿元", "元"] where text.contains(unit) { return unit }
        return nil
    }
}
