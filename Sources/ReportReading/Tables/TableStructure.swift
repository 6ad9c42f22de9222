/// What a table holds, part by part. A layout table may be several forms run together
/// (no blank line between them), so it is read as segments: each has rows of
/// information (a title, 单位：万元, 项目名称 | …) and bodies, a header with its data rows
/// (a budget-execution block, then the indicators, say). A header repeated after a
/// page break continues its body.
public struct TableStructure: Sendable {
    public struct Segment: Sendable {
        /// Rows that are not data of a body: titles, unit lines, key–value rows.
        public internal(set) var infoRows: [Int] = []
        public internal(set) var bodies: [Body] = []
    }

    public struct Body: Sendable {
        public let header: TableHeader
        /// The data rows, by index in the table.
        public internal(set) var rows: [Int] = []
    }

    public let segments: [Segment]

    /// A row that looks like the header of a kind the table has no body of: the reader
    /// saw the part and could not read it.
    public struct Suspect: Sendable {
        public let kind: TableKind
        public let row: Int
        /// The columns it did recognise.
        public let columns: [TableColumn]
    }

    public internal(set) var suspects: [Suspect] = []

    /// The table's kind: indicators if it has any, else its first body's.
    public var kind: TableKind {
        let kinds = segments.flatMap { $0.bodies.map(\.header.kind) }
        return kinds.contains(.indicators) ? .indicators : kinds.first ?? .other
    }
}

/// Reads a table's structure with the reading vocabulary.
struct TableStructureReader {
    let vocabulary: ReadingVocabulary

    /// Header rows at most (a header row and two that continue it).
    static let headerDepth = 3

    func read(_ rows: [GridRow]) -> TableStructure {
        let finder = HeaderFinder(vocabulary: vocabulary)
        var segments = [TableStructure.Segment()]
        var index = 0
        while index < rows.count {
            let row = rows[index]
            var segment = segments[segments.count - 1]
            let body = segment.bodies.last
            if let body, let repeated = repeatedHeader(body.header, in: rows, at: index) {
                index += repeated  // the header again, after a page break
                continue
            }
            if let (kind, _) = finder.headerKind(of: row) {
                var headerRows = [row]
                while headerRows.count < Self.headerDepth, index + headerRows.count < rows.count,
                    finder.continuesHeader(rows[index + headerRows.count], header: row, kind: kind)
                {
                    headerRows.append(rows[index + headerRows.count])
                }
                // A second header of a kind this segment has already read starts another form.
                if segment.bodies.contains(where: { $0.header.kind == kind }) {
                    segments.append(TableStructure.Segment())
                    segment = TableStructure.Segment()
                }
                segment.bodies.append(TableStructure.Body(header: finder.header(kind: kind, rows: headerRows, at: index)))
                segments[segments.count - 1] = segment
                index += headerRows.count
                continue
            }
            if body != nil, startsNewForm(row) {
                segments.append(TableStructure.Segment(infoRows: [index]))
            } else if body != nil {
                segment.bodies[segment.bodies.count - 1].rows.append(index)
                segments[segments.count - 1] = segment
            } else {
                segment.infoRows.append(index)
                segments[segments.count - 1] = segment
            }
            index += 1
        }
        var structure = TableStructure(segments: segments.filter { !$0.infoRows.isEmpty || !$0.bodies.isEmpty })
        structure.suspects = suspects(rows, read: structure, finder: finder)
        return structure
    }

    /// Kinds a reviewer needs (indicators, budget) whose header the table seems to have
    /// but the vocabulary could not make out: two of their columns in one row, or a
    /// title naming a self-evaluation form, and no body of that kind.
    private func suspects(_ rows: [GridRow], read structure: TableStructure, finder: HeaderFinder) -> [TableStructure.Suspect] {
        let bodies = structure.segments.flatMap(\.bodies)
        let read = Set(bodies.map(\.header.kind))
        // A row that is the header of what was read is no unread header.
        let headerRows = Set(bodies.flatMap { Array($0.header.rows) })
        var result: [TableStructure.Suspect] = []
        for kind in [TableKind.indicators, .budget] where !read.contains(kind) {
            let meaningful = Set(kind.columns).subtracting([.label, .ignored, .reason, .score, .points, .measure, .nature])
            var title: Int?
            var found = false
            for (index, row) in rows.enumerated() where !headerRows.contains(index) {
                let filled = row.nonEmpty
                guard filled.filter({ vocabulary.values.isNumeric($0.text) }).count <= 1 else { continue }
                if kind == .indicators, title == nil, filled.count == 1, filled[0].text.contains("自评表") { title = index }
                let columns = Set(filled.compactMap { finder.column(of: $0.text, in: kind) }).intersection(meaningful)
                if columns.count >= 2 {
                    result.append(TableStructure.Suspect(kind: kind, row: index, columns: columns.sorted { $0.rawValue < $1.rawValue }))
                    found = true
                    break
                }
            }
            // A form's title alone says what it is when no row looks like its header.
            if !found, let title { result.append(TableStructure.Suspect(kind: kind, row: title, columns: [])) }
        }
        return result
    }

    /// How many rows at `index` repeat the header (all its rows, in order), if they do.
    private func repeatedHeader(_ header: TableHeader, in rows: [GridRow], at index: Int) -> Int? {
        let count = header.signature.count
        guard index + count <= rows.count else { return nil }
        return (0..<count).allSatisfy({ rows[index + $0].cells.map(\.text) == header.signature[$0] }) ? count : nil
    }

    /// A title (…自评表, （2024年度）) or a key–value row (项目名称 | …) after data rows
    /// begins the next form; a row the vocabulary names (合计, 其中：财政拨款) does not.
    private func startsNewForm(_ row: GridRow) -> Bool {
        let filled = row.nonEmpty
        guard let first = filled.first else { return false }
        let label = VocabularyText.compact(first.text)
        if vocabulary.matchers.rows.match(label) != nil { return false }
        if filled.count == 1 { return TableInfoReader.isTitle(label) }
        return vocabulary.matchers.fields.match(VocabularyText.splitNotes(first.text).text) != nil
            && !filled.dropFirst().contains { vocabulary.values.isNumeric($0.text) }
    }
}
