import ExactDecimal

/// Turns the document model into facts, unit by unit: the report and its units, the
/// sections, the tables' rows, and the statements of the paragraphs. Every fact
/// quotes the text it rests on.
struct FactExtractor {
    let report: Report
    private var source: SourceDocument { report.source }

    /// Facts in the making, before they get ids.
    private struct Draft {
        let kind: String
        let unit: String
        var slots: [(String, SlotValue)]
        let span: SourceSpan
        var links: [(String, Int)] = []
        var cells: [String: SourceSpan] = [:]
    }

    func extract() -> [ExtractedFact] {
        var drafts: [Draft] = []
        let identity = ReportIdentity(report: report)
        for unit in report.units {
            drafts += unitFacts(unit, identity: identity, isMain: unit.id == report.units.first?.id)
            drafts += sectionFacts(unit)
            for table in unit.tables { drafts += tableFacts(table, in: unit, offset: drafts.count) }
            for paragraph in unit.paragraphs { drafts += statementFacts(paragraph, in: unit) }
        }
        return drafts.enumerated().map { index, draft in
            var slots = draft.slots
            for (slot, target) in draft.links {
                if let position = slots.firstIndex(where: { $0.0 == slot }) { slots.remove(at: position) }
                slots.insert((slot, .fact("F\(target + 1)")), at: 0)
            }
            return ExtractedFact(
                id: "F\(index + 1)", kind: draft.kind, unit: draft.unit, slots: slots.map { ($0.0, $0.1) },
                citation: Citation(source: source, span: draft.span),
                slotCitations: draft.cells.mapValues { Citation(source: source, span: $0) })
        }
    }

    private func span(_ piece: TextPiece) -> SourceSpan {
        let (start, end) = piece.trimmedBounds
        return piece.span(start, max(start, end), in: source)
    }

    private func text(_ value: String?) -> SlotValue { value.map { $0.isEmpty ? .absent : .text($0) } ?? .absent }
    private func number(_ value: Number?) -> SlotValue { value.map(SlotValue.number) ?? .absent }

    // MARK: Report and units

    private func unitFacts(_ unit: ReportUnit, identity: ReportIdentity, isMain: Bool) -> [Draft] {
        // The unit's first words: its annex marker or title.
        let firstLine = unit.lines.first { !source.text($0).allSatisfy(\.isWhitespace) } ?? unit.lines.lowerBound
        let line = TextPiece([LineFragment(line: firstLine, start: 0, end: source.text(firstLine).count)], in: source)
        let firstWords = span(line)
        var drafts: [Draft] = []
        if isMain {
            drafts.append(
                Draft(
                    kind: "report", unit: unit.id,
                    slots: [
                        ("file", .text(report.file)), ("department", text(identity.department)),
                        ("year", identity.year.map { .number(Number($0)) } ?? .absent), ("kind", .text(unit.kind.rawValue)),
                        ("region", text(identity.region)), ("title", text(report.title)),
                    ], span: identity.span ?? firstWords))
        }
        let project = unit.kind == .project ? ReportIdentity.project(of: unit) : nil
        drafts.append(
            Draft(
                kind: "unit", unit: unit.id,
                slots: [
                    ("name", .text(unit.id)), ("kind", .text(unit.kind.rawValue)), ("annex", unit.annex.map { .number(Number($0)) } ?? .absent),
                    ("title", text(unit.title)), ("project", text(project)),
                ], span: firstWords))
        return drafts
    }

    // MARK: Sections

    private func sectionFacts(_ unit: ReportUnit) -> [Draft] {
        unit.sections.flatMap(\.all).flatMap { section -> [Draft] in
            section.kinds.map { kind in
                let end = SourcePoint(line: section.heading.titleSpan.end.line, column: section.heading.titleSpan.end.column)
                let span = SourceSpan(start: section.heading.titleSpan.start, end: end)
                return Draft(
                    kind: "section", unit: unit.id,
                    slots: [
                        ("unit", .text(unit.id)), ("kind", .text(kind.rawValue)), ("heading", .text(section.heading.title)),
                        ("text", .text(section.text)), ("empty", .boolean(!section.holdsTable && Self.saysNothing(section.text))),
                        ("level", .number(Number(section.level))), ("end-line", .number(Number(section.lines.upperBound))),
                    ], span: span)
            }
        }
    }

