import ExactDecimal

/// A slot value. Equality is exact and typed: the text "1" is not the number 1.
public enum Value: Sendable, Hashable {
    /// No value: a slot left empty (an indicator without an actual value, say).
    case absent
    case text(String)
    case number(Number)
    case boolean(Bool)
    /// Another fact, by identity.
    case reference(FactID)
    case list([Value])

    public var type: ValueType? {
        switch self {
        case .absent: nil
        case .text: .text
        case .number: .number
        case .boolean: .boolean
        case .reference: .reference
        case .list: .list
        }
    }

    public var number: Number? {
        if case .number(let n) = self { return n }
        return nil
    }

    public var text: String? {
        if case .text(let t) = self { return t }
        return nil
    }

    public var boolean: Bool? {
        if case .boolean(let b) = self { return b }
        return nil
    }

    public var reference: FactID? {
        if case .reference(let r) = self { return r }
        return nil
    }

    public var list: [Value]? {
        if case .list(let l) = self { return l }
        return nil
    }

    public var isAbsent: Bool { self == .absent }
}

extension Value: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral
{
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int) { self = .number(Number(value)) }
    public init(booleanLiteral value: Bool) { self = .boolean(value) }
    public init(arrayLiteral elements: Value...) { self = .list(elements) }
}

extension Value: CustomStringConvertible {
    /// A neutral rendering for messages: text unquoted, numbers in plain decimals,
    /// lists in brackets, references as `#12`, absent as `—`.
    public var description: String {
        switch self {
        case .absent: "—"
        case .text(let t): t
        case .number(let n): n.description
        case .boolean(let b): b ? "true" : "false"
        case .reference(let id): "#\(id.rawValue)"
        case .list(let items): "[" + items.map(\.literal).joined(separator: ", ") + "]"
        }
    }

    /// A rendering that can be read back unambiguously: text in quotes.
    public var literal: String {
        switch self {
        case .text(let t): "\"" + t.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
        default: description
        }
    }
}

/// The type of a slot, as declared in a template.
public enum ValueType: String, Sendable, Hashable, CaseIterable {
    case text
    case number
    case boolean
    case reference
    case list
    /// Accepts any value; for slots whose content varies (a raw cell, say).
    case any

    public func accepts(_ value: Value) -> Bool {
        if self == .any || value == .absent { return true }
        return value.type == self
    }
}
