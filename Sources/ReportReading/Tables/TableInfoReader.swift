import ExactDecimal

/// What the rows above a form's header say: its title, the project and department, the
/// money (资金总额), the period, the money unit and the year.
struct TableInfo {
    var title: String?
    var titleCell: GridCell?
    var project: String?
    var department: String?
    var implementer: String?
    /// 资金总额 in 万元, and the cell it was read from.
    var funds: Number?
    var fundsCell: GridCell?
    var period: String?
    /// As the table states it: 单位：元, or a header's （万元）.
    var moneyUnit: String?
    var year: Int?
}

/// Reads a form's information rows: single-cell rows (a title, 单位：万元, （2024年度））
/// and key–value rows (项目名称 | … | 主管部门 | …), the keys named by the vocabulary's fields.
struct TableInfoReader {
    let vocabulary: ReadingVocabulary

    /// A form's title: "…自评表", "…情况表".
    static func isTitle(_ text: String) -> Bool {
        text.count <= 40 && (text.contains("自评表") || text.hasSuffix("表") || text.hasSuffix("表）"))
    }

    func read(_ rows: [GridRow]) -> TableInfo {
        var info = TableInfo()
        /// Grid columns whose key is written above its value (资金总额 | 财政拨款 over the figures).
        var keysAbove: [Int: TableField] = [:]
        for row in rows {
            let filled = row.nonEmpty
            if filled.count == 1, let cell = filled.first {
                readSingle(cell, into: &info)
                continue
            }
            var keysThisRow: [Int: TableField] = [:]
            for (position, cell) in filled.enumerated() {
                let key = VocabularyText.splitNotes(cell.text).text
                if let unit = moneyUnitStatement(cell.text) { info.moneyUnit = info.moneyUnit ?? unit }
                if VocabularyText.splitNotes(cell.text).notes.contains("万元") { info.moneyUnit = info.moneyUnit ?? "万元" }
                if let field = vocabulary.matchers.fields.match(key)?.key, field != .moneyUnit {
                    // The value is the next cell; a key without one has its value below it.
                    let value = position + 1 < filled.count ? filled[position + 1] : nil
                    if let value, accepts(field, value) {
                        set(field, value, into: &info)
                    } else {
                        keysThisRow[cell.column] = field
                    }
                    continue
                }
                if let field = keysAbove[cell.column] { set(field, cell, into: &info) }
            }
            keysAbove = keysThisRow
        }
        if let funds = info.funds, let unit = info.moneyUnit, let converted = vocabulary.moneyUnit(named: unit)?.convert(funds) {
            info.funds = converted
        }
        return info
    }

    private func readSingle(_ cell: GridCell, into info: inout TableInfo) {
        let text = VocabularyText.compact(cell.text)
        if Self.isTitle(text) || text.contains("自评表") {
            info.title = info.title ?? cell.text
            info.titleCell = info.titleCell ?? cell
        } else if let unit = moneyUnitStatement(cell.text) {
            info.moneyUnit = unit
        } else if let year = vocabulary.values.quantities(Array(text)).first(where: \.isYear) {
            info.year = year.value.intValue
        }
    }

    /// A cell can be the value of a key: not itself a key, and a figure where a figure is wanted.
    private func accepts(_ field: TableField, _ cell: GridCell) -> Bool {
        guard vocabulary.matchers.fields.match(VocabularyText.splitNotes(cell.text).text) == nil else { return false }
        return field != .funds || vocabulary.values.isNumeric(cell.text)
    }

    private func set(_ field: TableField, _ cell: GridCell, into info: inout TableInfo) {
        let value = cell.text
        switch field {
        case .project: info.project = info.project ?? value
        case .department: info.department = info.department ?? value
        case .implementer: info.implementer = info.implementer ?? value
        case .period: info.period = info.period ?? value
        case .funds:
            guard info.funds == nil, let number = vocabulary.values.cell(value).number else { return }
            info.funds = number
            info.fundsCell = cell
        case .moneyUnit: break
        }
    }

    /// "单位：万元", "金额单位：元": the unit a line states.
    func moneyUnitStatement(_ text: String) -> String? {
        let compact = VocabularyText.compact(text)
        guard let colon = compact.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return nil }
        guard vocabulary.matchers.fields.match(String(compact[..<colon]))?.key == .moneyUnit else { return nil }
        let unit = String(compact[compact.index(after: colon)...])
        return vocabulary.moneyUnit(named: unit)?.name
    }
}
