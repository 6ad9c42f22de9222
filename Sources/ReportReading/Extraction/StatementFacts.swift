import ExactDecimal

/// Facts from prose: what each paragraph states (scores, grades, totals, shares, years,
/// claims, estimates), the execution of the budget assembled across the paragraphs of a
/// section, and the years headings name.
extension FactExtractor {
    /// Shorter paragraphs (a label, a date) say too little to be compared.
    static let paragraphMinimum = 20

    /// `executions` are the statements of budget execution that end in this paragraph.
    func statementFacts(_ paragraph: Paragraph, in unit: ReportUnit, executions: [Draft]) -> [Draft] {
        let piece = paragraph.piece
        let characters = piece.characters
        let section = paragraph.sectionKinds.first?.rawValue ?? ""
        let at = { (start: Int, end: Int) in piece.span(start, end, in: source) }
        return paragraphFact(piece, section: section, in: unit, at: at)
            + scoreFacts(characters, section: section, in: unit, at: at)
            + executions
            + totalFacts(characters, in: unit, at: at)
            + yearMentions(characters, section: section, in: unit, at: at)
            + surveyFacts(characters, text: piece.text, in: unit, at: at)
            + countFacts(characters, text: piece.text, in: unit, at: at)
            + claimFacts(characters, section: section, in: unit, at: at)
    }

    /// Paragraphs long enough to be copied from one annex to another.
    private func paragraphFact(_ piece: TextPiece, section: String, in unit: ReportUnit, at: (Int, Int) -> SourceSpan) -> [Draft] {
        let paragraphText = piece.text.trimmedText
        guard paragraphText.count >= Self.paragraphMinimum else { return [] }
        let (start, end) = piece.trimmedBounds
        let span = at(start, end)
        return [
            Draft(
                kind: .paragraph, unit: unit.id,
                slots: [
                    ("unit", .text(unit.id)), ("text", .text(paragraphText)), ("section", text(section)),
                    ("length", .number(Number(paragraphText.count))), ("line", .number(Number(span.start.line))),
                ],
                span: span)
        ]
    }

    /// Self-assessed scores and grades.
    private func scoreFacts(_ characters: [Character], section: String, in unit: ReportUnit, at: (Int, Int) -> SourceSpan) -> [Draft] {
        var drafts: [Draft] = []
        for found in Statements.scores(characters, vocabulary: vocabulary) {
            drafts.append(
                Draft(
                    kind: .selfScore, unit: unit.id,
                    slots: [
                        ("unit", .text(unit.id)), ("score", .number(found.content.value)), ("subject", text(found.content.subject)),
                        ("section", text(section)),
                    ],
                    span: at(found.start, found.end)))
        }
        for found in Statements.grades(characters, vocabulary: vocabulary) {
            drafts.append(
                Draft(
                    kind: .grade, unit: unit.id,
                    slots: [("unit", .text(unit.id)), ("grade", .text(found.content.grade)), ("text", .text(found.content.written))],
                    span: at(found.start, found.end)))
        }
        return drafts
    }

    /// Totals with their parts, and shares of a whole.
    private func totalFacts(_ characters: [Character], in unit: ReportUnit, at: (Int, Int) -> SourceSpan) -> [Draft] {
        var drafts: [Draft] = []
        for total in Statements.totals(characters, values: vocabulary.values) {
            drafts.append(
                Draft(
                    kind: .statedTotal, unit: unit.id,
                    slots: [
                        ("unit", .text(unit.id)), ("label", .text(total.label)), ("total", .number(total.total)), ("measure", .text(total.unit)),
                        ("parts", .list(total.parts.map { .number($0.value) })), ("part-labels", .list(total.parts.map { .text($0.label) })),
                    ], span: at(total.start, total.end)))
        }
        for share in Statements.shares(characters, values: vocabulary.values) {
            drafts.append(
                Draft(
                    kind: .statedShare, unit: unit.id,
                    slots: [
                        ("unit", .text(unit.id)), ("label", .text(share.label)), ("amount", .number(share.amount)),
                        ("percent", .number(share.percent)), ("whole", text(share.whole)),
                    ], span: at(share.start, share.end)))
        }
        return drafts
    }

    /// Counts of the objects the vocabulary names (培训 3 场).
    private func countFacts(_ characters: [Character], text: String, in unit: ReportUnit, at: (Int, Int) -> SourceSpan) -> [Draft] {
        var drafts: [Draft] = []
        for found in CountedObjects(entries: vocabulary.counted).counts(in: characters, of: text) {
            drafts.append(
                Draft(
                    kind: .objectCount, unit: unit.id,
                    slots: [
                        ("unit", .text(unit.id)), ("object", .text(found.entry.title)), ("count", .number(Number(found.count))),
                        ("text", .text(String(characters: characters[found.start..<found.end]))),
                    ], span: at(found.start, found.end)))
        }
        return drafts
    }