    /// Empty, or only "无" / "暂无" / "没有" and punctuation.
    static func saysNothing(_ text: String) -> Bool {
        guard text.utf8.count < 64 else { return false }
        let letters = text.filter { !$0.isWhitespace && !$0.isPunctuation && !"。，、；：“”（）".contains($0) }
        return letters.isEmpty || ["无", "暂无", "没有", "无此项", "无此情况", "不涉及"].contains(letters)
    }

    // MARK: Tables

    private func tableFacts(_ table: Table, in unit: ReportUnit, offset: Int) -> [Draft] {
        switch table.kind {
        case .indicators: return indicatorFacts(table, in: unit, offset: offset)
        case .budget: return budgetFacts(table, in: unit)
        case .scores: return scoreFacts(table, in: unit)
        case .other: return []
        }
    }

    private func rowSpan(_ first: TextPiece, _ last: TextPiece) -> SourceSpan {
        SourceSpan(start: span(first).start, end: span(last).end)
    }

    private func indicatorFacts(_ table: Table, in unit: ReportUnit, offset: Int) -> [Draft] {
        let (info, rows, blanks) = IndicatorTableReader(table: table, source: source).read()
        let titleCell = info.titleCell ?? table.rows.first?.first
        let tableSpan = titleCell.map(span) ?? SourceSpan(start: SourcePoint(line: table.lines.lowerBound, column: 1), end: SourcePoint(line: table.lines.lowerBound, column: 1))
        var tableDraft = Draft(
            kind: "indicator-table", unit: unit.id,
            slots: [
                ("unit", .text(unit.id)), ("title", text(info.title)), ("project", text(info.project ?? ReportIdentity.project(of: unit))),
                ("department", text(info.department ?? info.budgetUnit)), ("funds", number(info.funds)), ("period", text(info.period)),
                ("money-unit", text(info.moneyUnit)), ("year", info.year.map { .number(Number($0)) } ?? .absent),
                ("kind", .text(info.title?.contains("部门整体") == true ? UnitKind.department.rawValue : unit.kind.rawValue)),
                ("rows", .number(Number(rows.count))), ("end-line", .number(Number(table.lines.upperBound))),
            ], span: tableSpan)
        if let cell = info.fundsCell { tableDraft.cells["funds"] = span(cell) }
        var drafts = [tableDraft]
        for (index, row) in rows.enumerated() {
            let cell = { (column: IndicatorTableReader.Column) in row.cells[column].map { $0.text.trimmedText } ?? "" }
            let name = cell(.name)
            let target = CellValue(cell(.target), context: name), actual = CellValue(cell(.actual), context: name)
            let weight = CellValue(cell(.weight))
            let nature = cell(.nature), measure = cell(.measure)
            // Numbers the cell holds, or else the figures its prose states in the row's measure.
            let values = { (value: CellValue) -> (numbers: [Number], fromText: Bool) in
                if value.isNumeric { return (value.numbers, false) }
                let figures = value.figures(measuredIn: measure)
                return (figures, !figures.isEmpty)
            }
            let targets = values(target), actuals = values(actual)
            let list = { (numbers: [Number]) in numbers.count > 1 ? SlotValue.list(numbers.map(SlotValue.number)) : .absent }
            var draft = Draft(
                kind: "indicator", unit: unit.id,
                slots: [
                    ("unit", .text(unit.id)), ("row", .number(Number(index + 1))), ("level1", text(row.level1)),
                    ("level2", text(row.level2)), ("name", text(cell(.name))), ("nature", text(nature)),
                    ("operator", text(Operator.normalized(nature) ?? target.comparison)), ("target", number(targets.numbers.first)),
                    ("target-max", number(target.upper)), ("target-values", list(targets.numbers)),
                    ("target-from-text", .boolean(targets.fromText)), ("target-text", text(target.text)),
                    ("measure", text(measure)), ("weight", number(weight.number)), ("weight-text", text(weight.text)),
                    ("actual", number(actuals.numbers.first)), ("actual-values", list(actuals.numbers)),
                    ("actual-from-text", .boolean(actuals.fromText)), ("actual-text", text(actual.text)),
                    ("score", number(CellValue(cell(.score)).number)),
                    ("deviation-reason", text(cell(.reason))),
                ], span: rowSpan(row.first, row.last))
            draft.links = [("table", offset)]
            for (column, slot) in [(IndicatorTableReader.Column.name, "name"), (.target, "target"), (.weight, "weight"), (.actual, "actual"), (.nature, "operator"), (.measure, "measure"), (.score, "score")] {
                if let piece = row.cells[column], !piece.text.trimmedText.isEmpty { draft.cells[slot] = span(piece) }
            }
            drafts.append(draft)
        }
        for blank in blanks {
            var draft = Draft(
                kind: "blank-indicator", unit: unit.id,
                slots: [("unit", .text(unit.id)), ("level1", text(blank.level1)), ("level2", text(blank.level2))],
                span: rowSpan(blank.first, blank.last))
            draft.links = [("table", offset)]
            drafts.append(draft)
        }
        return drafts
    }

