@testable import ReportReading

/// The indicator header over two rows: two neighbouring columns (the target and what
/// follows it) under one merged cell, as in 年度指标值 over 全年指标值 / 全年实际值. In
/// the text layout the upper row has one cell fewer; the lower row is empty but for
/// the two split cells.
struct SplitHeader: LayoutTransformation {
    let name = "split the indicator header over two rows"

    /// The merged cell's words name no column: the columns are read from the cells below it.
    static let parent = "年度考核"

    func apply(to report: ReportText) -> RewrittenReport? {
        report.rewritingTables { table, read in
            var changed = false
            // From the last body up, so that inserted rows do not move the ones still to do.
            for body in read.structure.singleRowIndicatorBodies.reversed() {
                let columns = body.header.cellColumns
                // Every copy of the header (after a page break too), from the last up.
                for row in body.headerRows(in: table).reversed() {
                    guard table.rows[row].count == columns.count, let target = columns.firstIndex(of: .target), target + 1 < columns.count
                    else { continue }
                    let header = table.rows[row]
                    var upper = header
                    upper.replaceSubrange(target...(target + 1), with: [[Self.parent]])
                    let lower = header.indices.map { index in index == target || index == target + 1 ? header[index] : [""] }
                    table.rows[row] = upper
                    table.rows.insert(lower, at: row + 1)
                    table.gaps.insert(1, at: row)
                    changed = true
                }
            }
            return changed
        }
    }
}
