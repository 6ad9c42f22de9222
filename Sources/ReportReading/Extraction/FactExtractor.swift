import ExactDecimal

/// Turns the document model into facts, unit by unit: the report and its units, the
/// sections, the tables' rows, and the statements of the paragraphs. Every fact
/// quotes the text it rests on.
struct FactExtractor {
    let report: Report
    let vocabulary: ReadingVocabulary
    var source: SourceDocument { report.source }

    /// Facts in the making, before they get ids.
    struct Draft {
        let kind: FactKind
        let unit: String
        var slots: [(String, SlotValue)] { didSet { checkSlots() } }
        let span: SourceSpan
        var links: [(String, Int)] = [] { didSet { checkSlots() } }
        var cells: [String: SourceSpan] = [:]
        /// A table row's cells under their headers, for its citation.
        var rowCells: [CitedCell] = []

        init(
            kind: FactKind, unit: String, slots: [(String, SlotValue)], span: SourceSpan, links: [(String, Int)] = [],
            cells: [String: SourceSpan] = [:], rowCells: [CitedCell] = []
        ) {
            (self.kind, self.unit, self.slots, self.span, self.links, self.cells, self.rowCells) = (kind, unit, slots, span, links, cells, rowCells)
            checkSlots()
        }

        /// Debug builds stop at a slot the kind does not declare: a misspelt name would
        /// otherwise be a fact the rules never see.
        private func checkSlots() {
            assert((slots.map(\.0) + links.map(\.0)).allSatisfy(kind.slots.contains), "\(kind.rawValue) has no slot among \(slots.map(\.0) + links.map(\.0))")
        }
    }

    func extract() -> [ExtractedFact] {
        var drafts: [Draft] = []
        let identity = ReportIdentity(report: report, names: vocabulary.matchers.organisations)
        for unit in report.units {
            drafts += unitFacts(unit, identity: identity, isMain: unit.id == report.units.first?.id)
            drafts += formsOnlyGap(unit)
            drafts += sectionFacts(unit)
            drafts += headingFacts(unit)
            let tablesStart = drafts.count
            for table in unit.tables { drafts += tableFacts(table, in: unit, offset: drafts.count) }
            let indicators = statedIndicators(Array(drafts[tablesStart...]))
            let executions = executionFacts(unit)
            for (index, paragraph) in unit.paragraphs.enumerated() {
                drafts += statementFacts(paragraph, in: unit, executions: executions[index] ?? [])
                drafts += indicatorStatements(paragraph.piece.characters, text: paragraph.piece.text, indicators: indicators, in: unit) { start, end in
                    paragraph.piece.span(start, end, in: source)
                }
            }
        }
        return drafts.enumerated().map { index, draft in
            var slots = draft.slots
            for (slot, target) in draft.links {
                if let position = slots.firstIndex(where: { $0.0 == slot }) { slots.remove(at: position) }
                slots.insert((slot, .fact("F\(target + 1)")), at: 0)
            }
            var citation = Citation(source: source, span: draft.span)
            citation.cells = draft.rowCells
            return ExtractedFact(
                id: "F\(index + 1)", kind: draft.kind.rawValue, unit: draft.unit, slots: slots.map { ($0.0, $0.1) },
                citation: citation,
                slotCitations: draft.cells.mapValues { Citation(source: source, span: $0) })
        }
    }

    func span(_ piece: TextPiece) -> SourceSpan {
        let (start, end) = piece.trimmedBounds
        return piece.span(start, max(start, end), in: source)
    }

    func text(_ value: String?) -> SlotValue { value.map { $0.isEmpty ? .absent : .text($0) } ?? .absent }
    func number(_ value: Number?) -> SlotValue { value.map(SlotValue.number) ?? .absent }

    // MARK: Report and units