    private func budgetFacts(_ table: Table, in unit: ReportUnit) -> [Draft] {
        let (columns, lines) = BudgetTableReader(table: table).read()
        return lines.compactMap { line in
            guard let item = line.item else { return nil }
            let name = item.text.trimmedText
            var code: String?
            var itemName = name
            if let dash = name.firstIndex(of: "-"), name[..<dash].count >= 8, name[..<dash].allSatisfy({ $0.isASCII && ($0.isNumber || $0.isLetter) }) {
                code = String(name[..<dash])
                itemName = String(name[name.index(after: dash)...]).trimmedText
            }
            let budget = line.budget.map { CellValue($0.text) }, spent = line.spent.map { CellValue($0.text) }
            var draft = Draft(
                kind: "budget-line", unit: unit.id,
                slots: [
                    ("unit", .text(unit.id)), ("item", .text(itemName)), ("code", text(code)),
                    ("budget", number(budget?.number.flatMap { Money.inTenThousands($0, unit: columns.budgetUnit) })),
                    ("spent", number(spent?.number.flatMap { Money.inTenThousands($0, unit: columns.spentUnit) })),
                    ("stated-rate", number(line.rate.flatMap { CellValue($0.text).number })),
                    ("budget-text", text(budget?.text)), ("spent-text", text(spent?.text)), ("money-unit", .text(columns.budgetUnit)),
                ], span: rowSpan(line.cells.first ?? item, line.cells.last ?? item))
            for (slot, piece) in [("item", line.item), ("budget", line.budget), ("spent", line.spent), ("stated-rate", line.rate)] {
                if let piece { draft.cells[slot] = span(piece) }
            }
            return draft
        }
    }

    private func scoreFacts(_ table: Table, in unit: ReportUnit) -> [Draft] {
        ScoreTableReader(table: table).read().map { line in
            var draft = Draft(
                kind: "score-line", unit: unit.id,
                slots: [
                    ("unit", .text(unit.id)), ("name", .text(line.name.text.trimmedText)),
                    ("weight", number(line.weight.flatMap { CellValue($0.text).number })),
                    ("score", number(line.score.flatMap { CellValue($0.text).number })),
                    ("stated-rate", number(line.rate.flatMap { CellValue($0.text).number })),
                ], span: rowSpan(line.cells.first ?? line.name, line.cells.last ?? line.name))
            for (slot, piece) in [("weight", line.weight), ("score", line.score), ("stated-rate", line.rate)] {
                if let piece { draft.cells[slot] = span(piece) }
            }
            return draft
        }
    }

    // MARK: Statements

    /// Shorter paragraphs (a label, a date) say too little to be compared.
    static let paragraphMinimum = 20

