import Foundation

/// A regular expression with its source, compiled once; the one wrapper the rules and
/// the reader share. ICU's engine (NSRegularExpression) rather than Swift's `Regex`:
/// rules test long section texts and the reader short Chinese windows, and `Regex`
/// took several times as long on both.
public struct RegularExpression: Hashable, Sendable, CustomStringConvertible {
    public let source: String
    private let compiled: Compiled

    /// A match: character offsets in the text searched (end exclusive), and the text of
    /// each capture group (group 0 is the whole match; nil for a group that took no part).
    public struct Match: Equatable, Sendable {
        public let start: Int
        public let end: Int
        public let captures: [String?]
    }

    /// Throws when the pattern is not a valid regular expression.
    public init(_ source: String) throws {
        self.source = source
        self.compiled = try Compiled(source)
    }

    public func isFound(in text: String) -> Bool {
        compiled.regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// Every match, in order.
    public func matches(in text: String) -> [Match] {
        compiled.regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            guard let range = Range(match.range, in: text) else { return nil }
            let start = text.distance(from: text.startIndex, to: range.lowerBound)
            let captures = (0..<match.numberOfRanges).map { i in Range(match.range(at: i), in: text).map { String(text[$0]) } }
            return Match(start: start, end: start + text.distance(from: range.lowerBound, to: range.upperBound), captures: captures)
        }
    }

    public var description: String { "/\(source)/" }

    public static func == (a: RegularExpression, b: RegularExpression) -> Bool { a.source == b.source }
    public func hash(into hasher: inout Hasher) { hasher.combine(source) }

    /// NSRegularExpression is immutable once built and documented as safe to share
    /// between threads; this box states that for the compiler.
    private final class Compiled: @unchecked Sendable {
        let regex: NSRegularExpression
        init(_ source: String) throws { regex = try NSRegularExpression(pattern: source) }
    }
}
