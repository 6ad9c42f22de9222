import Diagnostics
import RuleEngine

/// The names a rule may refer to: templates and parameters of the whole knowledge base.
struct Symbols {
    let templates: [String: TemplateDefinition]
    let parameters: [String: ParameterDefinition]

    var templateNames: [String] { templates.keys.sorted() }
    var parameterNames: [String] { parameters.keys.sorted() }

    /// Kebab-case names of the engine's functions, as rules write them.
    static let functions: [String: (function: Function, arity: ClosedRange<Int>)] = [
        "abs": (.abs, 1...1), "round": (.round, 2...2), "min": (.min, 1...16), "max": (.max, 1...16),
        "length": (.length, 1...1), "concat": (.concat, 1...16), "starts-with": (.startsWith, 2...2),
        "ends-with": (.endsWith, 2...2), "is-absent": (.isAbsent, 1...1), "sum": (.sum, 1...1),
        "if": (.if, 3...3), "mentions": (.mentions, 2...2),
    ]
}

/// A variable in scope, and where and how often it is used.
struct Variable {
    let type: InferredType
    let range: SourceRange
    /// Index in `RuleAnalyzer.records`.
    let record: Int
    let isFact: Bool
}

/// Every variable bound in a rule, for the unused-variable check.
struct VariableRecord {
    let name: Located<String>
    var uses = 0
}
