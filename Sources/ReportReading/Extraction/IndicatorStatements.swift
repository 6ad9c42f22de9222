import ExactDecimal

/// "全年共开展培训12期，培训渔民650人次": prose stating a figure of an indicator the
/// unit's table lists, so that rules can compare the two. A clause counts when it names
/// the indicator in full and holds exactly one figure in the indicator's measure. Money
/// is left to the execution statements, which read it in 万元 whatever the unit.
extension FactExtractor {
    /// The indicators of a unit's tables, by name, with their measures (not money).
    func statedIndicators(_ drafts: [Draft]) -> [(name: String, measure: String)] {
        var seen = Set<String>()
        return drafts.compactMap { draft -> (String, String)? in
            guard draft.kind == .indicator,
                case .text(let name)? = draft.slots.first(where: { $0.0 == "name" })?.1,
                case .text(let measure)? = draft.slots.first(where: { $0.0 == "measure" })?.1,
                name.count >= Self.indicatorNameMinimum, !vocabulary.values.isMoney(measure), seen.insert(name).inserted
            else { return nil }
            return (name, measure)
        }
    }

    /// Shorter names (满意度) are said of too many things to tie a figure to them.
    static let indicatorNameMinimum = 4

    func indicatorStatements(
        _ characters: [Character], text: String, indicators: [(name: String, measure: String)], in unit: ReportUnit, at: (Int, Int) -> SourceSpan
    ) -> [Draft] {
        guard !indicators.isEmpty else { return [] }
        let named = indicators.filter { text.contains($0.name) }
        guard !named.isEmpty else { return [] }
        var drafts: [Draft] = []
        for (start, end) in Statements.clauses(characters) {
            let clause = String(characters: characters[start..<end])
            let quantities = vocabulary.values.quantities(Array(clause))
            for indicator in named where clause.contains(indicator.name) {
                let figures = quantities.filter { $0.unit == indicator.measure }
                guard figures.count == 1, let figure = figures.first else { continue }
                var draft = Draft(
                    kind: .statedValue, unit: unit.id,
                    slots: [
                        ("unit", .text(unit.id)), ("name", .text(indicator.name)), ("value", .number(figure.value)),
                        ("measure", .text(indicator.measure)), ("phrase", .text(clause.trimmedText)),
                    ],
                    span: at(start, end))
                draft.cells["value"] = at(start + figure.start, start + figure.end)
                drafts.append(draft)
            }
        }
        return drafts
    }
}
