import ReportReading
import RuleEngine
import RuleLanguage

/// One thing the audit found in a report: which rule, how much it weighs, the values it
/// found and the quotes it rests on, on what basis, and what to do. It is data: the
/// message and the recommendation are the rule's templates with the values bound, and
/// Rendering writes them out.
public struct Finding: Sendable {
    /// "1", "2", … in the order findings are shown; stable for the same inputs.
    public internal(set) var id: String
    public let rule: String
    public let severity: FindingSeverity
    public let title: String
    /// A judgement call (the rule's `kind: review`): shown as 需人工判断, for an auditor to confirm.
    public let needsReview: Bool
    /// The rule's `message:` and `recommendation:` (nil when it has none).
    public let messageTemplate: MessageTemplate?
    public let recommendationTemplate: MessageTemplate?
    /// The rule's variables as the finding bound them, and the thresholds the templates use.
    public let bindings: [String: Value]
    public let parameters: [String: Value]
    /// The unit under review: "部门整体", "附件3", …
    public let unit: String
    /// Every source fact the finding rests on, by place in the file.
    public internal(set) var citations: [Citation]
    /// The clauses of policy it applies, with whether each was checked against the text.
    public let basis: [PolicyBasis]
    /// The engine's results it stands for (several when the report states it twice);
    /// the first is the one explained.
    public internal(set) var resultIDs: [Int]
    /// The values the message and recommendation show, by the rule's variable names
    /// (thresholds as `$name`), as written there.
    public let values: [FindingValue]
    /// Other findings about the same thing (the same deviation, the same execution rate):
    /// one defect seen by several rules is shown linked, not as unrelated findings.
    public internal(set) var related: [String] = []
    /// The derived facts (a deviation, an execution rate) its rule's own conditions matched:
    /// findings sharing one are about the same thing.
    var subject: Set<FactID> = []

    /// Findings with the same rule, unit and values are one finding (the report says it
    /// twice); compared by values, not by the rendered message.
    var identity: [String] { [rule, unit] + values.flatMap { [$0.name, $0.value] } }

    /// A value the finding shows, as written there: `value("rate")` = "41.74".
    public func value(_ name: String) -> String? { values.first { $0.name == name }?.value }

    /// Whether two findings say the same: same weight, same wording, same values.
    public func saysTheSame(as other: Finding) -> Bool {
        severity == other.severity && messageTemplate == other.messageTemplate
            && recommendationTemplate == other.recommendationTemplate && values == other.values
    }

    /// How a finding that needs an auditor's judgement is marked in every format.
    public static let reviewLabel = "需人工判断"

    /// The same finding stated in several places of the report: one finding citing them all
    /// (merged once, so that k copies cost k, not k²).
    static func merging(_ copies: [Finding]) -> Finding {
        var merged = copies[0]
        guard copies.count > 1 else { return merged }
        merged.citations = Citation.ordered(copies.flatMap(\.citations))
        merged.resultIDs = copies.flatMap(\.resultIDs)
        merged.subject = copies.reduce(into: []) { $0.formUnion($1.subject) }
        return merged
    }

    func numbered(_ number: Int) -> Finding {
        var numbered = self
        numbered.id = "\(number)"
        return numbered
    }
}

/// A value a finding's message shows: `rate` = `22.41`.
public struct FindingValue: Sendable, Hashable {
    public let name: String
    public let value: String
}

extension Citation {
    /// By place in the file, each place once.
    static func ordered(_ citations: [Citation]) -> [Citation] {
        var seen = Set<Citation>()
        return citations.filter { seen.insert($0).inserted }
            .sorted { ($0.line, $0.column, $0.endLine, $0.endColumn) < ($1.line, $1.column, $1.endLine, $1.endColumn) }
    }
}

extension FindingSeverity {
    /// Parses `--fail-on` values and the like.
    public init?(word: String) {
        switch word {
        case "high", "高": self = .high
        case "medium", "中": self = .medium
        case "low", "低": self = .low
        default: return nil
        }
    }
}
