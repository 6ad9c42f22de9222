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
    /// Past a limit of `ResourceLimits` other than firings; `rule` is the one that
    /// derived the most facts, when facts derived by rules passed the limit.
    case limitExceeded(ResourceLimits.Resource, limit: Int, rule: String?)

    /// The stable code and message a person sees, in the current language.
    public var diagnostic: Diagnostic {
        switch self {
        case .duplicateTemplate(let name):
            return Diagnostic(code: "ENG001", message: localized("模板 '\(name)' 声明了两次", english: "template '\(name)' is declared twice"))
        case .duplicateRule(let name):
            return Diagnostic(code: "ENG002", message: localized("规则 '\(name)' 定义了两次", english: "rule '\(name)' is defined twice"))
        case .unknownTemplate(let name, let rule, let condition, let known):
            let place = Self.place(rule, condition)
            return Diagnostic(
                code: "ENG003", message: localized("\(place.chinese)没有模板 '\(name)'", english: "unknown template '\(name)'\(place.english)"),
                help: Suggestions.didYouMean(name, among: known))
        case .unknownSlot(let slot, let template, let rule, let condition):
            let place = Self.place(rule, condition), slots = template.slots.map(\.name).joined(separator: ", ")
            return Diagnostic(
                code: "ENG004",
                message: localized(
                    "\(place.chinese)模板 '\(template.name)' 没有槽 '\(slot)'",
                    english: "template '\(template.name)' has no slot '\(slot)'\(place.english)"),
                notes: [.init(localized("它的槽有：\(slots)", english: "its slots are: \(slots)"))],
                help: Suggestions.didYouMean(slot, among: template.slots.map(\.name)))
        case .typeMismatch(let slot, let template, let expected, let value, let rule):
            let place = Self.place(rule, nil), type = Operators.typeName(value)
            return Diagnostic(
                code: "ENG005",
                message: localized(
                    "\(place.chinese)'\(template)' 的槽 '\(slot)' 存放 \(expected.rawValue)，不能存放 \(type) \(value.literal)",
                    english: "slot '\(slot)' of '\(template)' holds \(expected.rawValue), not \(type) \(value.literal)\(place.english)"))
        case .unboundVariable(let rule, let variable, let condition):
            let name = variable.hasPrefix("?") ? variable : "?\(variable)", place = Self.place(rule, condition)
            return Diagnostic(
                code: "ENG006",
                message: localized("\(place.chinese)变量 '\(name)' 在取值之前就被使用", english: "variable '\(name)' is used before it is bound\(place.english)"),
                help: localized("在前面的模式中给它取值，如 (template (slot \(name)))", english: "bind it in an earlier pattern, e.g. (template (slot \(name)))"))
        case .variableRebound(let rule, let variable, let condition):
            let place = Self.place(rule, condition)
            return Diagnostic(
                code: "ENG007",
                message: localized("\(place.chinese)汇总结果 '?\(variable)' 已经取过值", english: "aggregation result '?\(variable)' is already bound\(place.english)"))
        case .slotOutsidePattern(let rule, let slot, let condition):
            let place = Self.place(rule, condition)
            return Diagnostic(
                code: "ENG008",
                message: localized("\(place.chinese)在模式之外读取了槽 '\(slot)'", english: "slot '\(slot)' is read outside a pattern\(place.english)"),
                help: localized("在模式中把槽绑定到变量，再检验这个变量", english: "bind the slot to a variable in a pattern and test the variable"))
        case .notAFactVariable(let rule, let variable):
            return Diagnostic(
                code: "ENG009",
                message: localized("规则 '\(rule)' 中的 '?\(variable)' 没有绑定到事实", english: "'?\(variable)' is not bound to a fact in rule '\(rule)'"),
                help: localized("在模式中用 ?\(variable) <- (template …) 绑定事实", english: "bind the fact with ?\(variable) <- (template …) in a pattern"))
        case .unknownRule(let name, let known):
            return Diagnostic(
                code: "ENG010", message: localized("没有名为 '\(name)' 的规则", english: "no rule named '\(name)'"),
                help: Suggestions.didYouMean(name, among: known))
        case .unknownFact(let id):
            return Diagnostic(code: "ENG011", message: localized("没有存活的事实 \(id)", english: "no live fact \(id)"))
        case .firingLimitReached(let limit, let rule, let firings):
            return Diagnostic(
                code: "ENG012",
                message: localized(
                    "触发 \(limit) 次后停止：规则 '\(rule)' 反复触发（\(firings) 次）",
                    english: "stopped after \(limit) firings: rule '\(rule)' kept firing (\(firings) times)"),
                notes: [.init(localized(
                    "修改自身所匹配事实的规则会再次激活自己",
                    english: "a rule that modifies a fact it matches re-activates itself"))],
                help: localized(
                    "加一个条件，让规则完成工作后不再触发，或提高触发上限",
                    english: "add a condition that stops the rule once its work is done, or raise the firing limit"))
        case .limitExceeded(let resource, let limit, let rule):
            return Self.limitDiagnostic(resource, limit: limit, rule: rule)
        }
    }

    /// Where in a rule, as a prefix in Chinese and a suffix in English.
    private static func place(_ rule: String?, _ condition: Int?) -> (chinese: String, english: String) {
        switch (rule, condition) {
        case (let rule?, let condition?): ("规则 '\(rule)' 的第 \(condition + 1) 个条件中：", " in condition \(condition + 1) of rule '\(rule)'")
        case (let rule?, nil): ("规则 '\(rule)' 中：", " in rule '\(rule)'")
        default: ("", "")
        }
    }
}
