import ExactDecimal

/// "全年共开展培训12期，培训渔民650人次": prose stating a figure of an indicator the
/// unit's table lists, so that rules can compare the two. A clause counts when it names
/// the indicator in full and holds exactly one figure in the indicator's measure. Money
/// is left to the execution statements, which read it in 万元 whatever the unit.
extension FactExtractor {
    /// An indicator of a unit's tables that prose may state a figure of.
    struct StatedIndicator {
        let name: String
        let measure: String
    }

    /// The indicators of a unit's tables, indexed by name for a scan of its paragraphs.
    func statedIndicators(_ drafts: [Draft]) -> WordIndex<StatedIndicator> {
        WordIndex(
            drafts.compactMap { draft -> (String, StatedIndicator)? in
                guard draft.kind == "indicator",
                    case .text(let name)? = draft.slots.first(where: { $0.0 == "name" })?.1,
                    case .text(let measure)? = draft.slots.first(where: { $0.0 == "measure" })?.1,
                    name.count >= Self.indicatorNameMinimum, !vocabulary.values.isMoney(measure)
                else { return nil }
                return (name, StatedIndicator(name: name, measure: measure))
            })
    }

    /// Shorter names (满意度) are said of too many things to tie a figure to them.
    static let indicatorNameMinimum = 4

    func indicatorStatements(
        _ characters: [Character], indicators: WordIndex<StatedIndicator>, in unit: ReportUnit, at: (Int, Int) -> SourceSpan
    ) -> [Draft] {
        var drafts: [Draft] = []
        for (start, end) in Statements.clauses(characters) {
            var named: [StatedIndicator] = []
            var index = start
            while index < end {
                if let found = indicators.word(in: characters, at: index, where: { _, length in index + length <= end }) {
                    if !named.contains(where: { $0.name == found.value.name }) { named.append(found.value) }
                    index += found.length
                } else {
                    index += 1
                }
            }
            guard !named.isEmpty else { continue }
            let clause = Array(characters[start..<end])
            let quantities = vocabulary.values.quantities(clause)
            for indicator in named {
                let figures = quantities.filter { $0.unit == indicator.measure }
                guard figures.count == 1, let figure = figures.first else { continue }
                var draft = Draft(
                    kind: "stated-value", unit: unit.id,
                    slots: [
                        ("unit", .text(unit.id)), ("name", .text(indicator.name)), ("value", .number(figure.value)),
                        ("measure", .text(indicator.measure)), ("phrase", .text(String(clause).trimmedText)),
                    ],
                    span: at(start, end))
                draft.cells["value"] = at(start + figure.start, start + figure.end)
                drafts.append(draft)
            }
        }
        return drafts
    }
}
