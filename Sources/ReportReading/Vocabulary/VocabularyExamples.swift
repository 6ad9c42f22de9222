import Diagnostics
import ExactDecimal

/// Runs the examples of the reading vocabulary through the reader's own mechanisms: a
/// header row through the header finder, a heading through the section classifier, a
/// sentence through the labelled figures. `audit rules test` prints the outcomes.
public enum VocabularyExamples {
    public struct Outcome: Sendable {
        public let example: VocabularyExample
        public let expected: String
        public let actual: String
        public var passed: Bool { expected == actual }
    }

    public static func run(_ vocabulary: ReadingVocabulary) -> [Outcome] {
        vocabulary.examples.map { run($0, in: vocabulary) }
    }

    static func run(_ example: VocabularyExample, in vocabulary: ReadingVocabulary) -> Outcome {
        let (expected, actual) = compare(example, vocabulary)
        return Outcome(example: example, expected: expected, actual: actual)
    }

    private static func compare(_ example: VocabularyExample, _ vocabulary: ReadingVocabulary) -> (String, String) {
        let input = example.input
        switch example.subject {
        case .table(let kind):
            return compareHeader(example, kind, vocabulary)
        case .column(let kind, let column):
            let actual = HeaderFinder(vocabulary: vocabulary).column(of: input, in: kind)
            return (example.expected ?? column.rawValue, actual?.rawValue ?? "-")
        case .field(let name):
            let actual = vocabulary.matchers.fields.match(VocabularyText.splitNotes(input).text)?.key.rawValue
            return (example.expected ?? name, actual ?? "-")
        case .row(let name):
            let actual = vocabulary.matchers.rows.match(VocabularyText.compact(input))?.key.rawValue
            return (example.expected ?? name, actual ?? "-")
        case .section(let name):
            let kinds = SectionClassifier(vocabulary: vocabulary).kinds(of: input).map(\.vocabularyName)
            let expected = example.expected.map { $0 == nothing ? [] : names($0, separatedBy: "+") } ?? [name]
            return (render(expected), render(kinds))
        case .unit(let name):
            let values = vocabulary.values
            let found = values.quantities(Array(input)).first { $0.unit == name }
            let actual = found.flatMap { values.inTenThousands($0.value, unit: name) }.map(\.description) ?? "no amount in \(name)"
            return (example.expected.flatMap(Number.init).map(\.description) ?? actual, actual)
        case .measure(let name):
            return compareMeasure(example, name, vocabulary)
        case .operator(let name):
            let symbol = vocabulary.values.operator(input) ?? vocabulary.values.cell(input).comparison
            return (example.expected ?? OperatorKind(rawValue: name)?.symbol ?? name, symbol ?? "-")
        case .organisation:
            let characters = Array(input)
            let names = vocabulary.matchers.organisations.names(in: characters).map { String(characters[$0.start..<$0.end]) }
            return (example.expected ?? "a name", names.last.map { example.expected == nil ? "a name" : $0 } ?? "nothing")
        case .grade(let name):
            let title = vocabulary.grades.first { $0.name == name }?.title ?? name
            let found = Statements.grades(Array(input), vocabulary: vocabulary).first
            return (example.expected ?? title, found?.content.grade ?? "nothing")
        case .verdict(let name):
            return (example.expected ?? name, vocabulary.verdict(of: input).map(\.name) ?? "-")
        case .statement(let name):
            let found = StatementName(rawValue: name).map { Statements.statements($0, in: Array(input), vocabulary: vocabulary) } ?? []
            return (example.expected ?? name, found.isEmpty ? "-" : name)
        case .counted(let name):
            let objects = CountedObjects(entries: vocabulary.counted.filter { $0.name == name })
            let said = objects.counts(in: Array(input), of: input).map { "\($0.count)" } + (objects.perObject(input) == nil ? [] : [CountedObjects.perObjectMark])
            return (example.expected ?? "", said.isEmpty ? "-" : said.joined(separator: ", "))
        case .unitKind(let name):
            let kind = vocabulary.matchers.unitKinds.match(VocabularyText.splitNotes(input).text)?.key
            return (example.expected ?? name, kind?.vocabularyName ?? "-")
        case .label:
            return compareLabels(example, vocabulary)
        }
    }

