import ExactDecimal
import Diagnostics
import RuleEngine

/// KB105: a condition that no fact can satisfy makes its rule dead.
///
/// Found without running anything: a slot required to equal two different values,
/// numeric bounds that exclude each other (`weight > 10, weight < 5`), a test on
/// values alone that is false, and a pattern on a derived template no rule derives.
struct NeverHoldsCheck: LintCheck {
    static let description = LintCheckDescription(
        code: "KB105", name: "never-holds",
        summary: "A condition can never hold, so the rule can never fire.",
        triggering: [
            """
            rule r
              title: 示例
              when:
                indicator(name: "a", name: ↓"b")
              then:
                derive note(text: "x")
            """,
            """
            rule r
              title: 示例
              when:
                indicator(name: ?_n, weight > 10, ↓weight < 5)
              then:
                derive note(text: "x")
            """,
            """
            rule r
              title: 示例
              when:
                indicator(name: ?_n)
                test ↓$limit > 20
              then:
                derive note(text: "x")
            """,
            """
            rule r
              title: 示例
              when:
                ↓note(text: ?_t)
              then:
                derive marker(text: "y")
            """,
        ],
        nonTriggering: [
            """
            rule r
              title: 示例
              when:
                indicator(name: ?_n, weight > 5, weight < 10)
              then:
                derive note(text: "x")
            """,
            """
            rule r
              title: 示例
              when:
                indicator(name: ?_n, weight >= 10, weight <= 10)
              then:
                derive note(text: "x")
            rule s
              title: 示例
              when:
                note(text: ?_t)
              then:
                derive marker(text: "y")
            """,
        ])

    static func check(_ context: LintContext) -> [Diagnostic] {
        let parameters = Dictionary(context.knowledge.parameters.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
        // Templates that some rule asserts or derives.
        var produced = Set<String>()
        for analysis in context.analyses {
            for action in analysis.declaration.actions {
                switch action {
                case .derive(let fact), .assert(let fact): produced.insert(fact.template.value)
                case .finding: produced.insert(KnowledgeBase.findingTemplate)
                default: break
                }
            }
        }
        var diagnostics: [Diagnostic] = []
        for analysis in context.analyses where analysis.definition != nil {
            for condition in analysis.declaration.conditions {
                switch condition {
                case .pattern(let pattern, _), .exists(let pattern, _):
                    diagnostics += contradictions(in: pattern, parameters: parameters)
                    if let template = context.knowledge.template(pattern.template.value), template.derived,
                        !produced.contains(template.name)
                    {
                        diagnostics.append(.neverHolds(localized("没有规则推出 '\(template.name)'", english: "no rule derives '\(template.name)'"), pattern.template.range))
                    }
                case .aggregate(_, _, _, let pattern):
                    diagnostics += contradictions(in: pattern, parameters: parameters)
                case .not(let pattern, _):
                    diagnostics += contradictions(in: pattern, parameters: parameters)
                case .test(let expression):
                    if let value = constant(expression, parameters), value == .boolean(false) {
                        diagnostics.append(.neverHolds(localized("无论事实如何它都为假", english: "it is false whatever the facts"), expression.range))
                    }
                case .binding:
                    break
                }
            }
        }
        return diagnostics
    }

    /// Contradictory requirements on one slot of a pattern.
    private static func contradictions(in pattern: PatternNode, parameters: [String: Value]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var required: [String: Value] = [:]
        var lower: [String: (Number, inclusive: Bool)] = [:]
        var upper: [String: (Number, inclusive: Bool)] = [:]
        func bound(_ slot: String, _ op: BinaryOperator, _ number: Number, _ range: SourceRange) {
            switch op {
            case .greater, .greaterOrEqual:
                let candidate = (number, op == .greaterOrEqual)
                if let current = lower[slot], current.0 > number || (current.0 == number && !current.inclusive) { break }
                lower[slot] = candidate
            case .less, .lessOrEqual:
                let candidate = (number, op == .lessOrEqual)
                if let current = upper[slot], current.0 < number || (current.0 == number && !current.inclusive) { break }
                upper[slot] = candidate
            case .equal:
                bound(slot, .greaterOrEqual, number, range)
                bound(slot, .lessOrEqual, number, range)
            default:
                return
            }
            if let low = lower[slot], let high = upper[slot],
                low.0 > high.0 || (low.0 == high.0 && !(low.inclusive && high.inclusive))
            {
                let (above, below) = (describe(low, ">"), describe(high, "<"))
                diagnostics.append(.neverHolds(localized("'\(slot)' 不可能既 \(above) 又 \(below)", english: "'\(slot)' cannot be both \(above) and \(below)"), range))
            }
        }
        for constraint in pattern.constraints {
            switch constraint {
            case .slot(let name, let node):
                guard let value = constant(node, parameters) else { continue }
                if let existing = required[name.value], existing != value {
                    diagnostics.append(.neverHolds(localized("'\(name.value)' 不可能既是 \(existing.literal) 又是 \(value.literal)", english: "'\(name.value)' cannot be both \(existing.literal) and \(value.literal)"), node.range))
                    continue
                }
                required[name.value] = value
                if case .number(let n) = value { bound(name.value, .equal, n, node.range) }
            case .test(let node):
                guard case .binary(let op, let left, let right, let range) = node else { continue }
                if case .name(let slot, _) = left, case .number(let n)? = constant(right, parameters) {
                    bound(slot, op, n, range)
                } else if case .name(let slot, _) = right, case .number(let n)? = constant(left, parameters) {
                    bound(slot, op.mirrored, n, range)
                }
            }
        }
        return diagnostics
    }

    private static func describe(_ bound: (Number, inclusive: Bool), _ direction: String) -> String {
        "\(direction)\(bound.inclusive ? "=" : "") \(bound.0)"
    }

    /// The value of an expression made of values and parameters only.
    private static func constant(_ node: ExpressionNode, _ parameters: [String: Value]) -> Value? {
        func resolve(_ node: ExpressionNode) -> RuleExpression? {
            switch node {
            case .literal(let value, _): return .constant(value)
            case .parameter(let name, _): return parameters[name].map { .constant($0) }
            case .unary(let op, let operand, _): return resolve(operand).map { .unary(op, $0) }
            case .binary(let op, let a, let b, _):
                guard let a = resolve(a), let b = resolve(b) else { return nil }
                return .binary(op, a, b)
            case .list(let items, _):
                let values = items.compactMap { item -> Value? in
                    if case .constant(let v)? = resolve(item) { return v }
                    return nil
                }
                return values.count == items.count ? .constant(.list(values)) : nil
            default: return nil
            }
        }
        guard let expression = resolve(node) else { return nil }
        return try? expression.evaluate { _ in .absent }
    }
}

extension BinaryOperator {
    /// `a op b` is `b mirrored a`.
    var mirrored: BinaryOperator {
        switch self {
        case .less: .greater
        case .lessOrEqual: .greaterOrEqual
        case .greater: .less
        case .greaterOrEqual: .lessOrEqual
        default: self
        }
    }
}
