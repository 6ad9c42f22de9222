import ExactDecimal

/// A slot of an extracted fact as the reader states it. The engine has its own values;
/// the audit maps these onto them (a link becomes a reference to the engine's fact).
public enum SlotValue: Sendable, Hashable {
    /// Not stated: an indicator without an actual value, say.
    case absent
    case text(String)
    case number(Number)
    case boolean(Bool)
    case list([SlotValue])
    /// Another fact of the same report, by its reader id ("F12").
    case fact(String)

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

    public var list: [SlotValue]? {
        if case .list(let l) = self { return l }
        return nil
    }

    /// The id of the fact a link points to.
    public var linkedFact: String? {
        if case .fact(let id) = self { return id }
        return nil
    }

    public var isAbsent: Bool { self == .absent }
}

extension SlotValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int) { self = .number(Number(value)) }
    public init(booleanLiteral value: Bool) { self = .boolean(value) }
}

extension SlotValue: CustomStringConvertible {
    /// Text unquoted, numbers in plain decimals, lists in brackets, a link as its id,
    /// absent as "—".
    public var description: String {
        switch self {
        case .absent: "—"
        case .text(let t): t
        case .number(let n): n.description
        case .boolean(let b): b ? "true" : "false"
        case .list(let items): "[" + items.map(\.literal).joined(separator: ", ") + "]"
        case .fact(let id): id
        }
    }

    /// Text in quotes, the rest as `description`.
    public var literal: String {
        switch self {
        case .text(let t): "\"" + t.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
        default: description
        }
    }
}
