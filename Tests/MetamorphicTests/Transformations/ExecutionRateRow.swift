@testable import ReportReading

/// The 100-point scheme: the execution rate as an indicator row worth 10 points, added
/// to every indicator table of a report whose tables all weigh 90 (met: 95% against
/// ≥90%). A report with any other table is left alone: moving only some of its tables
/// to the other scheme would change what mixes with what.
///
/// Under 100 %, the two schemes earn the 10 points of execution differently: rate × 10
/// beside a 90-point table, the full 10 for a row that meets its ≥90% target. The score
/// attainable can only grow by the move, so a self-score over it may cease to be (never
/// begin to be) one.
struct ExecutionRateRow: LayoutTransformation {
    let name = "move the execution rate into the indicator rows"

    let addedFacts: Set<String> = ["indicator 预算执行率"]
    let mayRemove: Set<String> = ["score-exceeds-attainable"]

    func apply(to report: ReportText) -> RewrittenReport? {
        var weights: [String: Number] = [:]
        for fact in report.read.facts where fact.kind == "indicator" {
            guard let table = fact["table"]?.linkedFact else { continue }
            weights[table, default: .zero] = weights[table, default: .zero].adding(fact["weight"]?.number ?? .zero) ?? .zero
        }
        guard !weights.isEmpty, weights.values.allSatisfy({ $0 == Number(90) }) else { return nil }
        // The row states the rate the report states elsewhere (a table must not contradict
        // its own prose), or 95 % when it states none; a rate under the row's 90 % target
        // would add a shortfall.
        let executions = report.read.facts.filter { $0.kind == "execution" }
        let rates = Set(executions.compactMap { $0["stated-rate"]?.number })
        let unitRate = executions.first { $0["scope"]?.text == nil }?["stated-rate"]?.number
        // Several rates and none for the whole unit: which one the row would state is unclear.
        guard unitRate != nil || rates.count <= 1 else { return nil }
        let stated = unitRate ?? rates.first
        if let stated, stated < Number(90) { return nil }
        let actual = stated.map { "\($0)" } ?? "95"
        let values = report.vocabulary.values
        return report.rewritingTables { table, read in
            var changed = false
            for body in read.structure.singleRowIndicatorBodies.reversed() {
                let columns = body.header.cellColumns
                guard let weight = columns.firstIndex(of: .weight), let name = columns.firstIndex(of: .name),
                    body.rows.allSatisfy({ table.rows[$0].count == columns.count }),
                    !body.rows.contains(where: { table.text($0, name).contains("执行率") })
                else { continue }
                let total = body.rows.compactMap { values.cell(table.text($0, weight)).number }.reduce(Number.zero) { $0.adding($1) ?? $0 }
                guard total == Number(90), let first = body.rows.first, let last = body.rows.last else { continue }
                let hasMeasure = columns.contains(.measure), hasNature = columns.contains(.nature)
                let row = columns.enumerated().map { index, column -> String in
                    switch column {
                    case .level1?, .level2?: table.text(first, index)
                    case .name?: "预算执行率"
                    case .nature?: "≥"
                    case .target?: (hasNature ? "" : "≥") + "90" + (hasMeasure ? "" : "%")
                    case .measure?: "%"
                    case .weight?: "10"
                    case .actual?: actual + (hasMeasure ? "" : "%")
                    default: ""
                    }
                }
                table.insert(row, at: last + 1)
                changed = true
            }
            return changed
        }
    }
}

import ExactDecimal
