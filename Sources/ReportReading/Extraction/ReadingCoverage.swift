/// How much of a report the reader understood, unit by unit: each table with the column
/// it took every header cell for, and the share of the report's figures that ended up
/// in a fact. `audit facts --coverage` prints it; a reviewer of a new layout starts here.
public struct ReadingCoverage: Sendable {
    public struct UnitCoverage: Sendable {
        public let unit: String
        public let tables: [TableCoverage]
        /// Figures in the unit's text (calendar years aside), and those a fact rests on.
        public let figures: Int
        public let figuresInFacts: Int
    }

    public struct TableCoverage: Sendable {
        public let lines: ClosedRange<Int>
        public let kind: TableKind
        public let headers: [HeaderCoverage]
        /// Parts the reader saw and could not read (see `ReadingGap`).
        public let unread: [TableKind]
    }

    public struct HeaderCoverage: Sendable {
        public let kind: TableKind
        public let line: Int
        /// Each header column: its header text and the column's Chinese name, nil when unknown.
        public let columns: [(header: String, column: String?)]
    }

    public let units: [UnitCoverage]
}

extension ReportReader {
    /// What the reader understood of a report it read.
    public func coverage(of read: ReadReport) -> ReadingCoverage {
        let source = read.report.source
        let spans = read.facts.filter { !Self.contextKinds.contains($0.kind) }.flatMap { [$0.citation] + $0.slotCitations.values }
        var units: [ReadingCoverage.UnitCoverage] = []
        for unit in read.report.units {
            let tables = unit.tables.map { coverage(of: $0) }
            var figures = 0, covered = 0
            for line in unit.lines where line <= source.lineCount {
                let text = source.text(line)
                for quantity in vocabulary.values.quantities(text) where !quantity.isYear {
                    figures += 1
                    let start = source.point(line: line, index: quantity.start), end = source.point(line: line, index: quantity.end)
                    if spans.contains(where: { Self.contains($0, start, end) }) { covered += 1 }
                }
            }
            units.append(ReadingCoverage.UnitCoverage(unit: unit.id, tables: tables, figures: figures, figuresInFacts: covered))
        }
        return ReadingCoverage(units: units)
    }

    /// Facts that cite a whole unit, section or paragraph: they do not mean its figures were read.
    private static let contextKinds: Set<String> = ["report", "unit", "section", "paragraph", ReadingGap.kind]

    private static func contains(_ citation: Citation, _ start: SourcePoint, _ end: SourcePoint) -> Bool {
        (citation.line, citation.column) <= (start.line, start.column) && (end.line, end.column) <= (citation.endLine, citation.endColumn)
    }

    private func coverage(of table: Table) -> ReadingCoverage.TableCoverage {
        let headers = table.structure.segments.flatMap(\.bodies).map { body in
            let titles = Dictionary(
                (vocabulary.table(body.header.kind)?.columns ?? []).map { ($0.column, $0.entry.title) }, uniquingKeysWith: { a, _ in a })
            var columns: [(header: String, column: String?)] = []
            for column in body.header.columns where !column.path.isEmpty {
                let header = column.path.joined(separator: "/")
                if columns.last?.header == header { continue }  // one header cell over several grid columns
                columns.append((header, column.column.map { titles[$0] ?? $0.rawValue }))
            }
            let line = table.rows[body.header.rows.lowerBound].cells.first.map { $0.piece.firstLine } ?? table.lines.lowerBound
            return ReadingCoverage.HeaderCoverage(kind: body.header.kind, line: line, columns: columns)
        }
        return ReadingCoverage.TableCoverage(lines: table.lines, kind: table.kind, headers: headers, unread: table.structure.suspects.map(\.kind))
    }
}
