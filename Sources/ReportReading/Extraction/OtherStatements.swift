import ExactDecimal

/// "本部门2022年度主要任务包含4项": a year and what it is said of.
struct YearMention {
    let year: Int
    /// What the year dates: 任务, 目标, 预算, 评价.
    let about: String
    let phrase: String
}

extension Statements {
    private static let yearPattern = regex(
        #"(\d{4})\s*年度?\s*(?:部门)?(主要工作任务|主要任务|工作任务|年度任务|重点任务|主要工作|重点工作|工作计划|绩效目标|预算|部门整体支出|支出|决算)"#,
        anyOf: ["年"])

    static func yearMentions(_ text: [Character]) -> [Found<YearMention>] {
        matches(yearPattern, in: String(text)).compactMap { hit in
            guard let year = Int(QuantityScanner.withASCIIDigits(hit.captures[1] ?? "")), (1990...2100).contains(year) else { return nil }
            let word = hit.captures[2] ?? ""
            let about =
                ["主要工作任务", "主要任务", "工作任务", "年度任务", "重点任务", "主要工作", "重点工作", "工作计划"].contains(word)
                ? "任务" : (word == "绩效目标" ? "目标" : (["预算", "决算", "部门整体支出", "支出"].contains(word) ? "收支" : "其他"))
            return Found(content: YearMention(year: year, about: about, phrase: String(Array(String(text))[hit.start..<hit.end])), start: hit.start, end: hit.end)
        }
    }

    private static let claimWords = ["均已达到", "均已完成", "均完成", "全部完成", "全面完成", "圆满完成", "全部达到", "均达到", "均已实现", "全部实现", "完成年度目标", "达到预期目标", "实现预期目标", "完成绩效目标"]

    /// "年度绩效指标均已达到": a claim that all targets were met. A clause about one task
    /// ("全面完成招商引资任务") or about funds ("资金到位均达到100%") claims nothing of the targets.
    static func claims(_ text: [Character]) -> [Found<String>] {
        clauses(containing: claimWords, in: text).filter { clause in
            ["指标", "目标", "各项任务", "年度任务", "全部任务"].contains(where: clause.content.contains)
                // A purpose or an intention is no claim: "为完成绩效目标制定的…", "确保全面完成…".
                && !["为完成", "是否", "确保", "力争", "争取"].contains(where: clause.content.contains)
                && !statesAShare(clause.content)
        }
    }

    /// "完成年度目标的90%", "完成年度目标的九成": a share of the target, not all of it.
    private static func statesAShare(_ clause: String) -> Bool {
        claimWords.contains { word in
            clause.ranges(of: word).contains { range in
                let after = clause[range.upperBound...]
                guard after.first == "的", let next = after.dropFirst().first else { return false }
                return next.isNumber || "一二三四五六七八九十百半".contains(next)
            }
        }
    }

    /// "预计新增高新技术企业130家": an estimate, which a results section must not pass off as a result.
    static func estimates(_ text: [Character]) -> [Found<String>] {
        clauses(containing: ["预计", "力争", "有望", "将达到", "将超过", "将突破", "将实现"], in: text)
    }

    /// The clauses (between ，。；) that hold one of the words.
    private static func clauses(containing words: [String], in text: [Character]) -> [Found<String>] {
        let whole = String(text)
        guard words.contains(where: whole.contains) else { return [] }
        return clauses(text).compactMap { start, end in
            let clause = String(text[start..<end])
            return words.contains(where: clause.contains) ? Found(content: clause, start: start, end: end) : nil
        }
    }
}
