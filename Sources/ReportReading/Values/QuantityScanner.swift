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
    static func scan(_ text: [Character], units: UnitTable) -> [Quantity] {
        var found: [Quantity] = []
        var index = 0
        while index < text.count {
            guard asciiDigit(text[index]) != nil else {
                if let quantity = ChineseNumerals.quantity(text, at: index, units: units) {
                    found.append(quantity)
                    index = quantity.end
                } else {
                    index += 1
                }
                continue
            }
            // Not the tail of a word or code (T000000286104).
            if index > 0, text[index - 1].isLetter, text[index - 1].isASCII {
                while index < text.count, asciiDigit(text[index]) != nil { index += 1 }
                continue
            }
            var start = index
            if start > 0, text[start - 1] == "-" || text[start - 1] == "－", start < 2 || asciiDigit(text[start - 2]) == nil { start -= 1 }
            let (value, afterNumber) = number(text, index, units: units)
            var upper: Number?
            var end = afterNumber
            // A range: 20-30, 6~10, 20—30.
            if end + 1 < text.count, ["-", "~", "～", "—", "－"].contains(text[end]), asciiDigit(text[end + 1]) != nil {
                let (high, afterHigh) = number(text, end + 1, units: units)
                if let high, let low = value, high > low {
                    upper = high
                    end = afterHigh
                }
            }
            var unit: String?
            var cursor = end
            while cursor < text.count, text[cursor] == " " { cursor += 1 }
            if let candidate = units.unit(in: text, at: cursor) {
                unit = candidate.name
                end = cursor + candidate.length
            }
            if let value {
                let signed = start < index ? value.negated : value
                found.append(Quantity(value: signed, upper: upper, unit: unit, start: start, end: end))
            }
            index = max(end, afterNumber)
        }
        return found
    }

    /// A number at `index`: digits (ASCII or full-width), thousands groups, a decimal part
    /// after "." or "．".
    private static func number(_ text: [Character], _ index: Int, units: UnitTable) -> (Number?, Int) {
        var digits = ""
        var cursor = index
        var grouped = false
        while cursor < text.count, let d = asciiDigit(text[cursor]) {
            digits.append(Character(String(d)))
            cursor += 1
            if isThousandsComma(text, cursor) || isFullWidthThousands(text, cursor, grouped: grouped, units: units) {
                cursor += 1
                grouped = true
            }
        }
        if cursor + 1 < text.count, text[cursor] == "." || text[cursor] == "．", asciiDigit(text[cursor + 1]) != nil {
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

    /// 1，233.46 and 12，345，678: a full-width comma groups thousands when three digits
    /// follow and then a decimal part, another group or a unit, or when the number is
    /// already grouped; otherwise it separates two values ("591，230").
    private static func isFullWidthThousands(_ text: [Character], _ at: Int, grouped: Bool, units: UnitTable) -> Bool {
        guard at + 3 < text.count, text[at] == "，", (1...3).allSatisfy({ asciiDigit(text[at + $0]) != nil }) else { return false }
        let after = at + 4
        guard after >= text.count || asciiDigit(text[after]) == nil else { return false }
        if grouped { return true }
        guard after < text.count else { return false }
        let next = text[after]
        if next == "." || next == "．" { return after + 1 < text.count && asciiDigit(text[after + 1]) != nil }
        if next == "，" || next == "," { return after + 3 < text.count && (1...3).allSatisfy { asciiDigit(text[after + $0]) != nil } }
        return units.unit(in: text, at: after) != nil
    }

    /// Full-width digits as ASCII ones ("２０２４" is 2024), for what parses numbers from text.
    static func withASCIIDigits(_ text: some Sequence<Character>) -> String {
        String(text.map { c in asciiDigit(c).map { Character(String($0)) } ?? c })
    }

    /// ASCII and full-width digits.
    static func asciiDigit(_ c: Character) -> Int? {
        if c.isASCII, let d = c.wholeNumberValue { return d }
        if let scalar = c.unicodeScalars.first, (0xFF10...0xFF19).contains(scalar.value) { return Int(scalar.value - 0xFF10) }
        return nil
    }
}

/// The units a figure may carry, by the name they are read as (％ is %). The reading
/// vocabulary has them (money units and measures); the calendar year and the percent
/// sign always count.
struct UnitTable: Sendable {
    private let words: WordIndex<String>

    init(_ names: [String]) {
        words = WordIndex((names + ["年", "%", "％"]).map { ($0, $0 == "％" ? "%" : $0) })
    }

    /// The unit written at `index`, and how many characters it takes.
    func unit(in text: [Character], at index: Int) -> (name: String, length: Int)? {
        words.word(in: text, at: index).map { ($0.value, $0.length) }
    }
}
