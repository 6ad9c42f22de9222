import Diagnostics
import ExactDecimal

/// The words reports use, as policy staff keep them in `knowledge/reading/*.vocab`:
/// table kinds and their columns, the fields above a table's header, row labels,
/// money units, section classes and the labels of figures in prose. The reader's
/// code holds the mechanisms; every word it looks for comes from here.
public struct ReadingVocabulary: Sendable {
    public internal(set) var tables: [TableWords] = []
    public internal(set) var fields: [VocabularyEntry] = []
    public internal(set) var rows: [VocabularyEntry] = []
    public internal(set) var units: [MoneyUnit] = []
    /// Units of counts, time, length… that a figure may carry (家, 人次, 公里, %).
    public internal(set) var measures: [VocabularyEntry] = []
    /// The ways 指标性质 is written (≥, 不低于, 定性).
    public internal(set) var operators: [VocabularyEntry] = []
    public internal(set) var sections: [VocabularyEntry] = []
    /// The last words of the names of the bodies that report (局, 委员会, 街道办事处).
    public internal(set) var organisations: [VocabularyEntry] = []
    /// The grades an evaluation gives (优秀, 良好, 合格…).
    public internal(set) var grades: [VocabularyEntry] = []
    /// What a qualitative actual says of its target (已完成, 部分完成, 未达标).
    public internal(set) var verdicts: [VocabularyEntry] = []
    /// What a clause of prose states: every target met, no balance left, an estimate.
    public internal(set) var statements: [VocabularyEntry] = []
    /// What reports count (团队, 学校), with the words they are counted with: a target
    /// stated per object is multiplied by the count the report gives.
    public internal(set) var counted: [VocabularyEntry] = []
    /// What a unit under review is, by the words of its title (部门整体, 专项资金, 决算).
    public internal(set) var unitKinds: [VocabularyEntry] = []
    public internal(set) var labels: [VocabularyEntry] = []
    /// Every example, in file order: each is a test of the words.
    public internal(set) var examples: [VocabularyExample] = []
    /// The files read (path → text), for diagnostics and the knowledge hash.
    public internal(set) var sources: [String: String] = [:]

    /// The matchers over these words, built once when the words are loaded.
    private(set) var matchers = Matchers()

    public init() {}

    struct Matchers: Sendable {
        var columns: [TableKind: WordMatcher<TableColumn>] = [:]
        var fields = WordMatcher<TableField>([])
        var rows = WordMatcher<RowRole>([])
        var sections = WordMatcher<SectionKind>([])
        var unitKinds = WordMatcher<UnitKind>([])
        /// The labels of money amounts, and of percentages.
        var moneyLabels = WordMatcher<QuantityLabel>([])
        var rateLabels = WordMatcher<QuantityLabel>([])
        /// The labels of counts (问卷份数), and their words for a quick look whether a text has any.
        var countLabels = WordMatcher<QuantityLabel>([])
        var countWords: [String] = []
        var values = ValueReader(moneyUnits: [], measureUnits: [], operators: [:])
        var organisations = OrganisationNames(suffixes: [])
        /// The words of the self-score labels, longest first.
        var selfScoreWords: [String] = []
        /// The words of the grade labels (with whether they name 等级), and the grade words
        /// with their grades.
        var gradeLabels = WordIndex<Bool>([])
        var gradeWords = WordIndex<String>([])
        var verdicts = WordMatcher<VerdictName>([])
    }

    /// Builds the matchers; called once the entries are complete.
    mutating func compile() {
        var matchers = Matchers()
        for table in tables { matchers.columns[table.kind] = WordMatcher(table.columns.map { ($0.column, $0.entry) }) }
        matchers.fields = WordMatcher(fields.compactMap { entry in TableField(rawValue: entry.name).map { ($0, entry) } })
        matchers.rows = WordMatcher(rows.compactMap { entry in RowRole(rawValue: entry.name).map { ($0, entry) } })
        matchers.sections = WordMatcher(
            sections.compactMap { entry in SectionKind.described.first { $0.vocabularyName == entry.name }.map { ($0, entry) } })
        matchers.unitKinds = WordMatcher(
            unitKinds.compactMap { entry in UnitKind.allCases.first { $0.vocabularyName == entry.name }.map { ($0, entry) } })
        let labelled = labels.compactMap { entry in QuantityLabel(rawValue: entry.name).map { ($0, entry) } }
        matchers.moneyLabels = WordMatcher(labelled.filter { $0.0.isMoney })
        matchers.rateLabels = WordMatcher(labelled.filter { $0.0.isPercent })
        matchers.countLabels = WordMatcher(labelled.filter { $0.0.isCount })
        matchers.countWords = labelled.filter { $0.0.isCount }.flatMap(\.1.words)
        var operatorWords: [String: OperatorKind] = [:]
        for entry in operators {
            guard let kind = OperatorKind(rawValue: entry.name) else { continue }
            for word in entry.words where operatorWords[word] == nil { operatorWords[word] = kind }
        }
        matchers.organisations = OrganisationNames(suffixes: organisations.flatMap(\.words))
        let longestFirst = { (words: [String]) in words.sorted { ($0.count, $1) > ($1.count, $0) } }
        matchers.selfScoreWords = longestFirst(labels.filter { $0.name == QuantityLabel.selfScore.rawValue }.flatMap(\.words))
        matchers.gradeLabels = WordIndex(
            labels.filter { $0.name == QuantityLabel.grade.rawValue }.flatMap(\.words).map { ($0, $0.contains("等级")) })
        matchers.verdicts = WordMatcher(verdicts.compactMap { entry in VerdictName(rawValue: entry.name).map { ($0, entry) } })
        matchers.gradeWords = WordIndex(grades.flatMap { entry in entry.words.map { ($0, entry.title) } })
        matchers.values = ValueReader(moneyUnits: units, measureUnits: measures.flatMap(\.words), operators: operatorWords)
        self.matchers = matchers
    }

