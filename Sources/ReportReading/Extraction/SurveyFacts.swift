import ExactDecimal

/// "发放问卷200份，回收有效问卷180份，其中满意171份，满意度95%": the figures of a
/// satisfaction survey in one paragraph, by the labels of the vocabulary, so that rules
/// can check them against each other.
extension FactExtractor {
    func surveyFacts(_ characters: [Character], text: String, in unit: ReportUnit, at: (Int, Int) -> SourceSpan) -> [Draft] {
        // A survey counts something by a label of the vocabulary; most paragraphs have none.
        guard vocabulary.matchers.countWords.contains(where: text.contains) else { return [] }
        let amounts = LabelledFigures(vocabulary: vocabulary).amounts(characters).filter { $0.kind?.isCount == true || $0.kind == .satisfactionRate }
        guard !amounts.isEmpty else { return [] }
        func first(_ kind: QuantityLabel) -> Amount? { amounts.first { $0.kind == kind } }
        let figures: [(slot: String, amount: Amount?)] = [
            ("sent", first(.surveySent)), ("valid", first(.surveyValid)), ("satisfied", first(.surveySatisfied)), ("rate", first(.satisfactionRate)),
        ]
        let found = figures.compactMap { figure in figure.amount.map { (figure.slot, $0) } }
        // A survey states at least two counts, or a count and the rate it gives; a lone
        // "满意度95%" is a result, not a survey to check.
        let counts = found.filter { $0.0 != "rate" }.count
        guard counts >= 2 || (counts == 1 && found.count == 2) else { return [] }
        let start = found.map(\.1.labelStart).min() ?? 0, end = found.map(\.1.end).max() ?? 0
        var draft = Draft(
            kind: .survey, unit: unit.id,
            slots: [("unit", .text(unit.id))] + figures.map { ($0.slot, number($0.amount?.value)) }
                + [("text", .text(String(characters: characters[start..<end])))],
            span: at(start, end))
        for (slot, amount) in found { draft.cells[slot] = at(amount.start, amount.end) }
        return [draft]
    }
}
