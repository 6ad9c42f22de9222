@testable import ReportReading

/// Every header cell renamed with another of its column's words in the reading
/// vocabulary (指标值 → 年度指标值, 实际完成值 → 全年实际值), keeping bracketed notes
/// such as （元）.
struct RenameHeaders: LayoutTransformation {
    let name = "rename every header with a synonym"

    func apply(to report: ReportText) -> RewrittenReport? {
        let finder = HeaderFinder(vocabulary: report.vocabulary)
        return report.rewritingTables { table, read in
            var changed = false
            for body in read.structure.segments.flatMap(\.bodies) {
                let kind = body.header.kind
                guard let words = report.vocabulary.table(kind) else { continue }
                for row in Set(Array(body.header.rows) + body.headerRows(in: table)).sorted() {
                    let renamed = table.rows[row].map { cell -> [String] in
                        let text = cell.joined()
                        guard let column = finder.column(of: text, in: kind), !text.isEmpty else { return cell }
                        let (plain, notes) = VocabularyText.splitNotes(text)
                        let entry = words.columns.first { $0.column == column }?.entry
                        let suffix = notes.map { "（\($0)）" }.joined()
                        let synonym = entry?.words.first { word in
                            word != plain && finder.column(of: word + suffix, in: kind) == column
                        }
                        return synonym.map { [$0 + suffix] } ?? cell
                    }
                    let before = finder.headerKind(of: table.rows[row].map { $0.joined() })
                    let after = finder.headerKind(of: renamed.map { $0.joined() })
                    guard after?.kind == before?.kind, after?.columns == before?.columns else { continue }
                    if renamed.map({ $0.joined() }) != table.rows[row].map({ $0.joined() }) { changed = true }
                    table.rows[row] = renamed
                }
            }
            return changed
        }
    }
}
