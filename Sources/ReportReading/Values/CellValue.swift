import ExactDecimal

/// What a table cell says: its text, and the numbers in it when the cell is a value
/// (not prose that happens to contain a number). "满意" is text, not zero.
struct CellValue {
    let text: String
    let quantities: [Quantity]
    /// The cell holds only numbers (with units, operators and separators).
    let isNumeric: Bool
    /// An operator written in the cell: "≥95".
    let comparison: String?
    /// The cell names a calendar year ("2023年12月", "2024年底前").
    let mentionsYear: Bool

    /// `context` is the indicator's name: a cell that repeats it around one number
    /// ("企业满意度100%" on the row 企业满意度) is still that number.
    init(_ raw: String, context: String = "") {
        text = raw.trimmedText
        let characters = Array(text)
        let scanned = QuantityScanner.scan(characters)
        mentionsYear = scanned.contains(where: \.isYear)
        quantities = scanned.filter { !$0.isYear || characters.count <= 6 }
        var rest = characters
        for quantity in quantities.reversed() { rest.removeSubrange(quantity.start..<quantity.end) }
        var comparison: String?
        for symbol in ["≥", "≤", ">=", "<=", "＞", "＜", ">", "<", "约", "以上", "以下", "左右"] where String(rest).contains(symbol) {
            comparison = Operator.normalized(symbol)
            break
        }
        self.comparison = comparison
        let filler = Set<Character>(" ,，、;；/／≥≤><=＞＜约以上下左右余及和与")
        let leftover = rest.filter { !filler.contains($0) && !$0.isWhitespace }
        // A date ("2024年12月") is text: several numbers with calendar units.
        let isDate = quantities.contains { $0.isYear } && quantities.count > 1
        let repeatsName = quantities.count == 1 && !context.isEmpty && !leftover.isEmpty && context.contains(String(leftover))
        isNumeric = !quantities.isEmpty && (leftover.count <= 1 || repeatsName) && !isDate
    }

    /// The first number, when the cell is a value.
    var number: Number? { isNumeric ? quantities.first?.value : nil }
    var upper: Number? { isNumeric ? quantities.first?.upper : nil }
    /// Every number, when the cell holds several ("591，230").
    var numbers: [Number] { isNumeric ? quantities.map(\.value) : [] }
    var unit: String? { quantities.first?.unit }

    /// The figures prose states in the row's 度量单位: "技术合同认定登记额达14亿元" under 亿元 → [14].
    /// A 定性 row often still sets a number; the rules may compare it, knowing it came from prose.
    func figures(measuredIn measure: String) -> [Number] {
        let wanted = measure == "百分比" || measure == "％" ? "%" : measure
        // "2023年12月" under 月 is a date, not twelve months.
        if mentionsYear { return [] }
        return quantities.filter { !$0.isYear && $0.unit.map { $0 == "％" ? "%" : $0 } == wanted }.map(\.value)
    }
    var isEmpty: Bool { text.isEmpty || Placeholder.isPlaceholder(text) }
}

enum Placeholder {
    /// "……", "......", "…" and the like: a row left as in the template.
    static func isPlaceholder(_ text: String) -> Bool {
        let trimmed = text.trimmedText
        return !trimmed.isEmpty && trimmed.allSatisfy { "…..。·-—".contains($0) }
    }

    /// The text without trailing placeholder dots ("时效指标……" is 时效指标).
    static func stripped(_ text: String) -> String {
        var result = text.trimmedText
        while let last = result.last, "…..。".contains(last) { result.removeLast() }
        return result.trimmedText
    }
}

/// The 指标性质 column: ≥, ≤, =, 定性 as written in many ways.
enum Operator {
    static func normalized(_ raw: String) -> String? {
        let text = raw.trimmedText.replacingAll(" ", with: "")
        switch text {
        case "≥", ">=", "＞＝", "≧", "大于等于", "不低于", "不少于", "以上": return ">="
        case "≤", "<=", "＜＝", "≦", "小于等于", "不高于", "不超过", "以下": return "<="
        case ">", "＞", "大于": return ">"
        case "<", "＜", "小于": return "<"
        case "=", "＝", "等于": return "="
        case "定性": return "定性"
        case "定量": return "定量"
        case "约", "左右": return "≈"
        default: return nil
        }
    }
}

/// Money in a report comes in 元, 万元 and 亿元; facts hold 万元.
enum Money {
    static func inTenThousands(_ value: Number, unit: String?) -> Number? {
        switch unit {
        case "元": return value.divided(by: Number(10000))
        case "亿元", "亿": return value.multiplied(by: Number(10000))
        case "万元", "万", nil: return value
        default: return nil
        }
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for c in self { if c == target { result += replacement } else { result.append(c) } }
        return result
    }
}
