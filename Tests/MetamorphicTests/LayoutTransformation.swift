import Foundation
import ReadingTestSupport

@testable import ReportReading

/// A rewrite of a report's layout or wording that a reviewer would not see as a change:
/// the audit must find the same defects, citing the same cells, before and after.
protocol LayoutTransformation: Sendable {
    /// As the pass-rate table names it.
    var name: String { get }
    /// The rewritten report, or nil when the report has nothing to rewrite this way.
    func apply(to report: ReportText) -> RewrittenReport?
    /// Facts the rewrite adds (as `FindingSignature` names them), which findings over a
    /// whole table may now cite besides the rest.
    var addedFacts: Set<String> { get }
    /// Rules whose findings the rewrite may take away (never add), with why in the
    /// transformation's own comment.
    var mayRemove: Set<String> { get }
}

extension LayoutTransformation {
    var addedFacts: Set<String> { [] }
    var mayRemove: Set<String> { [] }
}

enum RewrittenReport {
    case text(String)
    /// A Word document made from the text by Tests/Scripts/make-docx.py.
    case docx(Data)
}

/// A report to rewrite: its text, its layout, and how the reader read it.
struct ReportText {
    let text: String
    let layout: TextLayout
    let read: ReadReport

    var vocabulary: ReadingVocabulary { ShippedVocabulary.value }

    init(text: String) throws {
        self.text = text
        layout = TextLayout(parsing: text)
        read = try ReportReader().read(text: text, file: "report.txt")
    }

    /// Each layout table with the reader's table of the same first line.
    var tables: [(block: Int, table: TextLayout.Table, read: Table)] {
        let readTables = read.report.units.flatMap(\.tables)
        var line = 1
        var result: [(Int, TextLayout.Table, Table)] = []
        for (index, block) in layout.blocks.enumerated() {
            switch block {
            case .line:
                line += 1
            case .table(let table):
                if let match = readTables.first(where: { $0.lines.lowerBound == line }), match.rows.count == table.rows.count {
                    result.append((index, table, match))
                }
                line += table.rows.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } } + table.gaps.reduce(0, +)
            }
        }
        return result
    }
}

extension ReportText {
    /// The report with each table rewritten by `rewrite` (given the reader's table, it
    /// says whether it changed anything), or nil when no table changed.
    func rewritingTables(_ rewrite: (inout TextLayout.Table, Table) -> Bool) -> RewrittenReport? {
        var layout = layout
        var changed = false
        for (block, original, read) in tables {
            var table = original
            if rewrite(&table, read) { changed = true }
            layout.replaceTable(at: block, with: table)
        }
        return changed ? .text(layout.text) : nil
    }
}

extension TableStructure {
    /// The indicator bodies with a header of one row, as most transformations need them.
    var singleRowIndicatorBodies: [Body] {
        segments.flatMap(\.bodies).filter { $0.header.kind == .indicators && $0.header.rows.count == 1 }
    }
}

extension TableStructure.Body {
    /// The header's first row and the rows that repeat it after a page break (the
    /// reader skips them; a rewrite must change them alike).
    func headerRows(in table: TextLayout.Table) -> [Int] {
        let first = header.rows.lowerBound
        let texts = (0..<table.rows[first].count).map { table.text(first, $0) }
        return table.rows.indices.filter { row in
            row == first || !rows.contains(row) && row > first && table.rows[row].count == texts.count
                && (0..<texts.count).allSatisfy { table.text(row, $0) == texts[$0] }
        }
    }
}

extension TableHeader {
    /// The column of each header cell, in order (a text header: one cell per column).
    var cellColumns: [TableColumn?] { sequence }
}
