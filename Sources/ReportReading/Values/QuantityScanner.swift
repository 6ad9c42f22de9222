import ExactDecimal

/// A number found in text: its value, unit, and where it is (character offsets,
/// end exclusive, unit included).
struct Quantity: Equatable {
    let value: Number
    /// For a range written "20-30": the upper end.
    let upper: Number?
    let unit: String?
    let start: Int
    let end: Int

    var isPercent: Bool { unit == "%" }
    /// A calendar year ("2023年"), not a quantity of years.
    var isYear: Bool { unit == "年" && upper == nil && value.isInteger && (1990...2100).contains(value.intValue ?? 0) }
}

/// Finds numbers the way reports write them: `1,233.46` and ` 49,662.44 ` (ASCII
/// commas group thousands), `591，230` (a full-width comma separates two values),
/// `20-30` (a range), `95.75%`, `9%`, and a unit after the number.
enum QuantityScanner {
    /// Units a report puts after a number, longest first so that 万元 wins over 万.
    static let units: [String] = [
        "个百分点", "百分点", "万人次", "万元", "亿元", "人次", "元", "%", "％", "家", "项", "次", "支", "天", "月", "个",
        "人", "分", "年", "万", "亿", "倍", "册", "张", "套", "名", "场", "所", "条", "篇", "件", "台", "户", "期",
        "处", "吨", "亩", "小时", "周", "日", "本",
    ].sorted { $0.count > $1.count }

    static func scan(_ text: [Character]) -> [Quantity] {
        var found: [Quantity] = []
        var index = 0
        while index < text.count {
            guard asciiDigit(text[index]) != nil else {
                index += 1
                continue
            }
            // Not the tail of a word or code (T000000286104).
            if index > 0, text[index - 1].isLetter, text[index - 1].isASCII {
                while index < text.count, asciiDigit(text[index]) != nil { index += 1 }
                continue
            }
            var start = index
            if start > 0, text[start - 1] == "-", start < 2 || asciiDigit(text[start - 2]) == nil { start -= 1 }
            let (value, afterNumber) = number(text, index)
            var upper: Number?
            var end = afterNumber
            // A range: 20-30, 6~10, 20—30.
            if end + 1 < text.count, ["-", "~", "～", "—", "－"].contains(text[end]), asciiDigit(text[end + 1]) != nil {
                let (high, afterHigh) = number(text, end + 1)
                if let high, let low = value, high > low {
                    upper = high
                    end = afterHigh
                }
            }
            var unit: String?
            var cursor = end
            while cursor < text.count, text[cursor] == " " { cursor += 1 }
            for candidate in units where matches(text, cursor, candidate) {
                unit = candidate == "％" ? "%" : candidate
                end = cursor + candidate.count
                break
            }
            if let value {
                let signed = start < index ? value.negated : value
                found.append(Quantity(value: signed, upper: upper, unit: unit, start: start, end: end))
            }
            index = max(end, afterNumber)
        }
        return found
    }

    /// A number at `index`: digits, thousands groups with ASCII commas, a decimal part.
    private static func number(_ text: [Character], _ index: Int) -> (Number?, Int) {
        var digits = ""
        var cursor = index
        while cursor < text.count, let d = asciiDigit(text[cursor]) {
            digits.append(Character(String(d)))
            cursor += 1
            if isThousandsComma(text, cursor) { cursor += 1 }
        }
        if cursor + 1 < text.count, text[cursor] == ".", asciiDigit(text[cursor + 1]) != nil {
            digits.append(".")
            cursor += 1
            while cursor < text.count, let d = asciiDigit(text[cursor]) {
                digits.append(Character(String(d)))
                cursor += 1
            }
        }
        return (Number(digits), cursor)
    }

    /// 1,233 and 49,662: an ASCII comma followed by exactly three digits groups
    /// thousands (a full-width comma separates values instead).
    private static func isThousandsComma(_ text: [Character], _ at: Int) -> Bool {
        guard at + 3 < text.count, text[at] == "," else { return false }
        guard (1...3).allSatisfy({ asciiDigit(text[at + $0]) != nil }) else { return false }
        return at + 4 >= text.count || asciiDigit(text[at + 4]) == nil
    }

    private static func matches(_ text: [Character], _ at: Int, _ word: String) -> Bool {
        let characters = Array(word)
        guard at + characters.count <= text.count else { return false }
        return Array(text[at..<(at + characters.count)]) == characters
    }

    /// ASCII and full-width digits.
    static func asciiDigit(_ c: Character) -> Int? {
        if c.isASCII, let d = c.wholeNumberValue { return d }
        if let scalar = c.unicodeScalars.first, (0xFF10...0xFF19).contains(scalar.value) { return Int(scalar.value - 0xFF10) }
        return nil
    }
}
