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
    /// ("企业满意度100%" on the row 企业满意度) is still that number. `scan` finds the
    /// figures; `comparison` finds the operator words left around them ("不低于", "≥").
    init(
        _ raw: String, context: String = "", quantities scan: ([Character]) -> [Quantity],
        comparison find: (String) -> (symbol: String, word: String)?
    ) {
        text = raw.trimmedText
        let characters = Array(text)
        let scanned = scan(characters)
        mentionsYear = scanned.contains(where: \.isYear)
        quantities = scanned.filter { !$0.isYear || characters.count <= 6 }
        var rest = characters
        for quantity in quantities.reversed() { rest.removeSubrange(quantity.start..<quantity.end) }
        var remaining = String(rest)
        let found = find(VocabularyText.compact(remaining))
        comparison = found?.symbol
        if let word = found?.word, let range = remaining.firstRange(of: word) { remaining.removeSubrange(range) }
        let filler = Set<Character>(" ,，、;；/／余及和与")
        let leftover = remaining.filter { !filler.contains($0) && !$0.isWhitespace }
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
