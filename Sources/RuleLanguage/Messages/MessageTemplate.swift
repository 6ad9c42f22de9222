import Diagnostics
import RuleEngine

/// A message with placeholders: `{unit}的权重合计为{total}分，应为{$weight-total}分`.
/// `{name}` is a variable of the rule, `{$name}` a parameter, `{name:2}` rounds to
/// two decimals exactly, `{name?}` writes nothing when the value is absent (an absent
/// value otherwise shows as （空））. Numbers are written as a person writes them: 180, 0.3,
/// 41.74 (rounded to two places unless asked otherwise); lists joined with 、.
public struct MessageTemplate: Sendable, Hashable {
    public enum Part: Sendable, Hashable {
        case text(String)
        case variable(String, places: Int?, optional: Bool = false)
        case parameter(String, places: Int?)
    }

    public let source: String
    public let parts: [Part]
    /// Where each placeholder is, for diagnostics (same order as the placeholders).
    let placeholderRanges: [SourceRange]

    /// Parses a template written at `range`; a `{` without `}` is kept as text.
    init(_ source: String, range: SourceRange) {
        self.source = source
        var parts: [Part] = []
        var ranges: [SourceRange] = []
        var text = ""
        let characters = Array(source)
        var i = 0
        while i < characters.count {
            if characters[i] == "{", let close = characters[(i + 1)...].firstIndex(of: "}") {
                let inside = String(characters[(i + 1)..<close]).trimmedText
                if !text.isEmpty { parts.append(.text(text)) }
                text = ""
                var name = inside
                var places: Int?
                if let colon = inside.firstIndex(of: ":") {
                    name = String(inside[..<colon]).trimmedText
                    places = Int(inside[inside.index(after: colon)...].trimmedText)
                }
                let optional = name.hasSuffix("?")
                if optional { name = String(name.dropLast()).trimmedText }
                if name.hasPrefix("$") {
                    parts.append(.parameter(String(name.dropFirst()), places: places))
                } else {
                    parts.append(.variable(name.hasPrefix("?") ? String(name.dropFirst()) : name, places: places, optional: optional))
                }
                ranges.append(
                    SourceRange(
                        file: range.file, line: range.start.line, column: range.start.column + i, length: close - i + 1))
                i = close + 1
            } else {
                text.append(characters[i])
                i += 1
            }
        }
        if !text.isEmpty { parts.append(.text(text)) }
        self.parts = parts
        placeholderRanges = ranges
    }

    /// The message with values filled in; unknown names are left as written.
    public func render(variables: [String: Value], parameters: [String: Value]) -> String {
        parts.map { part in
            switch part {
            case .text(let text): return text
            case .variable(let name, let places, let optional):
                if optional, variables[name]?.isAbsent ?? false { return "" }
                return variables[name].map { Self.format($0, places: places) } ?? "{\(name)}"
            case .parameter(let name, let places):
                return parameters[name].map { Self.format($0, places: places) } ?? "{$\(name)}"
            }
        }.joined()
    }

    /// Whether the template shows the threshold `name`.
    public func uses(parameter name: String) -> Bool {
        parts.contains { if case .parameter(name, _) = $0 { true } else { false } }
    }

    /// A value as it appears in a message.
    public static func format(_ value: Value, places: Int? = nil) -> String {
        switch value {
        case .number(let number):
            if let places { return number.formatted(places: places) }
            return number.rounded(toPlaces: 2).description
        case .text(let text): return text
        case .boolean(let b): return b ? "是" : "否"
        case .list(let items): return items.map { format($0, places: places) }.joined(separator: "、")
        case .absent: return "（空）"
        case .reference(let id): return "#\(id.rawValue)"
        }
    }

    public static func == (a: MessageTemplate, b: MessageTemplate) -> Bool { a.source == b.source }
    public func hash(into hasher: inout Hasher) { hasher.combine(source) }
}
