/// A table's header: the column each grid column holds, read from one to three header
/// rows. A column's name is the path of its header cells ("年度指标值" over "全年实际值").
public struct TableHeader: Sendable {
    public let kind: TableKind
    /// The header rows, by index in the table.
    public let rows: ClosedRange<Int>
    /// One per grid column, in order.
    public let columns: [HeaderColumn]

    public struct HeaderColumn: Sendable {
        public let gridColumn: Int
        /// What the reader takes it for; nil when no word of the vocabulary names it.
        public let column: TableColumn?
        /// The header cells above it, outermost first.
        let cells: [GridCell]
        /// The money unit its header states ("决算数（元）"), if any.
        public let moneyUnit: String?

        public var path: [String] { cells.map(\.text).filter { !$0.isEmpty } }
    }

    var width: Int { columns.count }

    /// The columns one per header cell, in order: what a row read cell by cell lines up
    /// with (a header cell spanning two grid columns is one column here).
    var sequence: [TableColumn?] {
        var result: [TableColumn?] = []
        var previous: GridCell?
        for column in columns {
            let cell = column.cells.last
            if let cell, let previous, cell.piece.firstLine == previous.piece.firstLine, cell.column == previous.column { continue }
            result.append(column.column)
            previous = cell
        }
        return result
    }

    /// The grid column holding a column, if the header has it.
    func gridColumn(of column: TableColumn) -> Int? { columns.first { $0.column == column }?.gridColumn }

    /// Header columns that name nothing the reader knows (an empty header cell is no gap).
    var unmapped: [HeaderColumn] { columns.filter { $0.column == nil && !$0.path.isEmpty } }

    /// The texts of its header rows, to recognise the header repeated after a page break.
    let signature: [[String]]
}

/// Finds header rows and reads the columns they name, with the reading vocabulary.
struct HeaderFinder {
    let vocabulary: ReadingVocabulary

    /// The column a header cell names in a table of this kind: by its text without
    /// bracketed notes, else by its whole text.
    func column(of text: String, in kind: TableKind) -> TableColumn? {
        column(of: HeaderText(text), in: kind)
    }

    /// A header cell's text, without its notes and compacted, worked out once for all kinds.
    private struct HeaderText {
        let plain: String
        let compact: String

        init(_ text: String) {
            plain = VocabularyText.splitNotes(text).text
            compact = VocabularyText.compact(text)
        }
    }

    private func column(of text: HeaderText, in kind: TableKind) -> TableColumn? {
        guard let matcher = vocabulary.matchers.columns[kind] else { return nil }
        return matcher.match(text.plain)?.key ?? matcher.match(text.compact)?.key
    }

    /// The kind of table whose header this row is, with the column each cell names: the
    /// kind whose `needs` the row meets with the most distinct columns.
    func headerKind(of row: GridRow) -> (kind: TableKind, columns: [TableColumn?])? {
        headerKind(of: row.cells.map(\.text))
    }

    /// The same, for a row's cell texts.
    func headerKind(of cells: [String]) -> (kind: TableKind, columns: [TableColumn?])? {
        let filled = cells.filter { !$0.isEmpty }
        guard filled.count >= 2, filled.filter({ vocabulary.values.isNumeric($0) }).count <= 1 else { return nil }
        let texts = cells.map { $0.isEmpty ? nil : HeaderText($0) }
        var best: (kind: TableKind, columns: [TableColumn?], score: (Int, Int))?
        for table in vocabulary.tables {
            let columns = texts.map { $0.flatMap { column(of: $0, in: table.kind) } }
            let present = Set(columns.compactMap { $0 }).subtracting([.ignored, .label])
            guard table.needs.contains(where: { $0.allSatisfy(present.contains) }) else { continue }
            let score = (present.count, columns.compactMap { $0 }.count)
            if best.map({ score > $0.score }) ?? true { best = (table.kind, columns, score) }
        }
        return best.map { ($0.kind, $0.columns) }
    }

