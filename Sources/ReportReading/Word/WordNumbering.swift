/// Turns automatic numbering (numbering.xml, and numbering a paragraph inherits from its
/// style in styles.xml) into the labels Word shows, "一、", "（二）", "3.", "①", so
/// that headings read as they do in the text layout.
struct WordNumbering {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = ""
    }

    /// Levels of each abstract definition, by abstractNumId.
    private var abstractLevels: [String: [Int: Level]] = [:]
    /// numId → abstractNumId, and restarts a num sets for its levels.
    private var abstractOf: [String: String] = [:]
    private var startOverrides: [String: [Int: Int]] = [:]
    private let styles: WordStyles
    /// Running counters per numId, one per level.
    private var counters: [String: [Int]] = [:]

    init(_ numbering: XMLTree?, styles: WordStyles) {
        self.styles = styles
        for abstract in numbering?.all("abstractNum") ?? [] {
            guard let id = abstract.attributes["abstractNumId"] else { continue }
            var levels: [Int: Level] = [:]
            for level in abstract.all("lvl") {
                guard let index = level.attributes["ilvl"].flatMap(Int.init) else { continue }
                levels[index] = Level(
                    start: Self.start(level.value(of: "start")) ?? 1, format: level.value(of: "numFmt") ?? "decimal",
                    text: level.value(of: "lvlText") ?? "")
            }
            abstractLevels[id] = levels
        }
        for num in numbering?.all("num") ?? [] {
            guard let id = num.attributes["numId"], let abstract = num.value(of: "abstractNumId") else { continue }
            abstractOf[id] = abstract
            for override in num.all("lvlOverride") {
                if let level = override.attributes["ilvl"].flatMap(Int.init), let start = Self.start(override.value(of: "startOverride")) {
                    startOverrides[id, default: [:]][level] = start
                }
            }
        }
    }

    /// The label of the next paragraph with this numbering (advancing the counters),
    /// or "" when it has none or shows none (bullets, `none`).
    mutating func label(for paragraph: WordParagraph) -> String {
        guard let reference = paragraph.numbering ?? styles.numbering(of: paragraph.styleID),
            reference.numberingID != "0", reference.level < 9, let abstract = abstractOf[reference.numberingID],
            let levels = abstractLevels[abstract], let level = levels[reference.level]
        else { return "" }
        let id = reference.numberingID
        func start(_ index: Int) -> Int { startOverrides[id]?[index] ?? levels[index]?.start ?? 1 }
        var values = counters[id] ?? (0..<9).map { start($0) - 1 }
        values[reference.level] += 1
        for deeper in (reference.level + 1)..<max(values.count, reference.level + 1) { values[deeper] = start(deeper) - 1 }
        counters[id] = values
        guard level.format != "bullet", level.format != "none" else { return "" }
        var label = level.text
        for index in 0...reference.level {
            let format = levels[index]?.format ?? "decimal"
            label = label.replacingOccurrences(of: "%\(index + 1)", with: Self.format(values[index], as: format))
        }
        return label
    }

    /// A start value within what a list can count to: a crafted number must not
    /// overflow the counters.
    private static func start(_ text: String?) -> Int? {
        text.flatMap { Int($0) }.map { min(max($0, 0), 10_000) }
    }

    private static let chineseDigits = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// A counter in one of WordprocessingML's number formats (ECMA-376 §17.18.59).
    static func format(_ value: Int, as format: String) -> String {
        switch format {
        case "chineseCounting", "chineseCountingThousand", "ideographTraditional", "taiwaneseCounting":
            return chinese(value)
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
            guard (1...20).contains(value) else { return String(value) }
            return UnicodeScalar(UInt32(0x2460 + value - 1)).map(String.init) ?? String(value)
        case "decimalFullWidth", "decimalFullWidth2":
            return String(String.UnicodeScalarView(String(value).unicodeScalars.compactMap { UnicodeScalar($0.value + 0xFEE0) }))
        case "lowerLetter", "upperLetter":
            guard value >= 1 else { return String(value) }
            let letter = String(UnicodeScalar(UInt8(97 + (value - 1) % 26)))
            let text = String(repeating: letter, count: (value - 1) / 26 + 1)
            return format == "upperLetter" ? text.uppercased() : text
        case "lowerRoman", "upperRoman":
            guard value >= 1 else { return String(value) }
            let text = roman(value)
            return format == "upperRoman" ? text : text.lowercased()
        default:
            return String(value)
        }
    }

    /// 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五.
    static func chinese(_ value: Int) -> String {
        guard value > 0, value < 1000 else { return String(value) }
        let hundreds = value / 100, tens = value / 10 % 10, ones = value % 10
        var text = hundreds > 0 ? chineseDigits[hundreds] + "百" : ""
        if tens > 0 {
            text += (tens == 1 && hundreds == 0 ? "" : chineseDigits[tens]) + "十"
        } else if hundreds > 0, ones > 0 {
            text += "零"
        }
        if ones > 0 { text += chineseDigits[ones] }
        return text
    }

    private static func roman(_ value: Int) -> String {
        let numerals: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"),
            (5, "V"), (4, "IV"), (1, "I"),
        ]
        var rest = value
        var text = ""
        for (amount, numeral) in numerals {
            while rest >= amount {
                text += numeral
                rest -= amount
            }
        }
        return text
    }
}
