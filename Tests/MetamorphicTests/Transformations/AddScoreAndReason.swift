@testable import ReportReading

/// Two more columns at the end of an indicator table, as many forms have them: 得分 and
/// 偏差原因分析及改进措施, left empty as a department that fills only the rest.
struct AddScoreAndReason: LayoutTransformation {
    let name = "add 得分 and 偏差原因分析及改进措施 columns"

    func apply(to report: ReportText) -> RewrittenReport? {
        report.rewritingTables { table, read in
            var changed = false
            for body in read.structure.singleRowIndicatorBodies {
                let columns = body.header.cellColumns
                guard !columns.contains(.score), !columns.contains(.reason) else { continue }
                for row in body.headerRows(in: table) { table.rows[row] += [["得分"], ["偏差原因分析及改进措施"]] }
                for row in body.rows { table.rows[row] += [[""], [""]] }
                changed = true
            }
            return changed
        }
    }
}
