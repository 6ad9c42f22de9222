import ExactDecimal

/// "基本支出708.28万元，其中：一般公共服务支出2.00万元；科学技术支出582.56万元…":
/// a total and its parts as stated, in the same unit.
struct TotalStatement {
    let label: String
    let total: Number
    let unit: String
    let parts: [(label: String, value: Number)]
    let start: Int
    let end: Int
}

/// "人员经费467.40万元，占基本支出的94.94%": a part and its stated share of a whole.
struct ShareStatement {
    let label: String
    let amount: Number
    let percent: Number
    /// The whole it is a share of, as named ("基本支出"), or empty ("占比").
    let whole: String
    let start: Int
    let end: Int
}

extension Statements {
    /// "其中": what follows are parts of the figure before it.
    static let partMarker = "其中"

    static func totals(_ text: [Character], values: ValueReader) -> [TotalStatement] {
        var result: [TotalStatement] = []
        let quantities = values.quantities(text).filter { $0.unit != nil && !$0.isYear }
        var searchFrom = 0
        while let marker = firstIndex(of: partMarker, in: text, from: searchFrom) {
            searchFrom = marker + 2
            // The total: the last quantity before 其中, in this sentence or the one just ended.
            guard let total = quantities.last(where: { $0.end <= marker }), let unit = total.unit, unit != "%" else { continue }
            let between = String(characters: text[total.end..<marker])
            guard between.count <= 20, !between.contains("减少"), !between.contains("增加") || between.count <= 3 else { continue }
            // The parts: quantities of the same unit after 其中, to the end of the sentence.
            // Inside brackets ("714.87万元（其中有3.25万元是…）") the parts end where the bracket closes.
            var depth = between.reduce(0) { $0 + ("（(".contains($1) ? 1 : "）)".contains($1) ? -1 : 0) }
            var end = marker
            while end < text.count, text[end] != "。" {
                if "（(".contains(text[end]) { depth += 1 }
                if "）)".contains(text[end]) { depth -= 1 }
                if depth < 0 { break }
                end += 1
            }
            var parts: [(label: String, quantity: Quantity)] = []
            for part in quantities where part.start > marker && part.end <= end && part.unit == unit {
                var start = part.start
                while start > marker + 2, !"，,；;：:、".contains(text[start - 1]) { start -= 1 }
                let label = Self.withoutEnumerator(String(characters: text[start..<part.start]).trimmedText)
                // "比预算节约7.97万元，较上年减少2.03万元" compares; it is no longer a part.
                // A nested total ("项目支出执行总额为") starts a new statement.
                if label.hasPrefix("比") || label.hasPrefix("较") || label.hasPrefix(partMarker)
                    || ["节约", "减少", "增加", "结余", "超支", "总额", "合计", "总计"].contains(where: label.contains)
                {
                    break
                }
                // Once the parts make up the total, what follows is another statement ("；退休人员30人"), bar zeros.
                let sum = parts.reduce(Number.zero) { $0.adding($1.quantity.value) ?? $0 }
                if sum == total.value, !parts.isEmpty, part.value != .zero { break }
                parts.append((label, part))
            }
            guard !parts.isEmpty else { continue }
            var labelStart = total.start
            while labelStart > 0, !"，,；;。：:".contains(text[labelStart - 1]) { labelStart -= 1 }
            let money = values.isMoney(unit)
            let normalize = { (value: Number) in money ? (values.inTenThousands(value, unit: unit) ?? value) : value }
            result.append(
                TotalStatement(
                    label: String(characters: text[labelStart..<total.start]).trimmedText, total: normalize(total.value),
                    unit: money ? "万元" : unit, parts: parts.map { ($0.label, normalize($0.quantity.value)) },
                    start: labelStart, end: parts.last?.quantity.end ?? total.end))
        }
        return result
    }

    /// "（1）科学技术支出" → "科学技术支出"; "因公出国（境）费" keeps its brackets.
    static func withoutEnumerator(_ label: String) -> String {
        guard let first = label.first, first == "（" || first == "(" || QuantityScanner.asciiDigit(first) != nil || ("①"..."⑳").contains(first),
            let match = label.prefixMatch(of: /[（(][0-9一二三四五六七八九十]{1,2}[）)]|[0-9]{1,2}[.、．]|[①-⑳]/) else { return label }
        return String(label[match.range.upperBound...]).trimmedText
    }

    static func shares(_ text: [Character], values: ValueReader) -> [ShareStatement] {
        var result: [ShareStatement] = []
        let quantities = values.quantities(text)
        for (index, quantity) in quantities.enumerated() where quantity.isPercent && index > 0 {
            let amount = quantities[index - 1]
            guard values.isMoney(amount.unit) else { continue }
            let between = String(characters: text[amount.end..<quantity.start])
            guard between.count <= 12, let occupy = between.firstIndex(of: "占") else { continue }
            var whole = String(between[between.index(after: occupy)...])
            for word in ["的比重", "的比例", "比重", "比例", "的", "比", "为"] { whole = whole.replacingOccurrences(of: word) }
            var labelStart = amount.start
            while labelStart > 0, !"，,；;。：:、".contains(text[labelStart - 1]) { labelStart -= 1 }
            guard let value = values.inTenThousands(amount.value, unit: amount.unit) else { continue }
            result.append(
                ShareStatement(
                    label: String(characters: text[labelStart..<amount.start]).trimmedText, amount: value, percent: quantity.value,
                    whole: whole.trimmingCharacters(in: "，, "), start: labelStart, end: quantity.end))
        }
        return result
    }

    static func firstIndex(of word: String, in text: [Character], from: Int) -> Int? {
        let characters = Array(word)
        guard from <= text.count - characters.count else { return nil }
        for index in from...(text.count - characters.count) where Array(text[index..<(index + characters.count)]) == characters {
            return index
        }
        return nil
    }
}

extension String {
    func replacingOccurrences(of word: String) -> String {
        var result = self
        while let range = result.firstRange(of: word) { result.removeSubrange(range) }
        return result
    }

    func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
