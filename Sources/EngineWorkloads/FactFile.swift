import ExactDecimal
import Foundation
import RuleEngine

/// Reads facts in the CLIPS `load-facts` form used by `../shared/bench/`:
/// one `(template (slot value) …)` per line. Symbols become text, numerals numbers.
public enum FactFile {
    public struct Entry: Sendable {
        public let template: String
        public let slots: [String: Value]
    }

    public struct ParseError: Error, CustomStringConvertible {
        public let file: String
        public let line: Int
        public let message: String
        public var description: String { "\(file):\(line): \(message)" }
    }

    public static func parse(_ text: String, file: String) throws -> [Entry] {
        var entries: [Entry] = []
        for (offset, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix(";") { continue }
            let tokens = tokenize(line)
            guard tokens.count >= 3, tokens.first == "(", tokens.last == ")", tokens[1] != "(", tokens[1] != ")" else {
                throw ParseError(file: file, line: offset + 1, message: "expected (template (slot value) …), got \(line)")
            }
            var slots: [String: Value] = [:]
            var index = 2
            while index < tokens.count - 1 {
                guard index + 3 < tokens.count, tokens[index] == "(", tokens[index + 3] == ")" else {
                    throw ParseError(file: file, line: offset + 1, message: "expected (slot value) at token \(index + 1)")
                }
                let raw = tokens[index + 2]
                slots[tokens[index + 1]] = Number(raw).map(Value.number) ?? .text(raw)
                index += 4
            }
            guard index == tokens.count - 1 else {
                throw ParseError(file: file, line: offset + 1, message: "expected (template (slot value) …), got \(line)")
            }
            entries.append(Entry(template: tokens[1], slots: slots))
        }
        return entries
    }

    private static func tokenize(_ line: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        for c in line {
            if c == "(" || c == ")" || c.isWhitespace {
                if !current.isEmpty { tokens.append(current) }
                current = ""
                if !c.isWhitespace { tokens.append(String(c)) }
            } else {
                current.append(c)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }
}
