/// The numbering in front of a heading, and its style: real reports mix styles
/// (（一） followed by （2）), so levels are worked out from the sequence of numbers,
/// not from the style alone (see `SectionTreeBuilder`).
public struct HeadingMarker: Sendable, Hashable {
    public enum Style: String, Sendable, Hashable {
        /// 第一部分
        case part
        /// 一、
        case chineseComma
        /// （一） (一)
        case chineseParenthesized
        /// 1、
        case arabicComma
        /// 1. 1．
        case arabicDot
        /// （1） (1)
        case arabicParenthesized
        /// ①
        case circled

        /// Styles written in parentheses look alike to a reader of a mixed report.
        var family: Int {
            switch self {
            case .part: 0
            case .chineseComma, .arabicComma: 1
            case .chineseParenthesized, .arabicParenthesized: 2
            case .arabicDot: 3
            case .circled: 4
            }
        }
    }

    public let style: Style
    public let number: Int
    /// Characters the marker takes at the start of the text (blanks after it included).
    let length: Int

    /// The marker at the start of a text, if any.
    static func parse(_ text: [Character]) -> HeadingMarker? {
        var index = 0
        while index < text.count, text[index].isWhitespace { index += 1 }
        func skipBlanks(_ i: Int) -> Int {
            var i = i
            while i < text.count, text[i] == " " || text[i] == "\u{3000}" || text[i] == "\t" { i += 1 }
            return i
        }
        guard index < text.count else { return nil }
        let first = text[index]
        // 第一部分
        if first == "第", let (number, after) = chineseNumber(text, index + 1), after + 1 < text.count,
            text[after] == "部", text[after + 1] == "分"
        {
            return HeadingMarker(style: .part, number: number, length: skipBlanks(after + 2))
        }
        // 一、
        if let (number, after) = chineseNumber(text, index), after < text.count, text[after] == "、" {
            return HeadingMarker(style: .chineseComma, number: number, length: skipBlanks(after + 1))
        }
        // （一） (1)
        if first == "（" || first == "(" {
            let close: Set<Character> = ["）", ")"]
            if let (number, after) = chineseNumber(text, index + 1), after < text.count, close.contains(text[after]) {
                return HeadingMarker(style: .chineseParenthesized, number: number, length: skipBlanks(after + 1))
            }
            if let (number, after) = arabicNumber(text, index + 1), after < text.count, close.contains(text[after]) {
                return HeadingMarker(style: .arabicParenthesized, number: number, length: skipBlanks(after + 1))
            }
            return nil
        }
        // 1、 1. 1．
        if let (number, after) = arabicNumber(text, index), after < text.count {
            if text[after] == "、" { return HeadingMarker(style: .arabicComma, number: number, length: skipBlanks(after + 1)) }
            // "1.5亿元" is a number, not item 1.
            if text[after] == "." || text[after] == "．", after + 1 >= text.count || QuantityScanner.asciiDigit(text[after + 1]) == nil {
                return HeadingMarker(style: .arabicDot, number: number, length: skipBlanks(after + 1))
            }
            return nil
        }
        // ①
        if let scalar = first.unicodeScalars.first, (0x2460...0x2473).contains(scalar.value) {
            return HeadingMarker(style: .circled, number: Int(scalar.value - 0x2460) + 1, length: skipBlanks(index + 1))
        }
        return nil
    }

    private static let digits: [Character: Int] = [
        "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
    ]

    /// 一 … 九十九, and where it ends.
    static func chineseNumber(_ text: [Character], _ start: Int) -> (Int, Int)? {
        var index = start
        var value = 0, pending = 0
        while index < text.count, let digit = digits[text[index]] {
            if digit == 10 {
                value += (pending == 0 ? 1 : pending) * 10
                pending = 0
            } else {
                pending = digit
            }
            index += 1
        }
        guard index > start, index - start <= 3 else { return nil }
        return (value + pending, index)
    }

    /// 1 … 999, and where it ends.
    static func arabicNumber(_ text: [Character], _ start: Int) -> (Int, Int)? {
        var index = start, value = 0
        while index < text.count, let digit = QuantityScanner.asciiDigit(text[index]), index - start < 3 {
            value = value * 10 + digit
            index += 1
        }
        return index > start ? (value, index) : nil
    }
}
