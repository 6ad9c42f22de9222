import ExactDecimal
import RegularExpressions

/// Why an expression has no value: the rule reads it as "condition does not hold",
/// and the engine records a warning naming the rule.
public struct EvaluationError: Error, Hashable, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

extension ExpressionTree {
    /// Evaluates with `resolve` giving the value of each leaf.
    @inlinable
    public func evaluate(_ resolve: (Leaf) throws -> Value) throws -> Value {
        switch self {
        case .constant(let v):
            return v
        case .leaf(let l):
            return try resolve(l)
        case .unary(let op, let e):
            return try Operators.apply(op, try e.evaluate(resolve))
        case .binary(.and, let a, let b):
            guard try Operators.truth(try a.evaluate(resolve)) else { return .boolean(false) }
            return .boolean(try Operators.truth(try b.evaluate(resolve)))
        case .binary(.or, let a, let b):
            if try Operators.truth(try a.evaluate(resolve)) { return .boolean(true) }
            return .boolean(try Operators.truth(try b.evaluate(resolve)))
        case .binary(let op, let a, let b):
            return try Operators.apply(op, try a.evaluate(resolve), try b.evaluate(resolve))
        case .call(let f, let args):
            return try f(try args.map { try $0.evaluate(resolve) })
        case .matches(let e, let regex):
            let v = try e.evaluate(resolve)
            guard case .text(let t) = v else {
                throw EvaluationError("matches needs text, got \(Operators.typeName(v)) \(v.literal)")
            }
            return .boolean(regex.isFound(in: t))
        }
    }

    /// Evaluates a condition: true, false, or an error.
    @inlinable
    public func holds(_ resolve: (Leaf) throws -> Value) throws -> Bool {
        try Operators.truth(try evaluate(resolve))
    }
}

/// The meaning of operators and functions on values.
public enum Operators {
    public static func truth(_ v: Value) throws -> Bool {
        guard case .boolean(let b) = v else {
            throw EvaluationError("expected true or false, got \(typeName(v)) \(v.literal)")
        }
        return b
    }

    public static func apply(_ op: UnaryOperator, _ v: Value) throws -> Value {
        switch op {
        case .not: return .boolean(!(try truth(v)))
        case .negate: return .number(try number(v, for: "-").negated)
        }
    }

    public static func apply(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
        switch op {
        case .equal: return .boolean(a == b)
        case .notEqual: return .boolean(a != b)
        case .less: return .boolean(try order(a, b, op) < 0)
        case .lessOrEqual: return .boolean(try order(a, b, op) <= 0)
        case .greater: return .boolean(try order(a, b, op) > 0)
        case .greaterOrEqual: return .boolean(try order(a, b, op) >= 0)
        case .and: return .boolean(try truth(a) && truth(b))
        case .or: return .boolean(try truth(a) || truth(b))
        case .add, .subtract, .multiply, .divide:
            let x = try number(a, for: op.rawValue), y = try number(b, for: op.rawValue)
            let result: Number? =
                switch op {
                case .add: x.adding(y)
                case .subtract: x.subtracting(y)
                case .multiply: x.multiplied(by: y)
                default: y.isZero ? nil : x.divided(by: y)
                }
            guard let result else {
                if op == .divide, y.isZero { throw EvaluationError("division by zero: \(x) / 0") }
                throw EvaluationError("number out of range: \(x) \(op.rawValue) \(y)")
            }
            return .number(result)
        case .contains:
            switch (a, b) {
            case (.text(let t), .text(let part)): return .boolean(t.contains(part))
            case (.list(let items), _): return .boolean(items.contains(b))
            default:
                throw EvaluationError("contains needs text or a list, got \(typeName(a)) \(a.literal)")
            }
        case .in:
            switch b {
            case .list(let items): return .boolean(items.contains(a))
            case .text(let t):
                guard case .text(let part) = a else {
                    throw EvaluationError("in needs text on both sides, got \(typeName(a)) \(a.literal)")
                }
                return .boolean(t.contains(part))
            default: throw EvaluationError("in needs a list, got \(typeName(b)) \(b.literal)")
            }
        }
    }

    /// The two texts a text function compares.
    public static func texts(_ args: [Value], for name: String) throws -> (String, String) {
        guard case .text(let text) = args[0], case .text(let part) = args[1] else {
            throw EvaluationError("\(name) needs two texts")
        }
        return (text, part)
    }

    /// -1, 0, 1: numbers with numbers, texts with texts (by Unicode scalars).
    public static func order(_ a: Value, _ b: Value, _ op: BinaryOperator) throws -> Int {
        switch (a, b) {
        case (.number(let x), .number(let y)): return Number.compare(x, y)
        case (.text(let x), .text(let y)): return x == y ? 0 : (x.unicodeScalars.lexicographicallyPrecedes(y.unicodeScalars) ? -1 : 1)
        default:
            throw EvaluationError("cannot compare \(typeName(a)) \(a.literal) \(op.rawValue) \(typeName(b)) \(b.literal)")
        }
    }

    static func number(_ v: Value, for op: String) throws -> Number {
        guard case .number(let n) = v else {
            throw EvaluationError("\(op) needs numbers, got \(typeName(v)) \(v.literal)")
        }
        return n
    }

    public static func typeName(_ v: Value) -> String {
        v.type?.rawValue ?? "absent"
    }
}
