import ExactDecimal

/// Facts from tables, form by form: an indicator table with its rows, the budget lines
/// and execution of a budget body, the lines of a score table.
extension FactExtractor {
    /// What the reader could not read of a table (facts of kind `reading-gap`, see
    /// `ReadingGap`): a form it cannot find the header of, header cells that name no
    /// known column.
    func gapFacts(_ table: Table, in unit: ReportUnit) -> [Draft] {
        func gap(_ problem: ReadingGap.Problem, _ kind: TableKind, _ detail: String, _ span: SourceSpan) -> Draft {
            Draft(
                kind: .readingGap, unit: unit.id,
                slots: [
                    ("unit", .text(unit.id)), ("part", .text(ReadingGap.part(kind))), ("problem", .text(problem.rawValue)),
                    ("detail", .text(detail)),
                ], span: span)
        }
        var drafts: [Draft] = []
        for suspect in table.structure.suspects {
            let row = table.rows[suspect.row]
            guard let span = rowSpan(row) else { continue }
            drafts.append(gap(.unreadableTable, suspect.kind, row.nonEmpty.map(\.text).joined(separator: " | "), span))
        }
        for body in table.structure.segments.flatMap(\.bodies) {
            let unknown = body.header.unmapped
            guard let first = unknown.first?.cells.last, let last = unknown.last?.cells.last else { continue }
            let detail = unknown.map { $0.path.joined(separator: "/") }.joined(separator: "”“")
            drafts.append(gap(.unknownColumns, body.header.kind, detail, rowSpan(first, last)))
        }
        return drafts
    }

    func tableFacts(_ table: Table, in unit: ReportUnit, offset: Int) -> [Draft] {
        var drafts = gapFacts(table, in: unit)
        for segment in table.structure.segments {
            let info = TableInfoReader(vocabulary: vocabulary).read(segment.infoRows.map { table.rows[$0] })
            let firstRow = (segment.infoRows.first ?? segment.bodies.first?.header.rows.lowerBound).map { table.rows[$0] }
            let hasIndicators = segment.bodies.contains { $0.header.kind == .indicators }
            for body in segment.bodies {
                switch body.header.kind {
                case .indicators:
                    drafts += indicatorFacts(body, of: table, info: info, firstRow: firstRow, in: unit, offset: offset + drafts.count)
                case .budget:
                    drafts += budgetFacts(body, of: table, info: info, in: unit, formWithIndicators: hasIndicators)
                case .scores:
                    drafts += scoreFacts(body, of: table, in: unit)
                case .other:
                    break
                }
            }
        }
        return drafts
    }

    func span(_ cell: GridCell) -> SourceSpan { span(cell.piece) }

    func rowSpan(_ first: GridCell, _ last: GridCell) -> SourceSpan {
        SourceSpan(start: span(first).start, end: span(last).end)
    }

    func rowSpan(_ row: GridRow) -> SourceSpan? {
        row.filledBounds.map { rowSpan($0.first, $0.last) }
    }

    /// A row's filled cells in grid order, each under the deepest header cell above it.
    func citedCells(_ cells: [GridCell], header: TableHeader) -> [CitedCell] {
        cells.filter { !$0.text.isEmpty }.sorted { $0.column < $1.column }.map { cell in
            CitedCell(header: header.columns.first { $0.gridColumn == cell.column }?.path.last ?? "", text: cell.text)
        }
    }

    // MARK: Indicators

