import Foundation

/// Money in 元 with thousands separators instead of 万元: "426.43万元" in prose becomes
/// "4,264,300元", a table's "单位：万元" becomes "单位：元" with its 资金总额 figures.
struct MoneyInYuan: LayoutTransformation {
    let name = "money in 元 with thousands separators"

    nonisolated(unsafe) private static let amount = /(\d[\d,]*(?:\.\d+)?)\s*万元/

    func apply(to report: ReportText) -> RewrittenReport? {
        var layout = report.layout
        layout.mapLines { line in line.replacing(Self.amount) { match in Self.yuan(String(match.output.1)).map { $0 + "元" } ?? String(match.output.0) } }
        for (block, original, _) in report.tables {
            var table = original
            guard let unitRow = table.rows.firstIndex(where: { $0.count == 1 && $0[0].joined().replacing(" ", with: "") == "单位：万元" }) else {
                continue
            }
            table.rows[unitRow] = [["单位：元"]]
            for (index, row) in table.rows.enumerated() {
                let texts = row.map { $0.joined() }
                guard let key = texts.firstIndex(where: { $0.contains("资金总额") }) else { continue }
                // The figure beside the key, or the figures on the row below it.
                if key + 1 < row.count, let yuan = Self.yuan(texts[key + 1]) {
                    table.rows[index][key + 1] = [yuan]
                } else if index + 1 < table.rows.count {
                    table.rows[index + 1] = table.rows[index + 1].map { cell in Self.yuan(cell.joined()).map { [$0] } ?? cell }
                }
            }
            layout.replaceTable(at: block, with: table)
        }
        let text = layout.text
        return text == report.text ? nil : .text(text)
    }

    /// "426.43" (万元) as "4,264,300" (元); nil for what is not a plain figure.
    static func yuan(_ tenThousands: String) -> String? {
        let plain = tenThousands.replacing(",", with: "").trimmingCharacters(in: .whitespaces)
        guard !plain.isEmpty, plain.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), let value = Decimal(string: plain) else { return nil }
        let yuan = value * 10000
        let digits = NSDecimalNumber(decimal: yuan).stringValue
        let parts = digits.split(separator: ".", maxSplits: 1)
        var whole = String(parts[0]), grouped = ""
        while whole.count > 3 {
            grouped = "," + whole.suffix(3) + grouped
            whole.removeLast(3)
        }
        return whole + grouped + (parts.count > 1 ? "." + parts[1] : "")
    }
}
