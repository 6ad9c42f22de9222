import ExactDecimal

/// Matching one fact against one pattern by direct evaluation, with variables by
/// name. Shared by the reference matcher and why-not, and independent of the
/// network, so that each checks the other.
struct PatternMatching {
    /// A constraint or test that a fact failed, with the values compared.
    struct Failure: Error {
        let comparison: Comparison
        /// How many constraints and tests held before this one.
        let passed: Int
    }

    /// The environment extended with the pattern's bindings, or why the fact fails.
    static func match(_ fact: Fact, _ pattern: Pattern, environment: [String: Value]) -> Result<[String: Value], Failure> {
        var env = environment
        var passed = 0
        if let factVariable = pattern.factVariable {
            let reference = Value.reference(fact.id)
            if let bound = env[factVariable], bound != reference {
                return .failure(Failure(
                    comparison: Comparison(text: "?\(factVariable)", left: reference, op: "==", right: bound), passed: passed))
            }
            env[factVariable] = reference
            passed += 1
        }
        for constraint in pattern.slots {
            let value = fact[constraint.slot] ?? .absent
            switch constraint.match {
            case .value(let expected):
                guard value == expected else {
                    return .failure(Failure(
                        comparison: Comparison(text: "\(constraint.slot) == \(expected.literal)", left: value, op: "==", right: expected),
                        passed: passed))
                }
            case .variable(let name):
                if let bound = env[name] {
                    guard value == bound else {
                        return .failure(Failure(
                            comparison: Comparison(text: "\(constraint.slot) == ?\(name)", left: value, op: "==", right: bound),
                            passed: passed))
                    }
                } else {
                    env[name] = value
                }
            }
            passed += 1
        }
        for test in pattern.tests {
            if let comparison = failure(of: test, fact: fact, environment: env) {
                return .failure(Failure(comparison: comparison, passed: passed))
            }
            passed += 1
        }
        return .success(env)
    }

    /// nil when the expression holds; otherwise the comparison that made it fail.
    static func failure(of expression: RuleExpression, fact: Fact?, environment: [String: Value]) -> Comparison? {
        let resolve = { (term: Term) throws -> Value in
            switch term {
            case .variable(let name):
                guard let value = environment[name] else { throw EvaluationError("?\(name) is not bound") }
                return value
            case .slot(let name):
                guard let value = fact?[name] else { throw EvaluationError("no slot \(name)") }
                return value
            }
        }
        do {
            if try expression.holds(resolve) { return nil }
        } catch {
            return Comparison(text: expression.description, left: .absent, op: "error", right: nil, error: "\(error)")
        }
        // Narrow down to the part that failed: the first false conjunct, then its comparison.
        if case .binary(.and, let a, let b) = expression {
            return failure(of: a, fact: fact, environment: environment) ?? failure(of: b, fact: fact, environment: environment)
        }
        if case .binary(let op, let a, let b) = expression, op.isComparison,
            let left = try? a.evaluate(resolve), let right = try? b.evaluate(resolve)
        {
            return Comparison(text: expression.description, left: left, op: op.rawValue, right: right)
        }
        return Comparison(text: expression.description, left: .boolean(false), op: "is", right: nil)
    }

    /// The value of an aggregation over facts (already filtered), as the network
    /// computes it; nil when it has none.
    static func aggregate(_ aggregation: Aggregation, over members: [(Fact, [String: Value])]) -> Value? {
        var contributions: [Value] = []
        for (fact, env) in members {
            guard let argument = aggregation.function.argument else {
                contributions.append(.absent)
                continue
            }
            let value = try? argument.evaluate { term -> Value in
                switch term {
                case .variable(let name): env[name] ?? .absent
                case .slot(let name): fact[name] ?? .absent
                }
            }
            contributions.append(value ?? .absent)
        }
        let present = contributions.filter { $0 != .absent }
        switch aggregation.function {
        case .count: return .number(Number(members.count))
        case .sum: return try? Function.sum([.list(present)])
        case .min: return present.isEmpty ? nil : try? Function.min([.list(present)])
        case .max: return present.isEmpty ? nil : try? Function.max([.list(present)])
        case .collect: return .list(contributions)
        }
    }
}

/// A comparison a condition made, with the values on each side: "结余率 4.25 > 10".
public struct Comparison: Hashable, Sendable, CustomStringConvertible {
    /// The constraint or test as written.
    public let text: String
    public let left: Value
    public let op: String
    public let right: Value?
    /// Set when the expression could not be evaluated.
    public let error: String?

    public init(text: String, left: Value, op: String, right: Value?, error: String? = nil) {
        self.text = text
        self.left = left
        self.op = op
        self.right = right
        self.error = error
    }

    public var description: String {
        if let error { return "\(text): \(error)" }
        guard let right else { return "\(text) is false" }
        return "\(text): \(left.literal) \(op) \(right.literal) is false"
    }
}
