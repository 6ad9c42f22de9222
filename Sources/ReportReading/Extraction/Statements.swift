import Foundation
import ExactDecimal

/// A statement found in a paragraph: what it says and where (character offsets in
/// the paragraph, end exclusive).
struct Found<Content> {
    let content: Content
    let start: Int
    let end: Int
}

/// Finders for the statements reviewers check, on one paragraph's text. Each returns
/// what it found with its place, so that every fact can quote its source exactly.
enum Statements {
    /// Sentences: offsets [start, end) split at 。！？ (a ；-separated list stays whole).
    static func sentences(_ text: [Character]) -> [(Int, Int)] {
        var result: [(Int, Int)] = []
        var start = 0
        for (index, c) in text.enumerated() where "。！？!?".contains(c) {
            if index + 1 > start { result.append((start, index + 1)) }
            start = index + 1
        }
        if start < text.count { result.append((start, text.count)) }
        return result
    }

    /// Offsets of the matches of a pattern in a text.
    static func matches(_ pattern: TextPattern, in text: String) -> [(start: Int, end: Int, captures: [String?])] {
        guard let regex = pattern.regex, pattern.mayMatch(text) else { return [] }
        var result: [(Int, Int, [String?])] = []
        for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let range = Range(match.range, in: text) else { continue }
            let start = text.distance(from: text.startIndex, to: range.lowerBound)
            let end = start + text.distance(from: range.lowerBound, to: range.upperBound)
            let captures = (0..<match.numberOfRanges).map { i in Range(match.range(at: i), in: text).map { String(text[$0]) } }
            result.append((start, end, captures))
        }
        return result
    }

    static func regex(_ source: String, anyOf words: [String] = []) -> TextPattern { TextPattern(source, anyOf: words) }

    /// Clauses: maximal runs between ，。；, as offsets [start, end).
    static func clauses(_ text: [Character]) -> [(Int, Int)] {
        var result: [(Int, Int)] = []
        var start = 0
        for (index, c) in text.enumerated() where "，。；".contains(c) {
            if index > start { result.append((start, index)) }
            start = index + 1
        }
        if start < text.count { result.append((start, text.count)) }
        return result
    }

    // MARK: Scores

    struct Score {
        let value: Number
        /// What the score is of: "项目", "部门整体", or "" when the sentence does not say.
        let subject: String
    }

    /// "自评得分为84.8分", "评价总分99.45", "自评得分九十二分": each figure right after a
    /// self-score label of the vocabulary (得分率 is no score); not "绩效评价总分100分"
    /// stating the full mark before the score in the same sentence.
    /// Words that may join a score's label to its figure, longest first.
    static let scoreJoints: [[Character]] = ["分别为", "均为", "为", "是", "：", ":"].map(Array.init)

    static func scores(_ text: [Character], vocabulary: ReadingVocabulary) -> [Found<Score>] {
        let words = vocabulary.matchers.selfScoreWords
        let whole = String(characters: text)
        guard words.contains(where: { whole.contains($0) }) else { return [] }
        var found: [Found<Score>] = []
        for (start, end) in sentences(text) {
            let sentence = Array(text[start..<end])
            var hits: [(word: String, wordStart: Int, quantity: Quantity)] = []
            var previousEnd = 0
            for quantity in vocabulary.values.quantities(sentence) {
                defer { previousEnd = quantity.end }
                guard quantity.unit == "分" || quantity.unit == nil, !quantity.isYear else { continue }
                // The label ends where only a joining word (为, 是, 分别为, a colon) or blanks stand before the figure.
                var labelEnd = quantity.start
                while labelEnd > previousEnd, sentence[labelEnd - 1].isWhitespace { labelEnd -= 1 }
                if let joint = Self.scoreJoints.first(where: { sentence[previousEnd..<labelEnd].reversed().starts(with: $0.reversed()) }) {
                    labelEnd -= joint.count
                }
                while labelEnd > previousEnd, sentence[labelEnd - 1].isWhitespace { labelEnd -= 1 }
                let before = String(sentence[previousEnd..<labelEnd])
                if let word = words.first(where: { before.hasSuffix($0) }) { hits.append((word, labelEnd - word.count, quantity)) }
            }
            for hit in hits {
                if !hit.word.contains("得分"), hits.count > 1 { continue }  // the full mark
                let clause = String(sentence[..<hit.wordStart]).split(whereSeparator: { "，,；".contains($0) }).last.map(String.init) ?? ""
                // "部门整体（含部门预算项目）绩效自评得分" is about the department: brackets only qualify.
                let subject = vocabulary.matchers.unitKinds.match(VocabularyText.splitNotes(clause).text)?.key
                found.append(
                    Found(
                        content: Score(value: hit.quantity.value, subject: subject == .finalAccounts ? "" : subject?.rawValue ?? ""),
                        start: start + hit.wordStart, end: start + hit.quantity.end))
            }
        }
        return found
    }

    // MARK: Grades

    struct Grade {
        /// 优, 良, 中, 差 when the word maps to one; otherwise as written (合格).
        let grade: String
        let written: String
    }

    /// Words that may stand between a grade's label and the grade: 等级均为“优”.
    static let gradeJoints: Set<Character> = ["均", "都", "总", "体", "为", "是", "：", ":", " ", "\u{3000}", "“", "\"", "「"]

    /// "等级为“优”", "评价等级：良好", "自查合格": a grade word of the vocabulary right after
    /// a grade label (joined by 为, 是, a colon, quotes). A grade of one character (中, 良)
    /// counts only after such a joint or after 等级: "在自评中发现" grades nothing.
    static func grades(_ text: [Character], vocabulary: ReadingVocabulary) -> [Found<Grade>] {
        let labels = vocabulary.matchers.gradeLabels, grades = vocabulary.matchers.gradeWords
        var found: [Found<Grade>] = []
        var index = 0
        while index < text.count {
            guard let label = labels.word(in: text, at: index) else {
                index += 1
                continue
            }
            var cursor = index + label.length
            while cursor < text.count, gradeJoints.contains(text[cursor]) { cursor += 1 }
            let joined = cursor > index + label.length || label.value
            if let grade = grades.word(in: text, at: cursor, where: { _, length in joined || length > 1 }) {
                var end = cursor + grade.length
                if end < text.count, "”\"」".contains(text[end]) { end += 1 }
                found.append(Found(content: Grade(grade: grade.value, written: String(text[cursor..<(cursor + grade.length)])), start: index, end: end))
                index = end
                continue
            }
            index += label.length
        }
        return found
    }
}

/// A regular expression compiled once, run by ICU (NSRegularExpression): on the reader's
/// short Chinese windows Swift's `Regex` took several times as long, as it did for the
/// rules (see `RegularExpression`). NSRegularExpression is immutable and documented as
/// safe to share between threads. A pattern that does not compile matches nothing
/// (the tests check that every pattern compiles).
final class TextPattern: @unchecked Sendable {
    let source: String
    let regex: NSRegularExpression?
    /// Words of which every match holds at least one: a text without any is skipped
    /// before the (slow) regular-expression engine runs.
    let anyOf: [String]

    init(_ source: String, anyOf: [String] = []) {
        self.source = source
        self.anyOf = anyOf
        regex = try? NSRegularExpression(pattern: source)
    }

    func mayMatch(_ text: String) -> Bool {
        anyOf.isEmpty || anyOf.contains(where: text.contains)
    }
}
