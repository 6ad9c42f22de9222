@testable import ReportReading

/// The 100-point scheme: the execution rate as an indicator row worth 10 points, added
/// to every indicator table of a report whose tables all weigh 90 (met: 95% against
/// ≥90%). A report with any other table is left alone: moving only some of its tables
/// to the other scheme would change what mixes with what.
struct ExecutionRateRow: LayoutTransformation {
    let name = "move the execution rate into the indicator rows"

    let addedFacts: Set<String> = ["indicator 预算执行率"]

    func apply(to report: ReportText) -> RewrittenReport? {
        var weights: [String: Number] = [:]
        for fact in report.read.facts where fact.kind == "indicator" {
            guard let table = fact["table"]?.linkedFact else { continue }
            weights[table, default: .zero] = weights[table, default: .zero].adding(fact["weight"]?.number ?? .zero) ?? .zero
        }
        guard !weights.isEmpty, weights.values.allSatisfy({ $0 == Number(90) }) else { return nil }
        // Under 100 %, the 10 points of execution are earned differently by the two schemes
        // (rate × 10 beside a 90-point table; a row scored against its own target in it),
        // so a self-score may be attainable in one and not in the other.
        let underspent = report.read.facts.contains { fact in
            guard fact.kind == "execution", let budget = fact["budget"]?.number, let spent = fact["spent"]?.number else { return false }
            return spent < budget
        }
        guard !(underspent && report.read.facts.contains { $0.kind == "self-score" }) else { return nil }
        // The row states the rate the report states elsewhere (a table must not contradict
        // its own prose), or 95 % when it states none; a rate under the row's 90 % target
        // would add a shortfall.
        let stated = report.read.facts.first { $0.kind == "execution" && $0["scope"]?.text == nil }?["stated-rate"]?.number
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
