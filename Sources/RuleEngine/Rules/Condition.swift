/// One condition of a rule's left-hand side.
public enum Condition: Hashable, Sendable {
    /// A fact of the template must match; binds its variables.
    case pattern(Pattern)
    /// No fact may match (variables inside are local).
    case not(Pattern)
    /// At least one fact matches; the rule matches once however many do.
    case exists(Pattern)
    /// Binds `resultVariable` to a value computed over all facts matching a pattern,
    /// grouped by the variables already bound.
    case aggregate(Aggregation)
    /// A boolean expression over variables bound earlier.
    case test(RuleExpression)
}

/// A fact pattern: template, slot constraints and tests on the fact.
public struct Pattern: Hashable, Sendable {
    public var template: String
    /// `?f <- (…)`: binds the matched fact, for retract, modify or references.
    public var factVariable: String?
    public var slots: [SlotConstraint]
    /// Boolean expressions that must hold; may read this fact's slots (`.slot`) and
    /// variables bound earlier or by this pattern.
    public var tests: [RuleExpression]

    public init(
        _ template: String, _ slots: [SlotConstraint] = [], tests: [RuleExpression] = [],
        factVariable: String? = nil
    ) {
        self.template = template
        self.slots = slots
        self.tests = tests
        self.factVariable = factVariable
    }

    /// Variables this pattern binds (first occurrence wins; later ones compare).
    public var boundVariables: [String] {
        var names: [String] = []
        if let factVariable { names.append(factVariable) }
        for case .variable(let v) in slots.map(\.match) where !names.contains(v) { names.append(v) }
        return names
    }
}

/// `(slot ?var)` binds or compares; `(slot value)` requires the value.
public struct SlotConstraint: Hashable, Sendable {
    public var slot: String
    public var match: Match

    public enum Match: Hashable, Sendable {
        case variable(String)
        case value(Value)
    }

    public init(_ slot: String, _ match: Match) {
        self.slot = slot
        self.match = match
    }

    public static func variable(_ slot: String, _ name: String) -> SlotConstraint {
        SlotConstraint(slot, .variable(name))
    }

    public static func value(_ slot: String, _ value: Value) -> SlotConstraint {
        SlotConstraint(slot, .value(value))
    }
}

public struct Aggregation: Hashable, Sendable {
    public var resultVariable: String
    public var function: AggregateFunction
    public var pattern: Pattern

    public init(_ resultVariable: String, _ function: AggregateFunction, of pattern: Pattern) {
        self.resultVariable = resultVariable
        self.function = function
        self.pattern = pattern
    }
}

/// What an aggregation computes. Absent values are skipped. Over no facts, count and
/// sum give 0 and collect gives an empty list; min and max have no value, so the
/// condition does not hold.
public enum AggregateFunction: Hashable, Sendable {
    case count
    case sum(RuleExpression)
    case min(RuleExpression)
    case max(RuleExpression)
    /// The values in fact order (oldest first).
    case collect(RuleExpression)

    public var name: String {
        switch self {
        case .count: "count"
        case .sum: "sum"
        case .min: "min"
        case .max: "max"
        case .collect: "collect"
        }
    }

    public var argument: RuleExpression? {
        switch self {
        case .count: nil
        case .sum(let e), .min(let e), .max(let e), .collect(let e): e
        }
    }
}
