import ExactDecimal

/// A money amount (in 万元) or a percentage found in prose, with the words before it
/// and what those words say it is.
struct Amount {
    let value: Number
    let isPercent: Bool
    /// The words between the previous figure or clause break and the figure.
    let label: String
    /// What the label names, by the reading vocabulary; nil when it names nothing known.
    let kind: QuantityLabel?
    /// A part of the figure before it ("其中一般公共预算拨款8,120.32万元"), not a figure of its own.
    var isPart: Bool { label.hasPrefix(Statements.partMarker) }
    /// Where the label starts; the figure itself is [start, end).
    let labelStart: Int
    let start: Int
    let end: Int
}

/// Finds every money amount and percentage of a text and the label that governs it:
/// the words before it in its clause, after any figure before it ("收入预算500万元支出
/// 480万元": 480's label is 支出); a calendar year is part of the label ("2024年度部门预算"). What the label names comes from the vocabulary's
/// `label` entries, money labels for amounts and rate labels for percentages.
struct LabelledFigures {
    let vocabulary: ReadingVocabulary

    /// Characters that may stand between a run-in heading and the figure it labels.
    static let leadGap = 4

    static let clauseBreaks: Set<Character> = ["，", ",", "；", ";", "。", "：", ":", "（", "(", "）", ")"]

    /// `lead` is the run-in heading the text follows ("年初预算：500万元"): it labels
    /// the first figure when nothing but a few words stands between them ("共计").
    func amounts(_ text: [Character], lead: String? = nil) -> [Amount] {
        var result: [Amount] = []
        var previousEnd = 0
        for quantity in vocabulary.values.quantities(text) {
            defer { if !quantity.isYear { previousEnd = max(previousEnd, quantity.end) } }
            let isPercent = quantity.isPercent
            let isMoney = vocabulary.values.isMoney(quantity.unit)
            let isCount = !isPercent && !isMoney && !quantity.isYear && quantity.unit != nil
            guard isPercent || isMoney || isCount else { continue }
            guard let value = isMoney ? vocabulary.values.inTenThousands(quantity.value, unit: quantity.unit) : quantity.value else {
                continue
            }
            var labelStart = quantity.start
            while labelStart > previousEnd, !Self.clauseBreaks.contains(text[labelStart - 1]) { labelStart -= 1 }
            let label = String(characters: text[labelStart..<quantity.start]).trimmedText
            let matchers = vocabulary.matchers
            let labels = isPercent ? matchers.rateLabels : (isMoney ? matchers.moneyLabels : matchers.countLabels)
            var kind = labels.match(VocabularyText.compact(label))?.key
            // A count is a figure here only when its label says what it counts.
            if isCount, kind == nil { continue }
            if kind == nil, result.isEmpty, let lead, VocabularyText.compact(label).count <= Self.leadGap {
                kind = labels.match(VocabularyText.compact(lead))?.key
            }
            result.append(
                Amount(value: value, isPercent: isPercent, label: label, kind: kind, labelStart: labelStart, start: quantity.start, end: quantity.end))
        }
        return result
    }
}
