import Foundation

/// How a cell's number shows, from its style's number format (`xl/styles.xml`): what a
/// reader of the sheet sees, since that is what the report states — `0.9575` under
/// `0.00%` is "95.75%", `1234.5` under `#,##0.00` is "1,234.50", a date serial a date.
struct CellFormat: Equatable {
    enum Kind: Equatable {
        case general
        case fixed(decimals: Int, thousands: Bool)
        case percent(decimals: Int)
        case date
    }

    let kind: Kind

    static let general = CellFormat(kind: .general)

    /// The format of a number format id and, for custom ones, its code.
    init(id: Int, code: String?) {
        switch id {
        case 1: kind = .fixed(decimals: 0, thousands: false)
        case 2: kind = .fixed(decimals: 2, thousands: false)
        case 3: kind = .fixed(decimals: 0, thousands: true)
        case 4: kind = .fixed(decimals: 2, thousands: true)
        case 9: kind = .percent(decimals: 0)
        case 10: kind = .percent(decimals: 2)
        case 14...22, 45...47: kind = .date
        default: kind = code.map(Self.kind(ofCode:)) ?? .general
        }
    }

    init(kind: Kind) {
        self.kind = kind
    }

    /// A custom code's kind: its first section, quoted text and `[…]` left out.
    static func kind(ofCode code: String) -> Kind {
        var plain = ""
        var quoted = false, bracketed = false
        for character in code.prefix(while: { $0 != ";" }) {
            switch character {
            case "\"": quoted.toggle()
            case "[" where !quoted: bracketed = true
            case "]" where !quoted: bracketed = false
            default: if !quoted && !bracketed { plain.append(character) }
            }
        }
        let lower = plain.lowercased()
        if lower.contains("y") || lower.contains("d") || lower.contains("h") || lower.contains("m") && !lower.contains("0") { return .date }
        let decimals = plain.split(separator: ".", maxSplits: 1).dropFirst().first.map { $0.prefix { $0 == "0" || $0 == "#" }.count } ?? 0
        if plain.contains("%") { return .percent(decimals: decimals) }
        if plain.contains("0") || plain.contains("#") { return .fixed(decimals: decimals, thousands: plain.contains(",")) }
        return .general
    }

    /// The number as the sheet shows it; the raw text when it is not a number.
    func display(_ raw: String) -> String {
        guard let value = Double(raw), value.isFinite else { return raw }
        switch kind {
        case .general: return Self.general(value)
        case .fixed(let decimals, let thousands): return Self.fixed(value, decimals: decimals, thousands: thousands)
        case .percent(let decimals): return Self.fixed(value * 100, decimals: decimals, thousands: false) + "%"
        case .date: return Self.date(value) ?? Self.general(value)
        }
    }

    /// Up to 15 significant digits, as Excel shows a number in General format.
    static func general(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(format: "%.15g", value)
        if text.contains("."), !text.contains("e") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    static func fixed(_ value: Double, decimals: Int, thousands: Bool) -> String {
        let text = String(format: "%.\(min(decimals, 15))f", value)
        guard thousands else { return text }
        let negative = text.hasPrefix("-")
        let digits = negative ? text.dropFirst() : Substring(text)
        let whole = digits.prefix { $0 != "." }, rest = digits.dropFirst(whole.count)
        var grouped = ""
        for (index, digit) in whole.enumerated() {
            if index > 0, (whole.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return (negative ? "-" : "") + grouped + rest
    }

    /// A date serial of the 1900 date system as 2024-12-31.
    static func date(_ serial: Double) -> String? {
        guard serial >= 1, serial < 2_958_466 else { return nil }  // up to 9999-12-31
        let days = Int(serial.rounded(.down)) - 25_569  // days from 1970-01-01 (serial 25569)
        let date = Date(timeIntervalSince1970: Double(days) * 86_400)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
}
