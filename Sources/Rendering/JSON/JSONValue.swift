import ReportReading
import RuleEngine

/// A JSON document built in code and written deterministically: object keys keep the
/// order they were given, numbers keep their exact decimal digits.
public indirect enum JSONValue: Sendable, Equatable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    /// A number as decimal text, written as is.
    case number(String)
    case bool(Bool)
    case null

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.text() == b.text() }

    public static func number(_ value: Int) -> JSONValue { .number(String(value)) }

    /// An engine value: numbers as JSON numbers, lists as arrays, absent as null,
    /// references as {"fact": id}.
    public init(_ value: Value) {
        switch value {
        case .absent: self = .null
        case .text(let t): self = .string(t)
        case .number(let n): self = .number(n.description)
        case .boolean(let b): self = .bool(b)
        case .reference(let id): self = .object([("fact", .number(id.rawValue))])
        case .list(let items): self = .array(items.map(JSONValue.init))
        }
    }

    /// A reader's slot value: as an engine value, a link to a fact as {"fact": "F12"}.
    public init(_ value: SlotValue) {
        switch value {
        case .absent: self = .null
        case .text(let t): self = .string(t)
        case .number(let n): self = .number(n.description)
        case .boolean(let b): self = .bool(b)
        case .fact(let id): self = .object([("fact", .string(id))])
        case .list(let items): self = .array(items.map(JSONValue.init))
        }
    }

    /// The JSON text; `indent` > 0 pretty-prints.
    public func text(indent: Int = 2) -> String {
        var out = ""
        write(into: &out, indent: indent, depth: 0)
        return out
    }

    private func write(into out: inout String, indent: Int, depth: Int) {
        let newline = indent > 0 ? "\n" : ""
        let pad = { (level: Int) in String(repeating: " ", count: indent * level) }
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += n
        case .string(let s): Self.escape(s, into: &out)
        case .array(let items):
            if items.isEmpty {
                out += "[]"
                return
            }
            out += "[" + newline
            for (i, item) in items.enumerated() {
                out += pad(depth + 1)
                item.write(into: &out, indent: indent, depth: depth + 1)
                out += (i + 1 < items.count ? "," : "") + newline
            }
            out += pad(depth) + "]"
        case .object(let members):
            if members.isEmpty {
                out += "{}"
                return
            }
            out += "{" + newline
            for (i, (key, value)) in members.enumerated() {
                out += pad(depth + 1)
                Self.escape(key, into: &out)
                out += indent > 0 ? ": " : ":"
                value.write(into: &out, indent: indent, depth: depth + 1)
                out += (i + 1 < members.count ? "," : "") + newline
            }
            out += pad(depth) + "}"
        }
    }

    /// RFC 8259 string escaping; non-ASCII text is written as is (UTF-8).
    private static func escape(_ string: String, into out: inout String) {
        out += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                // C0, DEL and C1 controls escaped: raw, they would act on a terminal showing the JSON.
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