    /// Claims (all indicators met, no balance) and estimates (预计, 力争).
    private func claimFacts(_ characters: [Character], section: String, in unit: ReportUnit, at: (Int, Int) -> SourceSpan) -> [Draft] {
        var drafts: [Draft] = []
        for (name, about) in [(StatementName.allMet, "指标"), (.noBalance, "结余")] {
            for found in Statements.statements(name, in: characters, vocabulary: vocabulary) {
                drafts.append(
                    Draft(
                        kind: .claim, unit: unit.id,
                        slots: [("unit", .text(unit.id)), ("text", .text(found.content.trimmedText)), ("section", text(section)), ("about", .text(about))],
                        span: at(found.start, found.end)))
            }
        }
        for found in Statements.statements(.estimate, in: characters, vocabulary: vocabulary) {
            drafts.append(
                Draft(
                    kind: .estimate, unit: unit.id, slots: [("unit", .text(unit.id)), ("text", .text(found.content.trimmedText)), ("section", text(section))],
                    span: at(found.start, found.end)))
        }
        return drafts
    }

    private func yearMentions(_ characters: [Character], section: String, in unit: ReportUnit, at: (Int, Int) -> SourceSpan) -> [Draft] {
        Statements.yearMentions(characters).map { found in
            Draft(
                kind: .yearMention, unit: unit.id,
                slots: [
                    ("unit", .text(unit.id)), ("year", .number(Number(found.content.year))), ("about", .text(found.content.about)),
                    ("phrase", .text(found.content.phrase)), ("section", text(section)),
                ], span: at(found.start, found.end))
        }
    }

    /// Years in headings ("（三）2024年度主要工作任务") are mentions like those in sentences.
    func headingFacts(_ unit: ReportUnit) -> [Draft] {
        unit.sections.flatMap(\.all).flatMap { section -> [Draft] in
            let heading = section.heading
            let title = Array(heading.piece.characters[heading.titleRange])
            return yearMentions(title, section: section.kinds.first?.rawValue ?? "", in: unit) { start, end in
                heading.piece.span(heading.titleRange.lowerBound + start, heading.titleRange.lowerBound + end, in: source)
            }
        }
    }

    /// Budget, spending, balance and rate, assembled from the labelled figures of each
    /// section's paragraphs in order (三公经费 paragraphs aside: their savings are no
    /// budget execution); by the index of the paragraph each statement ends in.
    func executionFacts(_ unit: ReportUnit) -> [Int: [Draft]] {
        let figures = LabelledFigures(vocabulary: vocabulary)
        var drafts: [Int: [Draft]] = [:]
        var group: [Paragraph] = []
        var groupStart = 0
        var assembler = ExecutionAssembler()
        func finish() {
            for statement in assembler.finish() {
                guard let last = statement.last, let draft = executionDraft(statement, paragraphs: group, in: unit) else { continue }
                drafts[groupStart + last.paragraph, default: []].append(draft)
            }
            assembler = ExecutionAssembler()
            groupStart += group.count
            group = []
        }
        for paragraph in unit.paragraphs {
            if let last = group.last, last.group != paragraph.group { finish() }
            group.append(paragraph)
            let characters = paragraph.piece.characters
            guard !paragraph.piece.text.contains("三公") else { continue }
            let index = group.count - 1
            assembler.add(figures.amounts(characters, lead: paragraph.lead).map { PlacedAmount(paragraph: index, amount: $0) })
        }
        finish()
        return drafts
    }

    private func executionDraft(_ statement: ExecutionStatement, paragraphs: [Paragraph], in unit: ReportUnit) -> Draft? {
        guard let first = statement.first, let last = statement.last else { return nil }
        func span(_ placed: PlacedAmount, from: Int, to: Int) -> SourceSpan {
            paragraphs[placed.paragraph].piece.span(from, to, in: source)
        }
        let start = span(first, from: first.amount.labelStart, to: first.amount.labelStart + 1).start
        let end = span(last, from: last.amount.end - 1, to: last.amount.end).end
        let context = paragraphs[first.paragraph...last.paragraph].map { $0.piece.text.trimmedText }.joined()
        var draft = Draft(
            kind: .execution, unit: unit.id,
            slots: [
                ("unit", .text(unit.id)), ("scope", text(statement.scope)), ("budget", number(statement.budget?.amount.value)),
                ("initial-budget", number(statement.initialBudget?.amount.value)), ("spent", number(statement.spent?.amount.value)),
                ("balance", number(statement.balance?.amount.value)), ("stated-rate", number(statement.rate?.amount.value)),
                ("points", .absent), ("score", .absent), ("context", .text(context)),
            ], span: SourceSpan(start: start, end: end))
        for (slot, placed) in [("budget", statement.budget), ("spent", statement.spent), ("balance", statement.balance), ("stated-rate", statement.rate)] {
            if let placed { draft.cells[slot] = span(placed, from: placed.amount.start, to: placed.amount.end) }
        }
        return draft
    }
}