    private func indicatorFacts(
        _ body: TableStructure.Body, of table: Table, info: TableInfo, firstRow: GridRow?, in unit: ReportUnit, offset: Int
    ) -> [Draft] {
        let result = IndicatorTableReader(body: body, rows: table.rows, vocabulary: vocabulary).read()
        let titleCell = info.titleCell ?? firstRow?.cells.first
        let kind = info.title?.contains("部门整体") == true ? UnitKind.department : unit.kind
        let tableSpan =
            titleCell.map(span)
            ?? SourceSpan(
                start: SourcePoint(line: table.lines.lowerBound, column: 1), end: SourcePoint(line: table.lines.lowerBound, column: 1))
        var tableDraft = Draft(
            kind: .indicatorTable, unit: unit.id,
            slots: [
                ("unit", .text(unit.id)), ("title", text(info.title)), ("project", text(info.project ?? ReportIdentity.project(of: unit))),
                ("department", text(info.department ?? info.implementer)), ("funds", number(info.funds)), ("period", text(info.period)),
                ("money-unit", text(info.moneyUnit)), ("year", info.year.map { .number(Number($0)) } ?? .absent),
                ("kind", .text(kind.rawValue)),
                ("rows", .number(Number(result.rows.count))), ("end-line", .number(Number(table.lines.upperBound))),
            ], span: tableSpan)
        if let cell = info.fundsCell { tableDraft.cells["funds"] = span(cell) }
        var drafts = [tableDraft]
        let values = vocabulary.values
        for (index, row) in result.rows.enumerated() {
            let cell = { (column: TableColumn) in row.cells[column]?.text ?? "" }
            let name = cell(.name)
            let target = values.cell(cell(.target), context: name), actual = values.cell(cell(.actual), context: name)
            let weight = values.cell(cell(.weight))
            let nature = cell(.nature)
            // The unit column, or else the unit the target cell writes beside its figure ("≥50个").
            let written = target.isNumeric ? target.unit : nil
            let measure = row.cells[.measure].map(\.text) ?? written.flatMap { values.isMoney($0) ? nil : $0 } ?? ""
            // Numbers the cell holds, or else the figures its prose states in the row's measure.
            let figures = { (value: CellValue) -> (numbers: [Number], fromText: Bool) in
                if value.isNumeric { return (value.numbers, false) }
                let figures = value.figures(measuredIn: measure)
                return (figures, !figures.isEmpty)
            }
            let targets = figures(target), actuals = figures(actual)
            let list = { (numbers: [Number]) in numbers.count > 1 ? SlotValue.list(numbers.map(SlotValue.number)) : .absent }
            var draft = Draft(
                kind: .indicator, unit: unit.id,
                slots: [
                    ("unit", .text(unit.id)), ("row", .number(Number(index + 1))), ("level1", text(row.level1)),
                    ("level2", text(row.level2)), ("name", text(name)), ("nature", text(nature)),
                    ("operator", text(values.operator(nature) ?? target.comparison)), ("target", number(targets.numbers.first)),
                    ("target-max", number(target.upper)), ("target-values", list(targets.numbers)),
                    ("target-from-text", .boolean(targets.fromText)), ("target-text", text(target.text)),
                    ("measure", text(measure)), ("weight", number(weight.number)), ("weight-text", text(weight.text)),
                    ("actual", number(actuals.numbers.first)), ("actual-values", list(actuals.numbers)),
                    ("actual-from-text", .boolean(actuals.fromText)), ("actual-text", text(actual.text)),
                    ("actual-verdict", text(actual.isNumeric ? nil : vocabulary.verdict(of: actual.text)?.title)),
                    ("score", number(values.cell(cell(.score)).number)),
                    ("per-object", text(CountedObjects(entries: vocabulary.counted).perObject(name + "；" + target.text)?.title)),
                    ("deviation-reason", text(cell(.reason))), ("year", info.year.map { .number(Number($0)) } ?? .absent),
                ], span: rowSpan(row.first, row.last))
            draft.links = [("table", offset)]
            draft.rowCells = citedCells(Array(row.cells.values), header: body.header)
            let cited: [(TableColumn, String)] = [
                (.name, "name"), (.target, "target"), (.weight, "weight"), (.actual, "actual"), (.nature, "operator"), (.measure, "measure"),
                (.score, "score"),
            ]
            for (column, slot) in cited {
                if let piece = row.cells[column], !piece.isEmpty { draft.cells[slot] = span(piece) }
            }
            drafts.append(draft)
        }
        for blank in result.blanks {
            var draft = Draft(
                kind: .blankIndicator, unit: unit.id,
                slots: [("unit", .text(unit.id)), ("level1", text(blank.level1)), ("level2", text(blank.level2))],
                span: rowSpan(blank.first, blank.last))
            draft.links = [("table", offset)]
            drafts.append(draft)
        }
        if let (cell, row) = result.totalScore, let score = values.cell(cell.text).number, let rowSpan = rowSpan(row) {
            var draft = Draft(
                kind: .selfScore, unit: unit.id,
                slots: [("unit", .text(unit.id)), ("score", .number(score)), ("subject", .text(kind.rawValue)), ("section", .absent)],
                span: rowSpan)
            draft.cells["score"] = span(cell)
            drafts.append(draft)
        }
        return drafts
    }

    // MARK: Budget

