import ExactDecimal

/// Figures written in Chinese numerals: 百分之九十五 (95%), 百分之百, 九十五分, 一百二十家,
/// 九十四点三分 (a decimal part after 点).
/// A numeral of one character is left alone (十分重视, 一项 are words, not figures), and
/// so is one followed by 之 (三分之一).
enum ChineseNumerals {
    private static let digits: [Character: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    private static let multipliers: [Character: Int] = ["十": 10, "百": 100, "千": 1000]

    /// The figure starting at `index`, if Chinese numerals start there.
    static func quantity(_ text: [Character], at index: Int, units: UnitTable) -> Quantity? {
        guard isNumeral(text[index]) else { return nil }
        if let percent = percentage(text, at: index) { return percent }
        guard isNumeral(text[index]), index == 0 || !isNumeral(text[index - 1]) else { return nil }
        guard let (whole, wholeEnd) = integer(text, from: index), wholeEnd - index >= 2 else { return nil }
        let (value, end) = fraction(text, after: whole, at: wholeEnd)
        guard end < text.count, text[end] != "之" else { return nil }
        guard let unit = units.unit(in: text, at: end), unit.name != "年" else { return nil }
        return Quantity(value: value, upper: nil, unit: unit.name, start: index, end: end + unit.length)
    }

    /// 百分之九十五, 百分之百.
    private static func percentage(_ text: [Character], at index: Int) -> Quantity? {
        guard matches(text, index, "百分之") else { return nil }
        let start = index + 3
        if matches(text, start, "百"), start + 1 >= text.count || !isNumeral(text[start + 1]) {
            return Quantity(value: Number.hundred, upper: nil, unit: "%", start: index, end: start + 1)
        }
        guard let (whole, wholeEnd) = integer(text, from: start) else { return nil }
        let (value, end) = fraction(text, after: whole, at: wholeEnd)
        return Quantity(value: value, upper: nil, unit: "%", start: index, end: end)
    }

    /// The whole number with its decimal part if 点 and digits follow (九十四点三 is 94.3).
    private static func fraction(_ text: [Character], after whole: Int, at index: Int) -> (Number, Int) {
        guard index + 1 < text.count, text[index] == "点", digits[text[index + 1]] != nil else { return (Number(whole), index) }
        var decimals = "", cursor = index + 1
        while cursor < text.count, let digit = digits[text[cursor]] {
            decimals += String(digit)
            cursor += 1
        }
        return (Number("\(whole).\(decimals)") ?? Number(whole), cursor)
    }

    /// 九十五, 一百零五, 一千二百: a whole number below ten thousand, and where it ends.
    static func integer(_ text: [Character], from start: Int) -> (Int, Int)? {
        var total = 0, pending: Int?, index = start
        while index < text.count {
            let c = text[index]
            if let digit = digits[c] {
                pending = digit
            } else if let multiplier = multipliers[c] {
                total += (pending ?? (multiplier == 10 && index == start ? 1 : 0)) * multiplier
                pending = nil
            } else {
                break
            }
            index += 1
        }
        guard index > start else { return nil }
        return (total + (pending ?? 0), index)
    }

    /// One of 零〇一二两三四五六七八九十百千, tested by its scalar: this runs on every character of a report.
    private static func isNumeral(_ c: Character) -> Bool { c.unicodeScalars.first.map(isNumeral) ?? false }

    static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x3007 else { return false }
        switch scalar.value {
        case 0x96F6, 0x3007, 0x4E00, 0x4E8C, 0x4E24, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, 0x767E, 0x5343: return true
        default: return false
        }
    }

    private static func matches(_ text: [Character], _ at: Int, _ word: String) -> Bool {
        let characters = Array(word)
        guard at + characters.count <= text.count else { return false }
        return Array(text[at..<(at + characters.count)]) == characters
    }
}