    /// A table header: its kind, and the column each cell names.
    private static func compareHeader(_ example: VocabularyExample, _ kind: TableKind, _ vocabulary: ReadingVocabulary) -> (String, String) {
        let found = HeaderFinder(vocabulary: vocabulary).headerKind(of: cells(example.input))
        if example.expected == nothing {
            return (nothing, found?.kind == kind ? "a header of table \(kind.vocabularyName)" : nothing)
        }
        guard let found, found.kind == kind else {
            return (example.expected ?? "", found.map { "a header of table \($0.kind.vocabularyName)" } ?? "not a header")
        }
        return (cells(example.expected ?? "").joined(separator: " | "), found.columns.map { $0?.rawValue ?? "-" }.joined(separator: " | "))
    }

    /// A figure in a unit of the measure (or, with an expectation, the figure read).
    private static func compareMeasure(_ example: VocabularyExample, _ name: String, _ vocabulary: ReadingVocabulary) -> (String, String) {
        let found = vocabulary.values.quantities(Array(example.input)).first
        let words = vocabulary.measures.first { $0.name == name }?.words ?? []
        guard let expected = example.expected else {
            let ownUnit = found?.unit.map(words.contains) ?? false
            return ("a figure in a unit of \(name)", ownUnit ? "a figure in a unit of \(name)" : found.map(render) ?? "no figure")
        }
        return (expected, found.map(render) ?? "no figure")
    }

    /// The labelled figures of a sentence, in order: `budget 100, self-score 92`.
    private static func compareLabels(_ example: VocabularyExample, _ vocabulary: ReadingVocabulary) -> (String, String) {
        let text = Array(example.input)
        let amounts = LabelledFigures(vocabulary: vocabulary).amounts(text).compactMap { amount in
            amount.kind.map { (amount.start, "\($0.rawValue) \(amount.value)") }
        }
        let scores = Statements.scores(text, vocabulary: vocabulary).map { ($0.start, "\(QuantityLabel.selfScore.rawValue) \($0.content.value)") }
        let figures = (amounts + scores).sorted { $0.0 < $1.0 }.map(\.1)
        let expected = labelPairs(example.expected ?? "")?.map { "\($0.name) \($0.value)" } ?? []
        return (expected.isEmpty ? nothing : expected.joined(separator: ", "), figures.isEmpty ? nothing : figures.joined(separator: ", "))
    }

    static let nothing = "nothing"

    private static func render(_ names: [String]) -> String { names.isEmpty ? nothing : names.joined(separator: " + ") }

    /// "40 公里": a figure and its unit.
    private static func render(_ quantity: Quantity) -> String { "\(quantity.value)" + (quantity.unit.map { " \($0)" } ?? "") }

