/// Headings numbered in another style: 一、 → 第一部分, （一） → 1.
struct RenumberHeadings: LayoutTransformation {
    let name = "renumber headings (一、→第一部分, （一）→1.)"

    nonisolated(unsafe) private static let part = /^(\s*)([一二三四五六七八九十]{1,3})、\s*/
    nonisolated(unsafe) private static let item = /^(\s*)[（(]([一二三四五六七八九十]{1,3})[）)]\s*/

    func apply(to report: ReportText) -> RewrittenReport? {
        var layout = report.layout
        layout.mapLines { line in
            if let match = line.prefixMatch(of: Self.part) {
                return match.output.1 + "第\(match.output.2)部分 " + line[match.range.upperBound...]
            }
            if let match = line.prefixMatch(of: Self.item), let number = Self.value(match.output.2) {
                return match.output.1 + "\(number)." + line[match.range.upperBound...]
            }
            return line
        }
        let text = layout.text
        return text == report.text ? nil : .text(text)
    }

    /// 一 … 九十九.
    static func value(_ numeral: Substring) -> Int? {
        let digits: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        var value = 0, pending = 0
        for c in numeral {
            if c == "十" {
                value += (pending == 0 ? 1 : pending) * 10
                pending = 0
            } else if let digit = digits[c] {
                pending = digit
            } else {
                return nil
            }
        }
        return value + pending
    }
}
