import ExactDecimal
import RegularExpressions

/// "本部门2022年度主要任务包含4项": a year and what it is said of.
struct YearMention {
    let year: Int
    /// What the year dates: 任务, 目标, 预算, 评价.
    let about: String
    let phrase: String
}

extension Statements {
    /// A literal, so it compiles (the year-mention tests of AnnexedReportTests and TableReadingTests read with it).
    private static let yearPattern = try? RegularExpression(
        #"(\d{4})\s*年度?\s*(?:部门)?(主要工作任务|主要任务|工作任务|年度任务|重点任务|主要工作|重点工作|工作计划|绩效目标|预算|部门整体支出|支出|决算)"#)

    static func yearMentions(_ text: [Character]) -> [Found<YearMention>] {
        let whole = String(characters: text)
        // Every match holds 年: a text without it skips the (slow) regular-expression engine.
        guard whole.contains("年"), let yearPattern else { return [] }
        return yearPattern.matches(in: whole).compactMap { hit in
            guard let year = Int(QuantityScanner.withASCIIDigits(hit.captures[1] ?? "")), (1990...2100).contains(year) else { return nil }
            let word = hit.captures[2] ?? ""
            let about =
                ["主要工作任务", "主要任务", "工作任务", "年度任务", "重点任务", "主要工作", "重点工作", "工作计划"].contains(word)
                ? "任务" : (word == "绩效目标" ? "目标" : (["预算", "决算", "部门整体支出", "支出"].contains(word) ? "收支" : "其他"))
            return Found(content: YearMention(year: year, about: about, phrase: String(text[hit.start..<hit.end])), start: hit.start, end: hit.end)
        }
    }

    /// The clauses that state what a statement entry of the vocabulary describes: they hold
    /// one of its words and, when it says so, one of its `about` words, and none of its
    /// `unless` words. "完成年度目标的90%" states a share of the target, not the whole.
    static func statements(_ name: StatementName, in text: [Character], vocabulary: ReadingVocabulary) -> [Found<String>] {
        guard let entry = vocabulary.statement(name) else { return [] }
        return clauses(containing: entry.words, in: text).filter { clause in
            (entry.about.isEmpty || entry.about.contains(where: clause.content.contains))
                && !entry.unless.contains(where: clause.content.contains)
                && !statesAShare(clause.content, of: entry.words)
        }
    }

    private static func statesAShare(_ clause: String, of words: [String]) -> Bool {
        words.contains { word in
            clause.ranges(of: word).contains { range in
                let after = clause[range.upperBound...]
                guard after.first == "的", let next = after.dropFirst().first else { return false }
                return next.isNumber || "一二三四五六七八九十百半".contains(next)
            }
        }
    }

    /// The clauses (between ，。；) that hold one of the words.
    private static func clauses(containing words: [String], in text: [Character]) -> [Found<String>] {
        let whole = String(characters: text)
        guard words.contains(where: whole.contains) else { return [] }
        return clauses(text).compactMap { start, end in
            let clause = String(characters: text[start..<end])
            return words.contains(where: clause.contains) ? Found(content: clause, start: start, end: end) : nil
        }
    }
}
