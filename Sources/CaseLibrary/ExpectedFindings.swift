import Diagnostics

/// What a case expects of the audit, from its `expected.txt`:
///
///     # 应报告的发现：finding 规则 单位 行[,行…]
///     finding weight-total 附件1 30
///     # 应保持安静的规则（正确的数字）：quiet 规则 [单位]
///     quiet sum-mismatch 部门整体   # 5.98 = 4.85 + 1.13
///
/// A finding matches when its rule and unit are the same and its citations cover every
/// line listed. Every finding the audit gives must be expected; a quiet rule must give
/// nothing (in the unit, when one is named).
public struct ExpectedFindings: Sendable {
    public struct Finding: Sendable, Hashable {
        public let rule: String
        public let unit: String
        public let lines: [Int]
        /// Where it is written, for messages.
        public let line: Int
    }

    public struct Quiet: Sendable, Hashable {
        public let rule: String
        public let unit: String?
        public let reason: String?
        public let line: Int
    }

    public var findings: [Finding] = []
    public var quiet: [Quiet] = []

    public init(findings: [Finding] = [], quiet: [Quiet] = []) {
        self.findings = findings
        self.quiet = quiet
    }

    /// Parses the file's text; problems are reported as diagnostics, and the lines that
    /// could be read are kept.
    public static func parse(_ text: String, file: String, knownRules: [String]) -> (ExpectedFindings, [Diagnostic]) {
        var expected = ExpectedFindings()
        var diagnostics: [Diagnostic] = []
        for (index, raw) in SourceLines.split(text).enumerated() {
            let number = index + 1
            let (content, comment) = split(raw)
            let spans = wordSpans(content)
            let words = spans.map(\.word)
            guard let directive = words.first else { continue }
            // Where the n-th word is, for the caret.
            func place(_ word: Int) -> SourceRange {
                let span = spans[min(word, spans.count - 1)]
                return SourceRange(file: file, line: number, column: span.column, length: span.word.count)
            }
            switch directive {
            case "finding":
                guard words.count >= 4 else {
                    diagnostics.append(.incompleteFinding(place(0)))
                    continue
                }
                guard checkRule(words[1], known: knownRules, at: place(1), into: &diagnostics) else { continue }
                var lines: [Int] = []
                var valid = true
                for piece in words[3...].joined(separator: ",").split(separator: ",") where !piece.isEmpty {
                    guard let line = Int(piece), line >= 1 else {
                        diagnostics.append(.invalidLineNumber(String(piece), place(3)))
                        valid = false
                        break
                    }
                    lines.append(line)
                }
                if valid { expected.findings.append(Finding(rule: words[1], unit: words[2], lines: lines, line: number)) }
            case "quiet":
                guard words.count >= 2, words.count <= 3 else {
                    diagnostics.append(.incompleteQuiet(place(0)))
                    continue
                }
                guard checkRule(words[1], known: knownRules, at: place(1), into: &diagnostics) else { continue }
                expected.quiet.append(Quiet(rule: words[1], unit: words.count == 3 ? words[2] : nil, reason: comment, line: number))
            default:
                diagnostics.append(
                    .unknownExpectedLine(directive, place(0)))
            }
        }
        return (expected, diagnostics)
    }

    /// Words and their 1-based columns.
    private static func wordSpans(_ text: String) -> [(word: String, column: Int)] {
        var spans: [(String, Int)] = []
        var current = "", start = 0
        for (offset, character) in text.enumerated() {
            if character.isWhitespace {
                if !current.isEmpty { spans.append((current, start + 1)) }
                current = ""
            } else {
                if current.isEmpty { start = offset }
                current.append(character)
            }
        }
        if !current.isEmpty { spans.append((current, start + 1)) }
        return spans
    }

    private static func split(_ line: Substring) -> (String, String?) {
        guard let hash = line.firstIndex(of: "#") else { return (String(line), nil) }
        let comment = line[line.index(after: hash)...].trimmedText
        return (String(line[..<hash]), comment.isEmpty ? nil : comment)
    }

    private static func checkRule(_ rule: String, known: [String], at range: SourceRange, into diagnostics: inout [Diagnostic]) -> Bool {
        guard !known.contains(rule) else { return true }
        diagnostics.append(
            .unknownExpectedRule(rule, known: known, range))
        return false
    }

    /// The file's text, findings and quiet rules in the order given.
    public var text: String {
        var out = ""
        for finding in findings { out += "finding \(finding.rule) \(finding.unit) \(finding.lines.map(String.init).joined(separator: ","))\n" }
        for quiet in quiet { out += "quiet \(quiet.rule)\(quiet.unit.map { " " + $0 } ?? "")\(quiet.reason.map { "  # " + $0 } ?? "")\n" }
        return out
    }
}