    private func budgetFacts(_ body: TableStructure.Body, of table: Table, info: TableInfo, in unit: ReportUnit, formWithIndicators: Bool) -> [Draft] {
        let reader = BudgetTableReader(body: body, rows: table.rows, vocabulary: vocabulary, tableUnit: info.moneyUnit)
        let executionBlock = reader.isExecutionBlock(inFormWithIndicators: formWithIndicators)
        let values = vocabulary.values
        var drafts: [Draft] = []
        var readTotal = false
        for line in reader.read() {
            func money(_ column: TableColumn) -> Number? {
                line.cells[column].flatMap { values.cell($0.text).number }.flatMap { values.inTenThousands($0, unit: reader.moneyUnit(column)) }
            }
            let rate = line.cells[.rate].flatMap { values.cell($0.text).number }
            guard let span = rowSpan(line.row) else { continue }
            // The whole unit's money: the first total row of a self-evaluation form's block.
            if executionBlock, !readTotal, line.role == .budgetTotal || line.role == .total {
                readTotal = true
                guard let budget = money(.budget) ?? money(.initialBudget), let spent = money(.spent) else { continue }
                var draft = Draft(
                    kind: .execution, unit: unit.id,
                    slots: [
                        ("unit", .text(unit.id)), ("scope", .absent), ("budget", .number(budget)),
                        ("initial-budget", number(money(.budget) != nil ? money(.initialBudget) : nil)), ("spent", .number(spent)),
                        ("balance", .absent), ("stated-rate", number(rate)),
                        ("points", number(line.cells[.points].flatMap { values.cell($0.text).number })),
                        ("score", number(line.cells[.score].flatMap { values.cell($0.text).number })),
                        ("context", .text(line.row.cells.map(\.text).filter { !$0.isEmpty }.joined(separator: " "))),
                    ], span: span)
                for column in [TableColumn.budget, .spent, .rate, .points, .score] {
                    if let cell = line.cells[column], !cell.isEmpty { draft.cells[column == .rate ? "stated-rate" : column.rawValue] = self.span(cell) }
                }
                draft.rowCells = citedCells(line.row.cells, header: body.header)
                drafts.append(draft)
                continue
            }
            // A line of money: a budget or a spent figure (a row of words between blocks is none).
            guard money(.budget) != nil || money(.spent) != nil else { continue }
            let name = BudgetLineName(line.item.text)
            let budget = line.cells[.budget].map { values.cell($0.text) }, spent = line.cells[.spent].map { values.cell($0.text) }
            var draft = Draft(
                kind: .budgetLine, unit: unit.id,
                slots: [
                    ("unit", .text(unit.id)), ("item", .text(name.item)), ("code", text(name.code)),
                    ("budget", number(money(.budget))), ("spent", number(money(.spent))), ("stated-rate", number(rate)),
                    ("budget-text", text(budget?.text)), ("spent-text", text(spent?.text)), ("money-unit", .text(reader.moneyUnit(.budget))),
                ], span: span)
            draft.cells["item"] = self.span(line.item)
            draft.rowCells = citedCells(line.row.cells, header: body.header)
            for (slot, column) in [("budget", TableColumn.budget), ("spent", .spent), ("stated-rate", .rate)] {
                if let cell = line.cells[column] { draft.cells[slot] = self.span(cell) }
            }
            drafts.append(draft)
        }
        return drafts
    }

    // MARK: Scores

    private func scoreFacts(_ body: TableStructure.Body, of table: Table, in unit: ReportUnit) -> [Draft] {
        let values = vocabulary.values
        return ScoreTableReader(body: body, rows: table.rows, vocabulary: vocabulary).read().compactMap { line in
            guard let span = rowSpan(line.row) else { return nil }
            var draft = Draft(
                kind: .scoreLine, unit: unit.id,
                slots: [
                    ("unit", .text(unit.id)), ("name", .text(line.name.text)),
                    ("weight", number(line.weight.flatMap { values.cell($0.text).number })),
                    ("score", number(line.score.flatMap { values.cell($0.text).number })),
                    ("stated-rate", number(line.rate.flatMap { values.cell($0.text).number })),
                ], span: span)
            for (slot, cell) in [("weight", line.weight), ("score", line.score), ("stated-rate", line.rate)] {
                if let cell { draft.cells[slot] = self.span(cell) }
            }
            draft.rowCells = citedCells(line.row.cells, header: body.header)
            return draft
        }
    }
}

/// A budget line's name: "51110022T000000286104-科技大楼安全鉴定费" is code and item;
/// "其中：当年财政拨款" is the source 当年财政拨款.
struct BudgetLineName {
    let item: String
    let code: String?

    init(_ text: String) {
        var name = text.trimmedText
        if name.hasPrefix(Statements.partMarker), name.count > Statements.partMarker.count {
            name = String(name.dropFirst(Statements.partMarker.count)).trimmedText
            if let first = name.first, first == "：" || first == ":" { name = String(name.dropFirst()).trimmedText }
        }
        if let dash = name.firstIndex(of: "-"), name[..<dash].count >= 8,
            name[..<dash].allSatisfy({ QuantityScanner.asciiDigit($0) != nil || $0.isASCII && $0.isLetter })
        {
            code = String(name[..<dash])
            item = String(name[name.index(after: dash)...]).trimmedText
        } else {
            code = nil
            item = name
        }
    }
}