    /// A row under a header that continues it: no figures, and its filled cells each name
    /// a column of the kind (two at least, or one where the row splits a merged cell).
    func continuesHeader(_ row: GridRow, header: GridRow, kind: TableKind) -> Bool {
        let filled = row.nonEmpty
        guard !filled.isEmpty, !filled.contains(where: { vocabulary.values.isNumeric($0.text) }) else { return false }
        guard filled.allSatisfy({ column(of: $0.text, in: kind) != nil }) else { return false }
        return filled.count >= 2 || row.cells.count > header.cells.count
    }

    /// The header made of `rows` (the first is the header row, the others continue it).
    func header(kind: TableKind, rows: [GridRow], at first: Int) -> TableHeader {
        var paths: [[GridCell]] = []
        for (index, row) in rows.enumerated() {
            paths = index == 0 ? Self.start(row) : Self.merge(row, into: paths)
        }
        let units = Set(vocabulary.units.map(\.name))
        let columns = paths.enumerated().map { gridColumn, cells -> TableHeader.HeaderColumn in
            let texts = cells.map(\.text).filter { !$0.isEmpty }
            // The deepest cell first, then the whole path, then the cells above.
            var column: TableColumn?
            for candidate in [texts.last].compactMap({ $0 }) + [texts.joined()] + texts.dropLast().reversed() where column == nil {
                column = self.column(of: candidate, in: kind)
            }
            let unit = texts.reversed().lazy.flatMap { VocabularyText.splitNotes($0).notes }.first { units.contains($0) }
            return TableHeader.HeaderColumn(gridColumn: gridColumn, column: column, cells: cells, moneyUnit: unit)
        }
        return TableHeader(
            kind: kind, rows: first...(first + rows.count - 1), columns: columns,
            signature: rows.map { $0.cells.map(\.text) })
    }

    /// Paths of a single header row: one grid column per grid column it covers.
    private static func start(_ row: GridRow) -> [[GridCell]] {
        var paths: [[GridCell]] = Array(repeating: [], count: row.width)
        for cell in row.cells { for column in cell.columns where column < paths.count { paths[column] = [cell] } }
        return paths
    }

    /// Adds a header row under the paths so far. In text, where spans are unknown, a row
    /// with more cells splits the merged cells above: its empty cells stand under cells
    /// merged down from above, each run of filled cells under one merged cell.
    private static func merge(_ row: GridRow, into paths: [[GridCell]]) -> [[GridCell]] {
        if row.spansKnown {
            var merged = paths + Array(repeating: [], count: max(0, row.width - paths.count))
            for cell in row.cells where !cell.isEmpty && !cell.continuesAbove {
                for column in cell.columns where column < merged.count { merged[column].append(cell) }
            }
            return merged
        }
        let cells = row.cells
        guard cells.count > paths.count else {
            var merged = paths
            for (index, cell) in cells.enumerated() where index < merged.count && !cell.isEmpty { merged[index].append(cell) }
            return merged
        }
        // Segments of the new row: an empty cell alone, or a run of filled cells.
        var segments: [Range<Int>] = []
        var index = 0
        while index < cells.count {
            if cells[index].isEmpty {
                segments.append(index..<(index + 1))
                index += 1
                continue
            }
            let start = index
            while index < cells.count, !cells[index].isEmpty { index += 1 }
            segments.append(start..<index)
        }
        guard segments.count == paths.count else {
            // The merge cannot be worked out: keep the columns as the cells stand.
            return cells.enumerated().map { index, cell in (index < paths.count ? paths[index] : []) + (cell.isEmpty ? [] : [cell]) }
        }
        var merged: [[GridCell]] = []
        for (segment, above) in zip(segments, paths) {
            for index in segment { merged.append(above + (cells[index].isEmpty ? [] : [cells[index]])) }
        }
        return merged
    }
}
