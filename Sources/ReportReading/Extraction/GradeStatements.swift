/// Grades stated in prose (等级为“优”).
extension Statements {
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
