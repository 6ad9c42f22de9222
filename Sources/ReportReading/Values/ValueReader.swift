import ExactDecimal

/// Reads numbers, cells, operators and money with the units and operator words of the
/// reading vocabulary.
struct ValueReader: Sendable {
    /// Every unit a number may carry.
    let units: UnitTable
    /// What one of each money unit is in 万元.
    private let moneyFactors: [String: Number]
    /// Each way of writing 指标性质, as a whole cell.
    private let operatorWords: [String: OperatorKind]
    /// Operator words, longest first, to find one inside a cell ("不低于90%").
    private let operatorsLongestFirst: [(word: String, kind: OperatorKind)]

    init(moneyUnits: [MoneyUnit], measureUnits: [String], operators: [String: OperatorKind]) {
        units = UnitTable(moneyUnits.map(\.name) + measureUnits)
        moneyFactors = Dictionary(moneyUnits.map { ($0.name, $0.inTenThousands) }, uniquingKeysWith: { a, _ in a })
        operatorWords = operators
        operatorsLongestFirst = operators.map { ($0.key, $0.value) }.sorted { ($0.word.count, $1.word) > ($1.word.count, $0.word) }
    }

    func quantities(_ text: [Character]) -> [Quantity] { QuantityScanner.scan(text, units: units) }

    /// What a table cell says; `context` is the indicator's name (see `CellValue`).
    func cell(_ raw: String, context: String = "") -> CellValue {
        CellValue(raw, context: context, quantities: quantities) { rest in
            rest.isEmpty ? nil : operatorsLongestFirst.first { rest.contains($0.word) }.map { ($0.kind.symbol, $0.word) }
        }
    }

    /// Whether a cell holds only numbers; a text without any digit or Chinese numeral
    /// holds none, and is not parsed (header finding asks this of every cell).
    func isNumeric(_ text: String) -> Bool {
        let mayHoldFigure = text.unicodeScalars.contains {
            ("0"..."9").contains($0) || ("０"..."９").contains($0) || ChineseNumerals.isNumeral($0)
        }
        return mayHoldFigure && cell(text).isNumeric
    }

    /// The operator a whole cell writes ("≥", " 不低于 ", "定性"), as the symbol facts carry.
    func `operator`(_ text: String) -> String? { operatorWords[VocabularyText.compact(text)]?.symbol }

    func isMoney(_ unit: String?) -> Bool { unit.map { moneyFactors[$0] != nil } ?? false }

    /// An amount in 万元: converted from a money unit; a figure without a unit is taken
    /// to be in 万元 already; nil for a unit that is not money.
    func inTenThousands(_ value: Number, unit: String?) -> Number? {
        guard let unit else { return value }
        return moneyFactors[unit].flatMap { value.multiplied(by: $0) }
    }
}
