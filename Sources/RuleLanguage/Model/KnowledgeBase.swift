import Diagnostics
import RuleEngine

/// A compiled knowledge base: templates, parameters and rules with everything a
/// person is shown about them, and the engine rules they compile to.
public struct KnowledgeBase: Sendable {
    /// The template of the fact every finding also is, while it stands (when declared).
    public static let findingTemplate = "finding"
    /// The name of the result a finding rule emits (`then: finding`).
    public static let findingResult = "finding"

    public let templates: [TemplateDefinition]
    public let parameters: [ParameterDefinition]
    public let rules: [RuleDefinition]
    /// The clauses of policy documents rules and parameters cite (`basis 名称`).
    public var bases: [PolicyBasis] = []
    /// The text of every file read, by path: for excerpts in diagnostics, and hashing.
    public let sources: [String: String]

    public func rule(_ id: String) -> RuleDefinition? { rules.first { $0.id == id } }
    public func template(_ name: String) -> TemplateDefinition? { templates.first { $0.name == name } }
    public func parameter(_ name: String) -> ParameterDefinition? { parameters.first { $0.name == name } }

    /// Parameter values by name, as messages fill them in.
    public var parameterValues: [String: Value] {
        Dictionary(parameters.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
    }

    /// A fresh engine with every template and rule of the knowledge base.
    public func makeEngine(strategy: ConflictStrategy = .depth) throws(EngineError) -> Engine {
        let engine = Engine(strategy: strategy)
        for template in templates { try engine.declare(template.engineTemplate) }
        for rule in rules { try engine.add(rule.engineRule) }
        return engine
    }
}

public struct TemplateDefinition: Sendable {
    public let name: String
    public let label: String?
    public let slots: [SlotDefinition]
    /// Filled by rules, never by the report reader.
    public let derived: Bool
    public let range: SourceRange

    public var engineTemplate: Template {
        Template(name, slots: slots.map { Template.Slot($0.name, $0.type, default: $0.defaultValue) })
    }

    public func slot(_ name: String) -> SlotDefinition? { slots.first { $0.name == name } }

    /// `指标（indicator）`, or the name alone.
    public var displayName: String { label.map { "\($0)（\(name)）" } ?? name }
}

public struct SlotDefinition: Sendable {
    public let name: String
    public let type: ValueType
    /// For references: the template referred to, when declared.
    public let referenceTemplate: String?
    public let label: String?
    public let defaultValue: Value

    public var displayName: String { label ?? name }
}

public struct ParameterDefinition: Sendable {
    public let name: String
    public let label: String?
    public let value: Value
    public let unit: String?
    public let basis: [PolicyBasis]
    /// Why a threshold no document sets has the value it has (a tolerance, a rule of thumb).
    public let rationale: String?
    public let description: String?
    public let range: SourceRange

    /// `10%`, `90分`: the value as a person writes it with its unit.
    public var displayValue: String {
        MessageTemplate.format(value) + (unit ?? "")
    }
}

/// A clause of a policy document a rule or threshold rests on: declared once in the
/// knowledge (`basis 名称`), with whether it was checked against the published text.
public struct PolicyBasis: Sendable, Hashable, CustomStringConvertible {
    /// Whom the document governs: the spending of projects, of whole departments, or both.
    public enum Scope: String, Sendable, Hashable, CaseIterable {
        case project = "项目"
        case department = "部门整体"
        case all = "全部"
    }

    /// The declared name (`prp-self-evaluation-weights`); nil for a basis written out in a rule.
    public let id: String?
    /// The title in 《》, if given.
    public let document: String?
    /// The document number, such as 财预〔2020〕10号.
    public let number: String?
    /// The article, annex or section.
    public let article: String?
    public let scope: Scope?
    /// The clause's words, copied from the published text (only when verified).
    public let quote: String?
    /// What the clause says, in our words.
    public let summary: String?
    /// Checked against the published text.
    public let verified: Bool
    /// Why it could not be checked.
    public let reason: String?