    /// Cells of a header written in one line: `一级指标 | 二级指标`.
    static func cells(_ text: String) -> [String] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "|" || $0 == "｜" }).map { $0.trimmedText }
    }

    static func names(_ text: String, separatedBy separators: Character...) -> [String] {
        text.split(whereSeparator: { separators.contains($0) || $0 == "、" }).map { $0.trimmedText }.filter { !$0.isEmpty }
    }

    /// "initial-budget 500, budget 620": each label with its figure; nil when malformed.
    static func labelPairs(_ text: String) -> [(name: String, value: Number)]? {
        if text == nothing { return [] }
        var pairs: [(String, Number)] = []
        for item in text.split(whereSeparator: { ",，;；".contains($0) }) {
            let words = item.split(separator: " ", omittingEmptySubsequences: true)
            guard words.count == 2, let value = Number(String(words[1])) else { return nil }
            pairs.append((String(words[0]), value))
        }
        return pairs
    }

    /// What is wrong with how an example is written, before it is run.
    static func problem(with example: VocabularyExample) -> (why: String, help: String?)? {
        let expected = example.expected
        switch example.subject {
        case .table(let kind):
            guard let expected else {
                return (localized("表头示例要在 → 后写出每个单元格是哪一列", english: "a header example says after → which column each cell is"), localized("按顺序写出各列，不读的单元格写 '-'", english: "write the columns in order, '-' for a cell not read"))
            }
            if expected == nothing { return nil }
            let (cells, columns) = (Self.cells(example.input), Self.cells(expected))
            guard cells.count == columns.count else { return (localized("有 \(cells.count) 个单元格，→ 后却有 \(columns.count) 列", english: "\(cells.count) cells, but \(columns.count) columns after →"), nil) }
            if let unknown = columns.first(where: { $0 != "-" && !kind.columns.map(\.rawValue).contains($0) }) {
                return (localized("表 \(kind.vocabularyName) 没有列 '\(unknown)'", english: "table \(kind.vocabularyName) has no column '\(unknown)'"), nil)
            }
        case .column(let kind, _):
            if let expected, expected != "-", !kind.columns.map(\.rawValue).contains(expected) {
                return (localized("表 \(kind.vocabularyName) 没有列 '\(expected)'", english: "table \(kind.vocabularyName) has no column '\(expected)'"), nil)
            }
        case .field:
            if let expected, expected != "-", TableField(rawValue: expected) == nil { return (localized("没有字段 '\(expected)'", english: "there is no field '\(expected)'"), nil) }
        case .row:
            if let expected, expected != "-", RowRole(rawValue: expected) == nil { return (localized("没有行 '\(expected)'", english: "there is no row '\(expected)'"), nil) }
        case .section:
            let known = SectionKind.described.map(\.vocabularyName)
            if let expected, expected != nothing, let unknown = names(expected, separatedBy: "+").first(where: { !known.contains($0) }) {
                return (localized("没有章节类别 '\(unknown)'", english: "there is no section class '\(unknown)'"), nil)
            }
        case .grade, .organisation:
            break
        case .verdict:
            if let expected, expected != "-", VerdictName(rawValue: expected) == nil { return (localized("没有结论 '\(expected)'", english: "there is no verdict '\(expected)'"), nil) }
        case .statement(let name):
            if let expected, expected != "-", expected != name { return (localized("陈述示例在 → 后只能写 '-'（没有这种陈述）", english: "a statement example says after → only '-' (no such statement)"), nil) }
        case .counted:
            let valid = { (word: Substring) in word == "-" || word == Substring(CountedObjects.perObjectMark) || Int(word) != nil }
            guard let expected, expected.split(separator: ",").allSatisfy({ valid($0.trimmingPrefix(" ")) }) else {
                return (localized("计数示例要在 → 后写出其中的数目，按每个对象计的写 '每'，或写 '-'", english: "a counted example says after → the counts it states, '每' for a figure per object, or '-'"), localized("写成 '6' 或 '每'", english: "write it as '6' or '每'"))
            }
        case .unitKind:
            if let expected, expected != "-", !UnitKind.allCases.map(\.vocabularyName).contains(expected) {
                return (localized("没有单位类别 '\(expected)'", english: "there is no unit kind '\(expected)'"), nil)
            }
        case .unit:
            if let expected, Number(expected) == nil { return (localized("'\(expected)' 不是以万元计的数", english: "'\(expected)' is not a number of 万元"), nil) }
        case .measure:
            if let expected, expected.split(separator: " ").count != 2 || Number(String(expected.split(separator: " ")[0])) == nil {
                return (localized("计量示例要在 → 后写出数字和单位", english: "a measure example says after → the figure and its unit"), localized("写成 '40 公里'", english: "write it as '40 公里'"))
            }
        case .operator:
            if let expected, !OperatorKind.allCases.map(\.symbol).contains(expected) {
                let symbols = OperatorKind.allCases.map(\.symbol).joined(separator: " ")
                return (localized("'\(expected)' 不是比较符号", english: "'\(expected)' is no operator symbol"), localized("写其中之一：\(symbols)", english: "write one of \(symbols)"))
            }
        case .label:
            guard let expected, let pairs = labelPairs(expected) else {
                return (localized("标签示例要在 → 后写出读到的数字", english: "a label example says after → the figures it reads"), localized("写成 'budget 620, spent 590'，或 'nothing'", english: "write them as 'budget 620, spent 590', or 'nothing'"))
            }
            if let unknown = pairs.first(where: { QuantityLabel(rawValue: $0.name) == nil }) { return (localized("没有标签 '\(unknown.name)'", english: "there is no label '\(unknown.name)'"), nil) }
        }
        return nil
    }
}
