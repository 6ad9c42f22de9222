/// The names a vocabulary gives words for. The reader's code knows what each one
/// means (a `target` column holds the indicator's target); the vocabulary says how
/// reports write it.

/// A column of a table, by its name in the vocabulary.
public enum TableColumn: String, Sendable, CaseIterable {
    /// A block label in the first column (绩效指标, 项目资金（万元）), spanning the block.
    case label
    case level1, level2, name, nature, target, measure, weight, actual, score, reason
    case item
    case initialBudget = "initial-budget"
    case budget, spent, rate
    /// The points the execution rate carries (分值 in a budget-execution block).
    case points
    /// A column known and deliberately not read (序号, 备注, 评分标准).
    case ignored
}

extension TableKind {
    /// The kinds the vocabulary describes, by their names there.
    static let described: [TableKind] = [.indicators, .budget, .scores]

    var vocabularyName: String {
        switch self {
        case .indicators: "indicators"
        case .budget: "budget"
        case .scores: "scores"
        case .other: "other"
        }
    }

    /// The columns a table of this kind can have.
    var columns: [TableColumn] {
        switch self {
        case .indicators: [.label, .level1, .level2, .name, .nature, .target, .measure, .weight, .actual, .score, .reason, .ignored]
        case .budget: [.label, .item, .initialBudget, .budget, .spent, .rate, .points, .score, .reason, .ignored]
        case .scores: [.name, .weight, .score, .rate, .ignored]
        case .other: []
        }
    }
}

/// What a row of a table is, by the words of its first cell.
public enum RowRole: String, Sendable, CaseIterable {
    /// 合计, 总计: a sum of the rows above.
    case total
    /// 总分, 自评得分: the score of the whole evaluation.
    case totalScore = "total-score"
    /// 年度资金总额: the money of the whole unit in a budget-execution block.
    case budgetTotal = "budget-total"
    /// 财政拨款, 其他资金: one source of the money.
    case fundingSource = "funding-source"
}

/// A key of a key–value row above a table's header (项目名称 | …).
public enum TableField: String, Sendable, CaseIterable {
    case project, department, implementer, funds, period
    /// 单位：万元 — the money unit of the table.
    case moneyUnit = "money-unit"
}

/// What a figure in prose is, by the words before it.
public enum QuantityLabel: String, Sendable, CaseIterable {
    case initialBudget = "initial-budget"
    case addition, budget, spent, balance, rate
    case balanceRate = "balance-rate"
    /// 自评得分, 总分: the score of the evaluation, in 分.
    case selfScore = "self-score"
    /// 评价等级, 自评结果: a grade word follows (优, 良好, 合格).
    case grade
    /// A satisfaction survey: questionnaires sent, valid replies, satisfied replies (counts),
    /// and the satisfaction rate it states (a percentage).
    case surveySent = "survey-sent"
    case surveyValid = "survey-valid"
    case surveySatisfied = "survey-satisfied"
    case satisfactionRate = "satisfaction-rate"

    /// Rates are percentages.
    var isPercent: Bool { self == .rate || self == .balanceRate || self == .satisfactionRate }
    /// Counts of things (份, 人): the survey's figures.
    var isCount: Bool { self == .surveySent || self == .surveyValid || self == .surveySatisfied }
    /// Money amounts, in 万元.
    var isMoney: Bool { !isPercent && !isCount && self != .selfScore && self != .grade }
}

extension UnitKind {
    var vocabularyName: String {
        switch self {
        case .department: "department"
        case .project: "project"
        case .finalAccounts: "final-accounts"
        }
    }
}

extension SectionKind {
    /// The classes the vocabulary describes, by their names there.
    static let described: [SectionKind] = [
        .basics, .finances, .evaluationProcess, .performance, .conclusion, .problems, .causes, .suggestions, .resultUse,
    ]

    var vocabularyName: String {
        switch self {
        case .basics: "basics"
        case .finances: "finances"
        case .evaluationProcess: "evaluation-process"
        case .performance: "performance"
        case .conclusion: "conclusion"
        case .problems: "problems"
        case .causes: "causes"
        case .suggestions: "suggestions"
        case .resultUse: "result-use"
        case .other: "other"
        }
    }
}

/// A grade an evaluation gives, by its name in the vocabulary; the fact carries its
/// Chinese name (the entry's title: 优, 良, 中, 差, or 合格 as written).
public enum GradeName: String, Sendable, CaseIterable {
    case excellent, good, fair, poor, pass, fail
}

/// What a qualitative actual says of its target (完成, 部分完成, 未达标), by its name in
/// the vocabulary; the fact carries the entry's title (达成, 部分达成, 未达成).
public enum VerdictName: String, Sendable, CaseIterable {
    case met, partly
    case notMet = "not-met"
}

/// What a clause of prose states, by its name in the vocabulary.
public enum StatementName: String, Sendable, CaseIterable {
    /// "年度绩效指标均已达到": every target met.
    case allMet = "all-met"
    /// "年末无结转和结余资金": nothing left of the budget.
    case noBalance = "no-balance"
    /// "预计新增130家": an estimate, not a result.
    case estimate
}

/// What an indicator's 指标性质 says, by its name in the vocabulary, and the symbol
/// facts carry for it.
public enum OperatorKind: String, Sendable, CaseIterable {
    case atLeast = "at-least"
    case atMost = "at-most"
    case moreThan = "more-than"
    case lessThan = "less-than"
    case equal
    case about
    case qualitative
    case quantitative

    public var symbol: String {
        switch self {
        case .atLeast: ">="
        case .atMost: "<="
        case .moreThan: ">"
        case .lessThan: "<"
        case .equal: "="
        case .about: "≈"
        case .qualitative: "定性"
        case .quantitative: "定量"
        }
    }
}
