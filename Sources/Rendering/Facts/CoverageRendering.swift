import ReportReading

/// `audit facts --coverage`: per unit, the tables with the column each header cell was
/// taken for, what could not be read, and the share of figures that ended up in facts.
public enum CoverageRendering {
    public static func text(_ read: ReadReport, _ coverage: ReadingCoverage) -> String {
        var out = "\(read.report.file)（\(read.report.source.encoding.rawValue)，\(read.report.source.lineCount) 行）\n"
        for unit in coverage.units {
            out += "\n\(unit.unit)：数字 \(unit.figures) 个，进入事实 \(unit.figuresInFacts) 个（\(percent(unit.figuresInFacts, of: unit.figures))）\n"
            for table in unit.tables {
                out += "  表 \(table.lines.lowerBound)–\(table.lines.upperBound)行：\(table.kind.rawValue)\n"
                for header in table.headers {
                    let unknown = header.columns.filter { $0.column == nil }.count
                    out += "    表头 第\(header.line)行（\(header.kind.rawValue)）" + (unknown == 0 ? "：全部列已识别\n" : "：\(unknown) 列未识别\n")
                    for column in header.columns { out += "      \(column.header) → \(column.column ?? "未识别")\n" }
                }
                for kind in table.unread { out += "    未能读取：看起来有\(kind.rawValue)，但认不出表头\n" }
            }
        }
        return out
    }

    public static func json(_ pairs: [(ReadReport, ReadingCoverage)]) -> JSONValue {
        .object([
            (
                "documents",
                .array(pairs.map { read, coverage in
                    .object([("file", .string(read.report.file)), ("units", .array(coverage.units.map(unit)))])
                })
            )
        ])
    }

    private static func unit(_ unit: ReadingCoverage.UnitCoverage) -> JSONValue {
        .object([
            ("id", .string(unit.unit)), ("figures", .number(unit.figures)), ("figuresInFacts", .number(unit.figuresInFacts)),
            (
                "tables",
                .array(unit.tables.map { table in
                    .object([
                        ("kind", .string(table.kind.rawValue)), ("line", .number(table.lines.lowerBound)),
                        ("endLine", .number(table.lines.upperBound)),
                        (
                            "headers",
                            .array(table.headers.map { header in
                                .object([
                                    ("kind", .string(header.kind.rawValue)), ("line", .number(header.line)),
                                    (
                                        "columns",
                                        .array(header.columns.map { .object([("header", .string($0.header)), ("column", $0.column.map(JSONValue.string) ?? .null)]) })
                                    ),
                                ])
                            })
                        ),
                        ("unread", .array(table.unread.map { .string($0.rawValue) })),
                    ])
                })
            ),
        ])
    }

    private static func percent(_ part: Int, of whole: Int) -> String {
        whole == 0 ? "—" : "\((part * 100 + whole / 2) / whole)%"
    }
}
