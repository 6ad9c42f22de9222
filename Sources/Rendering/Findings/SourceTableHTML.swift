import Audit
import RuleLanguage
import ReportReading

/// A table of the report in the HTML source view, drawn as the table it is: its grid,
/// header rows as headers, cells merged across columns and down rows spanning them, the
/// cited cells highlighted. Every source line keeps its anchor, in the cell written on it.
enum SourceTableHTML {
    /// `severities` are the cited lines' highest severities; `anchor` names a line's id.
    static func render(_ table: Table, severities: [Int: FindingSeverity], anchor: (Int) -> String) -> String {
        let headerRows = Set(table.structure.segments.flatMap(\.bodies).flatMap { Array($0.header.rows) })
        let rowSpans = Self.rowSpans(table.rows)
        var anchored = Set<Int>()
        var body = ""
        for (rowIndex, row) in table.rows.enumerated() {
            var cells = ""
            for (cellIndex, cell) in row.cells.enumerated() {
                guard let rowSpan = rowSpans[rowIndex][cellIndex] else { continue }
                let tag = headerRows.contains(rowIndex) ? "th" : "td"
                let lines = cell.lines.map(Array.init) ?? []
                let severity = lines.compactMap { severities[$0] }.max()
                var attributes = severity.map { " class=\"cited \($0.rawValue)\"" } ?? ""
                if cell.span > 1 { attributes += " colspan=\"\(cell.span)\"" }
                if rowSpan > 1 { attributes += " rowspan=\"\(rowSpan)\"" }
                let anchors = lines.filter { anchored.insert($0).inserted }.map { "<span id=\"\(anchor($0))\"></span>" }.joined()
                cells += "<\(tag)\(attributes)>\(anchors)\(HTMLText.escape(cell.text))</\(tag)>"
            }
            body += "<tr>\(cells)</tr>\n"
        }
        // Lines of the table no cell is written on (blank lines between rows) still have their anchors.
        let loose = table.lines.filter { !anchored.contains($0) }.map { "<span id=\"\(anchor($0))\"></span>" }.joined()
        return loose + "<table class=\"grid\">\n" + body + "</table>"
    }

    /// For each cell, how many rows it covers; nil for a cell that continues the one
    /// above it (a vertical merge, drawn by the cell above).
    static func rowSpans(_ rows: [GridRow]) -> [[Int?]] {
        var spans = rows.map { $0.cells.map { _ in Optional(1) } }
        var lastInColumn: [Int: (row: Int, cell: Int)] = [:]
        for (rowIndex, row) in rows.enumerated() {
            for (cellIndex, cell) in row.cells.enumerated() {
                if cell.continuesAbove, let above = lastInColumn[cell.column], above.row < rowIndex {
                    spans[above.row][above.cell] = (spans[above.row][above.cell] ?? 1) + 1
                    spans[rowIndex][cellIndex] = nil
                } else {
                    lastInColumn[cell.column] = (rowIndex, cellIndex)
                }
            }
        }
        return spans
    }
}