    /// Numbers, cells and money, with these money units.
    var values: ValueReader { matchers.values }

    /// Entries declared: tables with their columns, fields, rows, units, sections, labels.
    public var entryCount: Int {
        tables.reduce(0) { $0 + 1 + $1.columns.count } + fields.count + rows.count + units.count + measures.count + operators.count
            + sections.count + labels.count + unitKinds.count + grades.count + verdicts.count + statements.count + counted.count
            + organisations.count
    }

    /// The words of a table kind.
    func table(_ kind: TableKind) -> TableWords? { tables.first { $0.kind == kind } }

    func statement(_ name: StatementName) -> VocabularyEntry? { statements.first { $0.name == name.rawValue } }

    /// Longer texts are prose, whose words of completion say too little on their own.
    static let verdictMaximumLength = 12

    /// What a qualitative actual says of its target ("已完成" → 达成), if it is short
    /// enough to be a verdict.
    func verdict(of text: String) -> VocabularyEntry? {
        let compact = VocabularyText.compact(text)
        guard !compact.isEmpty, compact.count <= Self.verdictMaximumLength else { return nil }
        return matchers.verdicts.match(compact)?.entry
    }

    /// The money unit a text names exactly ("万元"), if any.
    func moneyUnit(named name: String) -> MoneyUnit? { units.first { $0.name == name } }
}

/// One thing the reader knows by name (a column, a section class, a label) and the
/// words that name it in reports.
public struct VocabularyEntry: Sendable {
    /// The reader's name for it: `target`, `problems`, `budget`.
    public let name: String
    /// The Chinese name people read: 指标值, 存在问题, 调整后预算.
    public let title: String
    /// Words that name it wherever they occur in the text.
    public let words: [String]
    /// Words that name it only as the whole text ("原因" alone is a cause; "立项原因" is not).
    public let exact: [String]
    /// Words that rule it out: a text holding one of them is not this entry ("得分率" is no 得分).
    public let unless: [String]
    /// For a statement: the clause must also speak of one of these.
    public var about: [String] = []
    /// For a counted object: the words a count of it is written with (6支团队).
    public var counters: [String] = []
    /// Where it is declared.
    public let range: SourceRange
}

/// A table kind with the columns it can have and the sets of columns whose presence
/// makes a row its header.
public struct TableWords: Sendable {
    public let kind: TableKind
    public let entry: VocabularyEntry
    /// A header holds all the columns of at least one of these sets.
    public let needs: [[TableColumn]]
    public let columns: [(column: TableColumn, entry: VocabularyEntry)]
}

/// A unit money is written in, and what one of it is in 万元.
public struct MoneyUnit: Sendable {
    public let name: String
    public let inTenThousands: Number
    public let range: SourceRange

    /// An amount in this unit, in 万元.
    public func convert(_ value: Number) -> Number? { value.multiplied(by: inTenThousands) }
}

/// An example written with an entry: what the reader is given and what it must make of it.
public struct VocabularyExample: Sendable {
    /// What is exemplified: a table's header, a column, a section class, a label, a unit.
    public enum Subject: Sendable, Equatable {
        case table(TableKind)
        case column(TableKind, TableColumn)
        case field(String)
        case row(String)
        case unit(String)
        case measure(String)
        case `operator`(String)
        case section(String)
        case label(String)
        case unitKind(String)
        case grade(String)
        case verdict(String)
        case statement(String)
        case counted(String)
        case organisation(String)
    }

    public let subject: Subject
    /// The entry's reader name, for listings ("table indicators", "column target").
    public let owner: String
    /// The text given: a header row (cells split by `|`), a cell, a heading, a sentence.
    public let input: String
    /// What must come out, as written after `→`; nil when the example says only that
    /// the input names its own entry.
    public let expected: String?
    public let range: SourceRange
}