    public init(
        id: String? = nil, document: String?, number: String?, article: String?, scope: Scope? = nil, quote: String? = nil,
        summary: String? = nil, verified: Bool = false, reason: String? = nil
    ) {
        (self.id, self.document, self.number, self.article, self.scope) = (id, document, number, article, scope)
        (self.quote, self.summary, self.verified, self.reason) = (quote, summary, verified, reason)
    }

    /// 《项目支出绩效评价管理办法》（财预〔2020〕10号）第十一条
    public var citation: String {
        (document.map { "《\($0)》" } ?? "") + (number.map { document == nil ? $0 : "（\($0)）" } ?? "") + (article ?? "")
    }

    /// The citation as a finding shows it, saying when it was not checked.
    public var text: String { citation + (verified ? "" : "（未核对原文）") }

    public var description: String { text }
}

/// How much a finding weighs: H credibility of the result, M compliance, L quality.
public enum FindingSeverity: String, Sendable, Hashable, CaseIterable, Comparable {
    case high, medium, low

    public var chinese: String {
        switch self {
        case .high: "高"
        case .medium: "中"
        case .low: "低"
        }
    }

    private var rank: Int {
        switch self {
        case .high: 2
        case .medium: 1
        case .low: 0
        }
    }

    public static func < (a: FindingSeverity, b: FindingSeverity) -> Bool { a.rank < b.rank }
}

public struct RuleDefinition: Sendable {
    public enum Kind: String, Sendable {
        /// Reports a finding.
        case finding
        /// Derives facts that other rules use.
        case derivation
    }

    public let id: String
    /// The title with its parameters' values filled in (`结余率超过10%`).
    public let title: String
    /// The title as written (`结余率超过{$balance-rate-limit}`): a changed threshold leaves it alone.
    public let writtenTitle: String
    public let kind: Kind
    public let severity: FindingSeverity?
    /// A judgement call that a reviewer should confirm (SARIF `kind: review`).
    public let needsReview: Bool
    /// The conditions (indices into `engineRule.conditions`) whose facts a finding
    /// cites, from `cites:`; nil cites every fact the rule read.
    public let citedConditions: [Int]?
    public let basis: [PolicyBasis]
    public let message: MessageTemplate?
    public let recommendation: MessageTemplate?
    /// What a firing concluded, in one plain sentence (`explain:`): placeholders name the
    /// rule's variables, or the slots of the fact it derived.
    public let explanation: MessageTemplate?
    /// The rule's `let` names and what they compute, in order (an explanation evaluates
    /// them again from a firing's variables, which do not hold them).
    public let lets: [LetDefinition]
    public let salience: Int
    /// Each condition as written, with its place.
    public let conditionTexts: [Located<String>]
    /// Each condition in plain Chinese words, with the templates' labels.
    public let plainConditions: [String]
    /// For each condition of `engineRule`, its index in `conditionTexts` and
    /// `plainConditions` (a `let` line is written but compiles to no condition).
    public let conditionSources: [Int]
    /// Parameters the rule reads, in order of first use.
    public let parameters: [String]
    public let examples: [RuleExample]
    public let engineRule: Rule
    /// The rule id as written (file, line, column).
    public let range: SourceRange
}

/// `let ?name = expression` in a rule.
public struct LetDefinition: Sendable {
    public let name: String
    public let expression: RuleExpression
}

public struct RuleExample: Sendable {
    public let title: String
    public let facts: [ExampleFact]
    public let expectations: [Expectation]
    public let range: SourceRange

    /// True when the example says the rule stays quiet.
    public var expectsNothing: Bool {
        expectations.contains { if case .nothing = $0 { true } else { false } }
    }
}

public struct ExampleFact: Sendable {
    public enum SlotValue: Sendable, Hashable {
        case value(Value)
        /// Another fact of the example, by its label.
        case label(String)
    }

    public let label: String?
    public let template: String
    public let slots: [(name: String, value: SlotValue)]
    public let range: SourceRange
}

public enum Expectation: Sendable {
    case message(String, SourceRange)
    case fact(ExampleFact)
    case nothing(SourceRange)
}
