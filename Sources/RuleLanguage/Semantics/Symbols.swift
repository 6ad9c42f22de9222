import Diagnostics
import RuleEngine

/// The names a rule may refer to: templates, parameters and functions of the whole knowledge base.
struct Symbols {
    let templates: [String: TemplateDefinition]
    let parameters: [String: ParameterDefinition]
    let functions: FunctionLibrary

    var templateNames: [String] { templates.keys.sorted() }
    var parameterNames: [String] { parameters.keys.sorted() }
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
