import ExactDecimal

/// "预算安排总额426.43万元，支出总额330.86万元。结余95.57万元": budget, spent,
/// balance and rate of one scope, from the words around the amounts.
struct ExecutionStatement {
    var scope: String = ""
    var budget: Statements.Amount?
    var initialBudget: Statements.Amount?
    var spent: Statements.Amount?
    var balance: Statements.Amount?
    var rate: Statements.Amount?

    var start: Int { [budget, initialBudget, spent, balance, rate].compactMap { $0?.labelStart }.min() ?? 0 }
    var end: Int { [budget, initialBudget, spent, balance, rate].compactMap { $0?.end }.max() ?? 0 }
}

extension Statements {
    /// Execution figures in a paragraph; a new budget amount after a spent one starts
    /// the next scope ("…；2023年市级项目预算安排313.84万元，支出总额…").
    /// 三公经费 paragraphs are left out: their savings are not budget execution.
    static func executions(_ text: [Character]) -> [ExecutionStatement] {
        guard !String(text).contains("三公") else { return [] }
        var result: [ExecutionStatement] = []
        var current = ExecutionStatement()
        func close() {
            if current.budget != nil, current.spent != nil { result.append(current) }
            current = ExecutionStatement()
        }
        for amount in amounts(text) {
            let label = amount.label
            let percent = isPercent(text, amount)
            if percent {
                if label.contains("执行率") || label.contains("执行进度") || label.contains("支付进度") { current.rate = amount }
                continue
            }
            // "调整后预算支出总额" is a budget and "预算执行总额" is spending: the
            // explicit execution words first, then budgets, then a bare 支出总额.
            if ["执行数", "执行总额", "决算数", "实际支出", "支出数", "完成数", "执行金额", "实际执行", "全年支出", "累计支出"].contains(where: label.contains) {
                current.spent = amount
            } else if label.contains("结余") || label.contains("结转") {
                if current.budget != nil { current.balance = amount }
            } else if label.contains("调整") && (label.contains("预算") || label.contains("数")) {
                if current.spent != nil { close() }
                current.initialBudget = current.initialBudget ?? current.budget
                current.budget = amount
            } else if label.contains("预算") {
                if current.spent != nil || current.budget != nil && !label.contains("年初") { close() }
                if current.budget == nil {
                    current.budget = amount
                    current.scope = scope(label)
                } else {
                    current.initialBudget = amount
                }
            } else if label.contains("支出总额") {
                current.spent = amount
            }
        }
        close()
        return result
    }

    /// "2023年市级项目预算安排" → 市级项目.
    private static func scope(_ label: String) -> String {
        var words = label
        if let range = words.firstRange(of: /\d{4}\s*年(度)?/) { words.removeSubrange(words.startIndex..<range.upperBound) }
        for cut in ["收入项目预算", "预算安排", "财政资金", "年初预算", "预算数", "预算", "总额", "为"] {
            if let range = words.range(of: cut) { words = String(words[..<range.lowerBound]) }
        }
        // The whole unit is no particular scope: "2024年度部门预算总额" is the department's.
        let whole: Set<String> = ["部门", "部门整体", "本部门", "单位", "本单位", "我局", "本局", "局", "全年", "年度", "整体"]
        let scope = words.trimmedText
        return whole.contains(scope) ? "" : scope
    }
}

extension String {
    func range(of word: String) -> Range<String.Index>? { firstRange(of: word) }
}
