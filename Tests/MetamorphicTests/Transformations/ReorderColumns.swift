@testable import ReportReading

/// The indicator columns in another order: the actual before the target, the weight
/// before 指标性质, the unit last. Tables with rows short of a cell (merged in Word)
/// are left as they are: their cells cannot be moved one for one.
struct ReorderColumns: LayoutTransformation {
    let name = "reorder the indicator columns"

    static let order: [TableColumn?] = [.label, .level1, .level2, .name, .actual, .target, .weight, .nature, .score, .reason, .measure, .ignored, nil]

    func apply(to report: ReportText) -> RewrittenReport? {
        report.rewritingTables { table, read in
            var changed = false
            for body in read.structure.singleRowIndicatorBodies {
                let columns = body.header.cellColumns
                let rows = body.headerRows(in: table) + body.rows
                guard rows.allSatisfy({ table.rows[$0].count == columns.count }) else { continue }
                let permutation = columns.indices.sorted { a, b in
                    let (x, y) = (Self.rank(columns[a]), Self.rank(columns[b]))
                    return x != y ? x < y : a < b
                }
                guard permutation != Array(columns.indices) else { continue }
                for row in rows { table.rows[row] = permutation.map { table.rows[row][$0] } }
                changed = true
            }
            return changed
        }
    }

    private static func rank(_ column: TableColumn?) -> Int { order.firstIndex { $0 == column } ?? order.count }
}