    /// A workbook unit without a single heading holds the forms alone: the reader says
    /// so, and the rules that look in the text for what is missing stay silent.
    private func formsOnlyGap(_ unit: ReportUnit) -> [Draft] {
        guard source.encoding == .excelWorkbook, unit.sections.isEmpty, let table = unit.tables.first else { return [] }
        let title = TextPiece([LineFragment(line: table.lines.lowerBound, start: 0, end: source.text(table.lines.lowerBound).count)], in: source)
        return [
            Draft(
                kind: .readingGap, unit: unit.id,
                slots: [
                    ("unit", .text(unit.id)), ("part", .text(ReadingGap.reportText)), ("problem", .text(ReadingGap.Problem.formsOnly.rawValue)),
                    ("detail", .text("Excel 工作簿")),
                ], span: span(title))
        ]
    }

    private func unitFacts(_ unit: ReportUnit, identity: ReportIdentity, isMain: Bool) -> [Draft] {
        // The unit's first words: its annex marker or title.
        let firstLine = unit.lines.first { !source.text($0).allSatisfy(\.isWhitespace) } ?? unit.lines.lowerBound
        let line = TextPiece([LineFragment(line: firstLine, start: 0, end: source.text(firstLine).count)], in: source)
        let firstWords = span(line)
        var drafts: [Draft] = []
        if isMain {
            drafts.append(
                Draft(
                    kind: .report, unit: unit.id,
                    slots: [
                        ("file", .text(report.file)), ("department", text(identity.department)),
                        ("year", identity.year.map { .number(Number($0)) } ?? .absent), ("kind", .text(unit.kind.rawValue)),
                        ("region", text(identity.region)), ("title", text(report.title)),
                    ], span: identity.span ?? firstWords))
        }
        let project = unit.kind == .project ? ReportIdentity.project(of: unit) : nil
        drafts.append(
            Draft(
                kind: .unit, unit: unit.id,
                slots: [
                    ("name", .text(unit.id)), ("kind", .text(unit.kind.rawValue)), ("annex", unit.annex.map { .number(Number($0)) } ?? .absent),
                    ("title", text(unit.title)), ("project", text(project)),
                ], span: firstWords))
        return drafts
    }

    // MARK: Sections

    private func sectionFacts(_ unit: ReportUnit) -> [Draft] {
        unit.sections.flatMap(\.all).flatMap { section -> [Draft] in
            let empty = !section.holdsTable && Self.saysNothing(section.text)
            let said = empty ? saidSpan(of: section) : nil
            return section.kinds.map { kind in
                let end = SourcePoint(line: section.heading.titleSpan.end.line, column: section.heading.titleSpan.end.column)
                let span = SourceSpan(start: section.heading.titleSpan.start, end: end)
                var draft = Draft(
                    kind: .section, unit: unit.id,
                    slots: [
                        ("unit", .text(unit.id)), ("kind", .text(kind.rawValue)), ("heading", .text(section.heading.title)),
                        ("text", .text(section.text)), ("empty", .boolean(empty)),
                        ("level", .number(Number(section.level))), ("end-line", .number(Number(section.lines.upperBound))),
                    ], span: span)
                // "无" is cited where it is written, so that a finding about it can quote it.
                if let said { (draft.cells["text"], draft.cells["empty"]) = (said, said) }
                return draft
            }
        }
    }

    /// The first words after a heading, on its line ("存在问题：无") or a line below.
    private func saidSpan(of section: Section) -> SourceSpan? {
        let heading = section.heading.titleSpan.end
        for line in heading.line...max(heading.line, section.lines.upperBound) where line <= source.lineCount {
            let characters = source.text(line)
            let first = line == heading.line ? source.cleanedIndex(line: line, column: heading.column) : 0
            let written = characters.indices.filter { $0 >= first && !characters[$0].isWhitespace && !"：:。".contains(characters[$0]) }
            guard let start = written.first, let last = characters.indices.last(where: { !characters[$0].isWhitespace }) else { continue }
            return SourceSpan(start: source.point(line: line, index: start), end: source.point(line: line, index: last + 1))
        }
        return nil
    }

    /// Empty, or only "无" / "暂无" / "没有" and punctuation.
    static func saysNothing(_ text: String) -> Bool {
        guard text.utf8.count < 64 else { return false }
        let letters = text.filter { !$0.isWhitespace && !$0.isPunctuation && !"。，、；：“”（）".contains($0) }
        return letters.isEmpty || ["无", "暂无", "没有", "无此项", "无此情况", "不涉及"].contains(letters)
    }
}
