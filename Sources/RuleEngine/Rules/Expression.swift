import ExactDecimal
import RegularExpressions

/// An expression over values. `Leaf` is what a name refers to: in a rule as written,
/// a variable or a slot of the pattern's own fact (`Term`); once compiled into the
/// network, a position in a partial match (`Accessor`). One tree and one evaluator
/// serve both, so the network and the reference matcher cannot disagree on meaning.
public indirect enum ExpressionTree<Leaf: Hashable & Sendable>: Hashable, Sendable {
    case constant(Value)
    case leaf(Leaf)
    case unary(UnaryOperator, ExpressionTree)
    case binary(BinaryOperator, ExpressionTree, ExpressionTree)
    case call(Function, [ExpressionTree])
    /// Regular-expression search; the pattern is compiled once, when the rule is added.
    case matches(ExpressionTree, RegularExpression)

    /// The same tree with every leaf replaced.
    public func mapLeaves<Other, Failure: Error>(
        _ transform: (Leaf) throws(Failure) -> ExpressionTree<Other>
    ) throws(Failure) -> ExpressionTree<Other> {
        switch self {
        case .constant(let v): .constant(v)
        case .leaf(let l): try transform(l)
        case .unary(let op, let e): .unary(op, try e.mapLeaves(transform))
        case .binary(let op, let a, let b): .binary(op, try a.mapLeaves(transform), try b.mapLeaves(transform))
        case .call(let f, let args):
            .call(f, try args.map { (arg) throws(Failure) in try arg.mapLeaves(transform) })
        case .matches(let e, let r): .matches(try e.mapLeaves(transform), r)
        }
    }

    /// Every leaf, in reading order.
    public var leaves: [Leaf] {
        switch self {
        case .constant: []
        case .leaf(let l): [l]
        case .unary(_, let e): e.leaves
        case .binary(_, let a, let b): a.leaves + b.leaves
        case .call(_, let args): args.flatMap(\.leaves)
        case .matches(let e, _): e.leaves
        }
    }
}

/// A name in a rule's expression.
public enum Term: Hashable, Sendable, CustomStringConvertible {
    /// `?name`: bound by an earlier condition (or by this pattern's own slot).
    case variable(String)
    /// A slot of the fact the enclosing pattern is matching.
    case slot(String)

    public var description: String {
        switch self {
        case .variable(let name): "?\(name)"
        case .slot(let name): name
        }
    }
}

public typealias RuleExpression = ExpressionTree<Term>

extension ExpressionTree where Leaf == Term {
    public static func variable(_ name: String) -> RuleExpression { .leaf(.variable(name)) }
    public static func slot(_ name: String) -> RuleExpression { .leaf(.slot(name)) }

    /// Names of the variables the expression reads.
    public var variables: [String] {
        leaves.compactMap { if case .variable(let v) = $0 { v } else { nil } }
    }
}

extension ExpressionTree: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral
{
    public init(arrayLiteral elements: Value...) { self = .constant(.list(elements)) }
    public init(stringLiteral value: String) { self = .constant(.text(value)) }
    public init(integerLiteral value: Int) { self = .constant(.number(Number(value))) }
    public init(booleanLiteral value: Bool) { self = .constant(.boolean(value)) }
}

public enum UnaryOperator: String, Hashable, Sendable {
    case not = "not"
    case negate = "-"
}

public enum BinaryOperator: String, Hashable, Sendable, CaseIterable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case and = "and"
    case or = "or"
    /// Text contains text, or list contains element.
    case contains = "contains"
    /// Element is one of a list.
    case `in` = "in"

    /// Binding strength: `*` (5) binds tighter than `+` (4), comparisons (3), `and` (2), `or` (1).
    public var precedence: Int {
        switch self {
        case .or: 1
        case .and: 2
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .contains, .in: 3
        case .add, .subtract: 4
        case .multiply, .divide: 5
        }
    }

    public var isComparison: Bool { precedence == 3 }
}

extension ExpressionTree: CustomStringConvertible {
    /// Infix notation: `?actual > ?target * 1.3`.
    public var description: String { rendered(parentPrecedence: 0) }

    private func rendered(parentPrecedence: Int) -> String {
        switch self {
        case .constant(let v): return v.literal
        case .leaf(let l): return String(describing: l)
        case .unary(.not, let e): return "not " + e.rendered(parentPrecedence: 6)
        case .unary(.negate, let e): return "-" + e.rendered(parentPrecedence: 6)
        case .binary(let op, let a, let b):
            let text = "\(a.rendered(parentPrecedence: op.precedence)) \(op.rawValue) \(b.rendered(parentPrecedence: op.precedence + 1))"
            return op.precedence < parentPrecedence ? "(\(text))" : text
        case .call(let f, let args):
            return "\(f.name)(\(args.map { $0.rendered(parentPrecedence: 0) }.joined(separator: ", ")))"
        case .matches(let e, let r):
            let text = "\(e.rendered(parentPrecedence: 3)) matches \(Value.text(r.source).literal)"
            return parentPrecedence > 3 ? "(\(text))" : text
        }
    }
}
