@testable import ReportReading

/// A budget-execution block above the indicator rows, as the central form has it
/// (项目资金 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分), fully spent.
struct BudgetBlockAbove: LayoutTransformation {
    let name = "put a budget-execution block above the indicators"

    static let header = ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    static let total = ["年度资金总额", "100", "100", "100", "10", "100%", "10"]

    func apply(to report: ReportText) -> RewrittenReport? {
        report.rewritingTables { table, read in
            var changed = false
            for segment in read.structure.segments.reversed() where !segment.bodies.contains(where: { $0.header.kind == .budget }) {
                guard let body = segment.bodies.first(where: { $0.header.kind == .indicators }) else { continue }
                let row = body.header.rows.lowerBound
                table.insert(Self.total, at: row)
                table.insert(Self.header, at: row)
                changed = true
            }
            return changed
        }
    }
}
