import Diagnostics
import RuleEngine

/// Conditions: patterns and the variables they bind, negations, aggregates, `let`, `test`.
extension RuleAnalyzer {
    /// A rule's conditions compiled, with what explanations need of each.
    struct CompiledConditions {
        var conditions: [Condition] = []
        /// Each condition as written, and read aloud.
        var texts: [Located<String>] = []
        var plainWords: [String] = []
        /// For each compiled condition, the index of its text.
        var sources: [Int] = []
        /// For each fact variable, the index of the condition that binds it.
        var factConditions: [String: Int] = [:]
    }

    mutating func compileConditions() -> CompiledConditions {
        var result = CompiledConditions()
        var words = PlainWords(symbols: symbols)
        for (node, range) in zip(declaration.conditions, declaration.conditionRanges) {
            let factsBefore = Set(factTemplates.keys)
            if let condition = compile(node) {
                for name in factTemplates.keys where !factsBefore.contains(name) { result.factConditions[name] = result.conditions.count }
                result.conditions.append(condition)
                result.sources.append(result.texts.count)
            }
            result.texts.append(Located(value: sourceText(range), range: range))
            result.plainWords.append(words.describe(node))
        }
        return result
    }

    mutating func compile(_ node: ConditionNode) -> Condition? {
        switch node {
        case .pattern(let pattern, let factVariable):
            let (compiled, local) = compile(pattern, factVariable: factVariable)
            // Bound even when the pattern has errors, so that later lines do not cascade.
            for (name, variable) in local.sorted(by: { $0.value.record < $1.value.record }) {
                scope[name] = variable
                bindingOrder.append(name)
                if variable.isFact, let template = symbols.templates[pattern.template.value] { factTemplates[name] = template }
            }
            return compiled.map { .pattern($0) }
        case .not(let pattern, _):
            return compile(pattern, factVariable: nil).0.map { .not($0) }
        case .exists(let pattern, _):
            return compile(pattern, factVariable: nil).0.map { .exists($0) }
        case .aggregate(let variable, let function, let argument, let pattern):
            let (compiled, local) = compile(pattern, factVariable: nil)
            guard let compiled else {
                _ = bind(variable, type: .unknown, isFact: false)
                return nil
            }
            var resultType = InferredType.number
            var aggregate: AggregateFunction = .count
            if let argument {
                guard let (expression, type) = compile(argument, local: local, template: symbols.templates[pattern.template.value]) else { return nil }
                switch function.value {
                case "sum":
                    if !type.isOrderable(with: .number) || type == .text {
                        report(.typeMismatch(localized("sum 只能累加数值，这里却是\(type)", english: "sum adds numbers, but this is \(type)"), argument.range))
                    }
                    aggregate = .sum(expression)
                case "min", "max":
                    resultType = type
                    aggregate = function.value == "min" ? .min(expression) : .max(expression)
                default:
                    resultType = .list
                    aggregate = .collect(expression)
                }
            }
            guard bind(variable, type: resultType, isFact: false) else { return nil }
            return .aggregate(Aggregation(variable.value, aggregate, of: compiled))
        case .binding(let variable, let value):
            guard let (expression, type) = compile(value, local: [:], template: nil) else { return nil }
            if let existing = scope[variable.value] ?? lets[variable.value]?.variable {
                report(.alreadyBound(variable, first: existing.range))
                return nil
            }
            records.append(VariableRecord(name: variable))
            lets[variable.value] = (expression, type, Variable(type: type, range: variable.range, record: records.count - 1, isFact: false))
            letOrder.append(variable.value)
            return nil
        case .test(let expression):
            guard let (compiled, type) = compile(expression, local: [:], template: nil) else { return nil }
            if type != .boolean, type != .unknown {
                report(.typeMismatch(localized("test 的结果应为真或假，这里却是\(type)", english: "a test must be true or false, but this is \(type)"), expression.range))
                return nil
            }
            return .test(compiled)
        }
    }

    /// Binds a top-level variable; false (with a diagnostic) when it is taken.
    mutating func bind(_ name: Located<String>, type: InferredType, isFact: Bool) -> Bool {
        if let existing = scope[name.value] ?? lets[name.value]?.variable {
            report(.alreadyBound(name, first: existing.range))
            return false
        }
        records.append(VariableRecord(name: name))
        scope[name.value] = Variable(type: type, range: name.range, record: records.count - 1, isFact: isFact)
        bindingOrder.append(name.value)
        return true
    }
}
