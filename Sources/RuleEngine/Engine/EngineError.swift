import Diagnostics

/// Errors from the engine's API: a rule or fact that does not fit the declared
/// templates, or a run that did not come to rest.
public enum EngineError: Error, Hashable, Sendable {
    case duplicateTemplate(String)
    case duplicateRule(String)
    case unknownTemplate(String, rule: String?, condition: Int?, known: [String])
    case unknownSlot(String, template: Template, rule: String?, condition: Int?)
    case typeMismatch(slot: String, template: String, expected: ValueType, value: Value, rule: String?)
    case unboundVariable(rule: String, variable: String, condition: Int?)
    case variableRebound(rule: String, variable: String, condition: Int)
    case slotOutsidePattern(rule: String, slot: String, condition: Int)
    case notAFactVariable(rule: String, variable: String)
    case unknownRule(String, known: [String])
    case unknownFact(FactID)
    case firingLimitReached(limit: Int, rule: String, firings: Int)

    /// The stable code and message a person sees.
    public var diagnostic: Diagnostic {
        switch self {
        case .duplicateTemplate(let name):
            return Diagnostic(code: "ENG001", message: "template '\(name)' is declared twice")
        case .duplicateRule(let name):
            return Diagnostic(code: "ENG002", message: "rule '\(name)' is defined twice")
        case .unknownTemplate(let name, let rule, let condition, let known):
            return Diagnostic(
                code: "ENG003", message: "unknown template '\(name)'\(Self.place(rule, condition))",
                help: Suggestions.closest(to: name, among: known).map { "did you mean '\($0)'?" })
        case .unknownSlot(let slot, let template, let rule, let condition):
            return Diagnostic(
                code: "ENG004",
                message: "template '\(template.name)' has no slot '\(slot)'\(Self.place(rule, condition))",
                notes: [.init("its slots are: \(template.slots.map(\.name).joined(separator: ", "))")],
                help: Suggestions.closest(to: slot, among: template.slots.map(\.name)).map { "did you mean '\($0)'?" })
        case .typeMismatch(let slot, let template, let expected, let value, let rule):
            return Diagnostic(
                code: "ENG005",
                message: "slot '\(slot)' of '\(template)' holds \(expected.rawValue), not \(Operators.typeName(value)) \(value.literal)\(Self.place(rule, nil))")
        case .unboundVariable(let rule, let variable, let condition):
            let name = variable.hasPrefix("?") ? variable : "?\(variable)"
            return Diagnostic(
                code: "ENG006", message: "variable '\(name)' is used before it is bound\(Self.place(rule, condition))",
                help: "bind it in an earlier pattern, e.g. (template (slot \(name)))")
        case .variableRebound(let rule, let variable, let condition):
            return Diagnostic(
                code: "ENG007",
                message: "aggregation result '?\(variable)' is already bound\(Self.place(rule, condition))")
        case .slotOutsidePattern(let rule, let slot, let condition):
            return Diagnostic(
                code: "ENG008",
                message: "slot '\(slot)' is read outside a pattern\(Self.place(rule, condition))",
                help: "bind the slot to a variable in a pattern and test the variable")
        case .notAFactVariable(let rule, let variable):
            return Diagnostic(
                code: "ENG009",
                message: "'?\(variable)' is not bound to a fact in rule '\(rule)'",
                help: "bind the fact with ?\(variable) <- (template …) in a pattern")
        case .unknownRule(let name, let known):
            return Diagnostic(
                code: "ENG010", message: "no rule named '\(name)'",
                help: Suggestions.closest(to: name, among: known).map { "did you mean '\($0)'?" })
        case .unknownFact(let id):
            return Diagnostic(code: "ENG011", message: "no live fact \(id)")
        case .firingLimitReached(let limit, let rule, let firings):
            return Diagnostic(
                code: "ENG012",
                message: "stopped after \(limit) firings: rule '\(rule)' kept firing (\(firings) times)",
                notes: [.init("a rule that modifies a fact it matches re-activates itself")],
                help: "add a condition that stops the rule once its work is done, or raise the firing limit")
        }
    }

    private static func place(_ rule: String?, _ condition: Int?) -> String {
        switch (rule, condition) {
        case (let rule?, let condition?): " in condition \(condition + 1) of rule '\(rule)'"
        case (let rule?, nil): " in rule '\(rule)'"
        default: ""
        }
    }
}
