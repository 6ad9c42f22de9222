import Audit
import Diagnostics
import ReportReading
import RuleLanguage

/// A finding a trainee records: a rule and the line(s) of evidence. The unit under
/// review is the one the first line belongs to.
public struct Answer: Sendable, Hashable, Codable {
    public let rule: String
    public let lines: [Int]
    public let unit: String

    public init(rule: String, lines: [Int], unit: String) {
        self.rule = rule
        self.lines = lines
        self.unit = unit
    }
}

/// Reads "规则 行[,行]" as the trainer's `a` command and the answers file write it. The
/// rule may be its id, its number in the rule list, or a word of its Chinese title
/// that names one rule only.
public struct AnswerParser: Sendable {
    /// The finding rules, numbered from 1 in this order.
    public let rules: [RuleDefinition]
    public let report: Report

    public init(rules: [RuleDefinition], report: Report) {
        self.rules = rules
        self.report = report
    }

    public enum Failure: Error, Equatable, Sendable {
        case format
        case unknownRule(String, suggestion: String?)
        case ambiguousRule(String, candidates: [String])
        case lineOutOfRange(Int, last: Int)

        /// For the trainee, in the current language.
        public var message: String {
            switch self {
            case .format:
                return localized(
                    "格式：规则 行号[,行号]，例如 a weight-total 30 或 a 12 57,58",
                    english: "format: rule line[,line], e.g. a weight-total 30 or a 12 57,58")
            case .unknownRule(let word, let suggestion):
                return localized(
                    "没有规则“\(word)”" + (suggestion.map { "，是不是 \($0)？" } ?? "；输入 r 查看规则列表"),
                    english: "no rule '\(word)'" + (suggestion.map { "; did you mean \($0)?" } ?? "; type r for the list of rules"))
            case .ambiguousRule(let word, let candidates):
                return localized(
                    "“\(word)”对应多条规则：\(candidates.joined(separator: "、"))；请用编号或规则名",
                    english: "'\(word)' matches several rules: \(candidates.joined(separator: ", ")); use the number or the rule id")
            case .lineOutOfRange(let line, let last):
                return localized("第 \(line) 行不存在（报告共 \(last) 行）", english: "there is no line \(line) (the report has \(last) lines)")
            }
        }
    }

    public func parse(_ text: String) -> Result<Answer, Failure> {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }).map(String.init)
        guard words.count >= 2 else { return .failure(.format) }
        let lineWords = words[1...].joined(separator: ",").split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" })
        var lines: [Int] = []
        for word in lineWords {
            guard let line = Int(word) else { return .failure(.format) }
            guard line >= 1, line <= report.source.lineCount else { return .failure(.lineOutOfRange(line, last: report.source.lineCount)) }
            lines.append(line)
        }
        guard !lines.isEmpty else { return .failure(.format) }
        switch rule(words[0]) {
        case .success(let rule):
            return .success(Answer(rule: rule.id, lines: lines, unit: unit(of: lines[0])))
        case .failure(let failure):
            return .failure(failure)
        }
    }

    public func rule(_ word: String) -> Result<RuleDefinition, Failure> {
        if let number = Int(word) {
            guard number >= 1, number <= rules.count else { return .failure(.unknownRule(word, suggestion: nil)) }
            return .success(rules[number - 1])
        }
        if let rule = rules.first(where: { $0.id == word }) { return .success(rule) }
        let titled = rules.filter { $0.title.contains(word) }
        if titled.count == 1 { return .success(titled[0]) }
        if titled.count > 1 { return .failure(.ambiguousRule(word, candidates: titled.map(\.id))) }
        return .failure(.unknownRule(word, suggestion: Suggestions.closest(to: word, among: rules.map(\.id))))
    }

    /// The unit a line belongs to (the last unit that starts at or before it).
    public func unit(of line: Int) -> String {
        report.units.last { $0.lines.lowerBound <= line }?.id ?? report.units.first?.id ?? ""
    }
}
