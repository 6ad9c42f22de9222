/// Every kind of fact the reader extracts, with the slots it fills: the one definition
/// the extraction writes (`FactExtractor.Draft` takes a kind, and checks its slot names
/// against this in debug builds) and the templates of knowledge/facts.rules declare
/// (TemplateConformanceTests checks both ways, so neither side drifts).
public enum FactKind: String, CaseIterable, Sendable {
    case report
    case unit
    case section
    case indicatorTable = "indicator-table"
    case indicator
    case blankIndicator = "blank-indicator"
    case budgetLine = "budget-line"
    case scoreLine = "score-line"
    case execution
    case selfScore = "self-score"
    case grade
    case statedTotal = "stated-total"
    case statedShare = "stated-share"
    case yearMention = "year-mention"
    case statedValue = "stated-value"
    case survey
    case objectCount = "object-count"
    case claim
    case estimate
    case paragraph
    case readingGap = "reading-gap"

    /// The slots the reader may fill, as facts.rules names them.
    public var slots: [String] {
        switch self {
        case .report: ["file", "department", "year", "kind", "region", "title"]
        case .unit: ["name", "kind", "annex", "title", "project"]
        case .section: ["unit", "kind", "heading", "text", "empty", "level", "end-line"]
        case .indicatorTable: ["unit", "title", "project", "department", "funds", "period", "money-unit", "year", "kind", "rows", "end-line"]
        case .indicator: ["table", "unit", "row", "level1", "level2", "name", "nature", "operator", "target", "target-max", "target-values", "target-from-text", "target-text", "measure", "weight", "weight-text", "actual", "actual-values", "actual-from-text", "actual-text", "actual-verdict", "score", "deviation-reason", "year", "per-object"]
        case .blankIndicator: ["table", "unit", "level1", "level2"]
        case .budgetLine: ["unit", "item", "code", "budget", "spent", "stated-rate", "budget-text", "spent-text", "money-unit"]
        case .scoreLine: ["unit", "name", "weight", "score", "stated-rate"]
        case .execution: ["unit", "scope", "budget", "initial-budget", "spent", "balance", "stated-rate", "points", "score", "context"]
        case .selfScore: ["unit", "score", "subject", "section"]
        case .grade: ["unit", "grade", "text"]
        case .statedTotal: ["unit", "label", "total", "measure", "parts", "part-labels"]
        case .statedShare: ["unit", "label", "amount", "percent", "whole"]
        case .yearMention: ["unit", "year", "about", "phrase", "section"]
        case .statedValue: ["unit", "name", "value", "measure", "phrase"]
        case .survey: ["unit", "sent", "valid", "satisfied", "rate", "text"]
        case .objectCount: ["unit", "object", "count", "text"]
        case .claim: ["unit", "text", "section", "about"]
        case .estimate: ["unit", "text", "section"]
        case .paragraph: ["unit", "text", "section", "length", "line"]
        case .readingGap: ["unit", "part", "problem", "detail"]
        }
    }
}
