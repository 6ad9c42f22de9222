import Diagnostics
import RuleEngine

/// A value with the place it was written.
public struct Located<Value> {
    public let value: Value
    public let range: SourceRange
}

extension Located: Equatable where Value: Equatable {}
extension Located: Sendable where Value: Sendable {}

/// A knowledge file as written, before names are resolved.
struct KnowledgeFile {
    let path: String
    var templates: [TemplateDeclaration] = []
    var parameters: [ParameterDeclaration] = []
    var rules: [RuleDeclaration] = []
    var bases: [BasisDeclaration] = []
}

/// `basis 名称` and its fields: one clause of a policy document that rules cite by name.
struct BasisDeclaration {
    let name: Located<String>
    var fields: [String: TextField] = [:]
    let range: SourceRange
}

struct TemplateDeclaration {
    let name: Located<String>
    let label: String?
    var slots: [SlotDeclaration] = []
    /// `derived`: filled by rules, never by the report reader.
    var derived = false
}

struct SlotDeclaration {
    let name: Located<String>
    let type: Located<SlotType>
    let label: String?
    let defaultValue: ExpressionNode?
}

/// A slot's declared type: `text`, `number`, `boolean`, `list`, `any`,
/// `reference to TEMPLATE`.
enum SlotType: Equatable {
    case value(ValueType)
    case reference(Located<String>?)
}

/// A free-text field: the rest of the line, with where it starts.
struct TextField {
    let text: String
    let range: SourceRange
}

struct ParameterDeclaration {
    let name: Located<String>
    var label: TextField?
    var value: ExpressionNode?
    var unit: TextField?
    var basis: [TextField] = []
    var rationale: TextField?
    var description: TextField?
    let range: SourceRange
}

struct RuleDeclaration {
    let id: Located<String>
    var title: TextField?
    var severity: TextField?
    var kind: TextField?
    /// The fact variables whose facts a finding cites (all the matched facts when absent).
    var cites: TextField?
    var basis: [TextField] = []
    var message: TextField?
    var recommendation: TextField?
    /// One plain sentence saying what the rule concluded, with the report's values.
    var explain: TextField?
    var salience: Located<Int>?
    var conditions: [ConditionNode] = []
    /// Each condition's whole text, keyword included.
    var conditionRanges: [SourceRange] = []
    var actions: [ActionNode] = []
    var examples: [ExampleNode] = []
    /// Where `when:` and `then:` were written, for messages about what is missing.
    var whenRange: SourceRange?
    var thenRange: SourceRange?
    /// A line of the rule could not be read; it is checked but not compiled.
    var hasSyntaxErrors = false
}

/// One line of `when:`.
indirect enum ConditionNode {
    /// `[?f:] template(…)`
    case pattern(PatternNode, factVariable: Located<String>?)
    case not(PatternNode, keyword: SourceRange)
    case exists(PatternNode, keyword: SourceRange)
    /// `?total = sum ?w of indicator(…)`; `?n = count of …`
    case aggregate(variable: Located<String>, function: Located<String>, argument: ExpressionNode?, pattern: PatternNode)
    /// `let ?x = expression`
    case binding(variable: Located<String>, value: ExpressionNode)
    /// `test expression`
    case test(ExpressionNode)

    var range: SourceRange {
        switch self {
        case .pattern(let p, let v): v.map { $0.range.through(p.range) } ?? p.range
        case .not(let p, let k), .exists(let p, let k): k.through(p.range)
        case .aggregate(let v, _, _, let p): v.range.through(p.range)
        case .binding(let v, let e): v.range.through(e.range)
        case .test(let e): e.range
        }
    }
}

/// `template(slot: term, slot > 3, …)`
struct PatternNode {
    let template: Located<String>
    let constraints: [ConstraintNode]
    let range: SourceRange
}

enum ConstraintNode {
    /// `slot: term` — binds a variable or requires a value.
    case slot(Located<String>, ExpressionNode)
    /// A condition on the fact's slots, named bare: `actual > target * 1.3`.
    case test(ExpressionNode)
}

/// An expression as written.
indirect enum ExpressionNode {
    case literal(Value, SourceRange)
    case variable(String, SourceRange)
    case parameter(String, SourceRange)
    /// A bare name: a slot of the pattern's own fact, or an example fact's label.
    case name(String, SourceRange)
    case list([ExpressionNode], SourceRange)
    case unary(UnaryOperator, ExpressionNode, SourceRange)
    case binary(BinaryOperator, ExpressionNode, ExpressionNode, SourceRange)
    case matches(ExpressionNode, ExpressionNode, SourceRange)
    case call(Located<String>, [ExpressionNode], SourceRange)

    var range: SourceRange {
        switch self {
        case .literal(_, let r), .variable(_, let r), .parameter(_, let r), .name(_, let r), .list(_, let r),
            .unary(_, _, let r), .binary(_, _, _, let r), .matches(_, _, let r), .call(_, _, let r):
            r
        }
    }
}

/// One line of `then:`.
enum ActionNode {
    /// Report the rule's finding.
    case finding(SourceRange)
    /// `derive template(slot: value, …)`: a truth-maintained fact.
    case derive(FactNode)
    /// `assert template(…)`: a fact that stays.
    case assert(FactNode)
    case retract(Located<String>)
    case modify(Located<String>, [(Located<String>, ExpressionNode)], SourceRange)
    case emit(Located<String>, [(Located<String>, ExpressionNode)], SourceRange)
    case halt(SourceRange)
}

/// `[label:] template(slot: value, …)` in examples and actions.
struct FactNode {
    let label: Located<String>?
    let template: Located<String>
    let slots: [(Located<String>, ExpressionNode)]
    let range: SourceRange
}

struct ExampleNode {
    let title: TextField
    var facts: [FactNode] = []
    var expectations: [ExpectationNode] = []
    var givenRange: SourceRange?
    var hasSyntaxErrors = false
}

enum ExpectationNode {
    case message(String, SourceRange)
    case fact(FactNode)
    case nothing(SourceRange)
}

extension SourceRange {
    /// From the start of this range to the end of another on the same file.
    func through(_ other: SourceRange) -> SourceRange {
        SourceRange(file: file, start: start, end: other.end)
    }
}
