import ExactDecimal

/// A labelled figure and the paragraph it is in (an index into the paragraphs read together).
struct PlacedAmount {
    let paragraph: Int
    let amount: Amount
}

/// "预算安排总额426.43万元，支出总额330.86万元。结余95.57万元": budget, spent, balance
/// and rate of one scope, assembled from labelled figures that may stand in several
/// sentences, or in consecutive paragraphs of one section.
struct ExecutionStatement {
    var scope: String = ""
    var budget: PlacedAmount?
    var initialBudget: PlacedAmount?
    var spent: PlacedAmount?
    var balance: PlacedAmount?
    var rate: PlacedAmount?

    var parts: [PlacedAmount] { [budget, initialBudget, spent, balance, rate].compactMap { $0 } }
    /// A budget, or a 年初预算 that was never adjusted, and a spent figure.
    var isComplete: Bool { (budget ?? initialBudget) != nil && spent != nil }
    /// The first and last figure, in reading order, for the citation.
    var first: PlacedAmount? { parts.min { ($0.paragraph, $0.amount.labelStart) < ($1.paragraph, $1.amount.labelStart) } }
    var last: PlacedAmount? { parts.max { ($0.paragraph, $0.amount.end) < ($1.paragraph, $1.amount.end) } }
}

/// Assembles execution statements from the labelled figures of paragraphs read in order.
/// A budget after a spent figure, or a budget naming another scope ("市级项目预算…"),
/// starts the next statement; a statement needs a budget and a spent figure.
struct ExecutionAssembler {
    private(set) var statements: [ExecutionStatement] = []
    private var current = ExecutionStatement()

    /// Takes the figures of the next paragraph. A statement left without its spent
    /// figure carries over unless the paragraph starts another budget (a 年初预算 goes on
    /// to its adjusted budget).
    mutating func add(_ amounts: [PlacedAmount]) {
        if let first = amounts.first(where: { $0.amount.kind != nil && !$0.amount.isPart }), current.spent == nil,
            first.amount.kind == .initialBudget && current.budget ?? current.initialBudget != nil
                || first.amount.kind == .budget && current.budget != nil
        {
            current = ExecutionStatement()
        }
        // A part of a figure ("其中…") is no budget or spending of its own.
        for placed in amounts where !placed.amount.isPart {
            let amount = placed.amount
            switch amount.kind {
            case .rate?: current.rate = placed
            case .spent?: current.spent = placed
            case .balance?: if current.budget ?? current.initialBudget != nil { current.balance = placed }
            case .initialBudget?:
                if current.spent != nil { close() }
                current.initialBudget = placed
                if current.budget == nil { current.scope = Self.scope(amount.label) }
            case .budget?:
                let scope = Self.scope(amount.label)
                if current.spent != nil || current.budget != nil && !scope.isEmpty && scope != current.scope { close() }
                // A second budget of the same scope is the adjusted one ("…调整后预算620万元").
                if let previous = current.budget { current.initialBudget = current.initialBudget ?? previous }
                if current.budget == nil, current.initialBudget == nil || !scope.isEmpty { current.scope = scope }
                current.budget = placed
            case .addition?, .balanceRate?, .selfScore?, .grade?, .surveySent?, .surveyValid?, .surveySatisfied?, .satisfactionRate?, nil: break
            }
        }
    }

    /// Ends the paragraphs read together.
    mutating func finish() -> [ExecutionStatement] {
        close()
        return statements
    }

    private mutating func close() {
        if current.isComplete {
            if current.budget == nil { (current.budget, current.initialBudget) = (current.initialBudget, nil) }
            statements.append(current)
        }
        current = ExecutionStatement()
    }

    /// "2023年市级项目预算安排" → 市级项目: the words before the budget's own words. A label
    /// without them, or naming the whole unit, is no particular scope.
    static func scope(_ label: String) -> String {
        var words = label
        if let range = words.firstRange(of: /\d{4}\s*年(度)?/) { words.removeSubrange(words.startIndex..<range.upperBound) }
        guard let cut = ["收入项目预算", "预算安排", "财政资金", "年初预算", "调整后预算", "全年预算", "预算数", "预算", "总额"]
            .compactMap({ words.firstRange(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound })
        else { return "" }
        words = String(words[..<cut.lowerBound])
        if words.hasSuffix("为") { words.removeLast() }
        let whole: Set<String> = ["部门", "部门整体", "单位", "局", "项目", "全年", "年度", "整体", "年初", "年中", "收入", "支出", "收支"]
        let scope = words.trimmedText
        // "本项目", "我局", "该街道": the unit speaking of itself.
        let selfNamed = scope.count <= 4 && ["本", "我", "该"].contains { scope.hasPrefix($0) }
        return whole.contains(scope) || selfNamed ? "" : scope
    }
}