    private func statementFacts(_ paragraph: Paragraph, in unit: ReportUnit) -> [Draft] {
        let piece = paragraph.piece
        let characters = piece.characters
        let section = paragraph.sectionKinds.first?.rawValue ?? ""
        func at(_ start: Int, _ end: Int) -> SourceSpan { piece.span(start, end, in: source) }
        var drafts: [Draft] = []
        let paragraphText = piece.text.trimmedText
        // Paragraphs long enough to be copied from one annex to another.
        if paragraphText.count >= Self.paragraphMinimum {
            let (start, end) = piece.trimmedBounds
            drafts.append(Draft(
                kind: "paragraph", unit: unit.id,
                slots: [
                    ("unit", .text(unit.id)), ("text", .text(paragraphText)), ("section", text(section)),
                    ("length", .number(Number(paragraphText.count))),
                ],
                span: at(start, end)))
        }
        for found in Statements.scores(characters) {
            drafts.append(Draft(
                kind: "self-score", unit: unit.id,
                slots: [("unit", .text(unit.id)), ("score", .number(found.content.value)), ("subject", text(found.content.subject)), ("section", text(section))],
                span: at(found.start, found.end)))
        }
        for found in Statements.grades(characters) {
            drafts.append(Draft(
                kind: "grade", unit: unit.id,
                slots: [("unit", .text(unit.id)), ("grade", .text(found.content.grade)), ("text", .text(found.content.written))],
                span: at(found.start, found.end)))
        }
        for statement in Statements.executions(characters) {
            var draft = Draft(
                kind: "execution", unit: unit.id,
                slots: [
                    ("unit", .text(unit.id)), ("scope", text(statement.scope)), ("budget", number(statement.budget?.value)),
                    ("initial-budget", number(statement.initialBudget?.value)), ("spent", number(statement.spent?.value)),
                    ("balance", number(statement.balance?.value)), ("stated-rate", number(statement.rate?.value)),
                    ("context", .text(piece.text.trimmedText)),
                ], span: at(statement.start, statement.end))
            for (slot, amount) in [("budget", statement.budget), ("spent", statement.spent), ("balance", statement.balance), ("stated-rate", statement.rate)] {
                if let amount { draft.cells[slot] = at(amount.start, amount.end) }
            }
            drafts.append(draft)
        }
        for total in Statements.totals(characters) {
            drafts.append(Draft(
                kind: "stated-total", unit: unit.id,
                slots: [
                    ("unit", .text(unit.id)), ("label", .text(total.label)), ("total", .number(total.total)), ("measure", .text(total.unit)),
                    ("parts", .list(total.parts.map { .number($0.value) })), ("part-labels", .list(total.parts.map { .text($0.label) })),
                ], span: at(total.start, total.end)))
        }
        for share in Statements.shares(characters) {
            drafts.append(Draft(
                kind: "stated-share", unit: unit.id,
                slots: [
                    ("unit", .text(unit.id)), ("label", .text(share.label)), ("amount", .number(share.amount)),
                    ("percent", .number(share.percent)), ("whole", text(share.whole)),
                ], span: at(share.start, share.end)))
        }
        for found in Statements.yearMentions(characters) {
            drafts.append(Draft(
                kind: "year-mention", unit: unit.id,
                slots: [
                    ("unit", .text(unit.id)), ("year", .number(Number(found.content.year))), ("about", .text(found.content.about)),
                    ("phrase", .text(found.content.phrase)), ("section", text(section)),
                ], span: at(found.start, found.end)))
        }
        for found in Statements.claims(characters) {
            drafts.append(Draft(
                kind: "claim", unit: unit.id, slots: [("unit", .text(unit.id)), ("text", .text(found.content.trimmedText)), ("section", text(section))],
                span: at(found.start, found.end)))
        }
        for found in Statements.estimates(characters) {
            drafts.append(Draft(
                kind: "estimate", unit: unit.id, slots: [("unit", .text(unit.id)), ("text", .text(found.content.trimmedText)), ("section", text(section))],
                span: at(found.start, found.end)))
        }
        return drafts
    }
}
