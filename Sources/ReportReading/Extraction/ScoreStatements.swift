import ExactDecimal

/// Self-assessed scores stated in prose.
extension Statements {
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
}
