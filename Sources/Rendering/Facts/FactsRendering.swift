import ReportReading
import RuleEngine

/// `audit facts`: the outline of a report and every fact with its citation.
public enum FactsRendering {
    /// The documented JSON: {"documents":[{"file", "encoding", "lines", "units", "facts"}]}.
    public static func json(_ reports: [ReadReport]) -> JSONValue {
        .object([("documents", .array(reports.map(document)))])
    }

    static func document(_ read: ReadReport) -> JSONValue {
        let report = read.report
        return .object([
            ("file", .string(report.file)),
            ("encoding", .string(report.source.encoding.rawValue)),
            ("lines", .number(report.source.lineCount)),
            ("title", .string(report.title)),
            ("units", .array(report.units.map(unit))),
            ("facts", .array(read.facts.map(fact))),
        ])
    }

    static func unit(_ unit: ReportUnit) -> JSONValue {
        .object([
            ("id", .string(unit.id)),
            ("kind", .string(unit.kind.rawValue)),
            ("annex", unit.annex.map { .number($0) } ?? .null),
            ("title", .string(unit.title)),
            ("line", .number(unit.lines.lowerBound)),
            ("endLine", .number(unit.lines.upperBound)),
            ("sections", .array(unit.sections.map(section))),
            (
                "tables",
                .array(unit.tables.map { table in
                    .object([
                        ("kind", .string(table.kind.rawValue)), ("line", .number(table.lines.lowerBound)),
                        ("endLine", .number(table.lines.upperBound)), ("rows", .number(table.rowTexts.count)),
                    ])
                })
            ),
        ])
    }

    static func section(_ section: Section) -> JSONValue {
        .object([
            ("heading", .string(section.heading.title)),
            ("number", section.heading.marker.map { .number($0.number) } ?? .null),
            ("level", .number(section.level)),
            ("kinds", .array(section.kinds.map { .string($0.rawValue) })),
            ("line", .number(section.lines.lowerBound)),
            ("endLine", .number(section.lines.upperBound)),
            ("sections", .array(section.children.map(self.section))),
        ])
    }

    static func fact(_ fact: ExtractedFact) -> JSONValue {
        .object([
            ("id", .string(fact.id)),
            ("kind", .string(fact.kind)),
            ("unit", .string(fact.unit)),
            (
                "slots",
                .object(fact.slots.map { slot in (slot.name, JSONValue(slot.value)) })
            ),
            ("citation", citation(fact.citation)),
            // Single cells, in slot order: "weight" cites the 权重 cell of the row.
            (
                "slotCitations",
                .object(fact.slots.compactMap { slot in fact.slotCitations[slot.name].map { (slot.name, citation($0)) } })
            ),
        ])
    }

    /// A .docx citation adds "place": the paragraph or table cell ("¶9", "表3 第4行 第8列").
    static func citation(_ citation: Citation) -> JSONValue {
        .object(
            [
                ("file", .string(citation.file)), ("line", .number(citation.line)), ("endLine", .number(citation.endLine)),
                ("column", .number(citation.column)), ("endColumn", .number(citation.endColumn)), ("quote", .string(citation.quote)),
            ] + (citation.place.map { [("place", JSONValue.string($0))] } ?? [])
                + (citation.cells.isEmpty
                    ? []
                    : [("cells", .array(citation.cells.map { .object([("header", .string($0.header)), ("text", .string($0.text))]) }))]))
    }

    /// A person's view: the outline, then the facts, each with its place and quote.
    public static func text(_ read: ReadReport) -> String {
        var out = outline(read.report)
        out += "\n事实（\(read.facts.count)）\n"
        for fact in read.facts {
            let slots = fact.slots.filter { !$0.value.isAbsent }.map { slot -> String in
                if let link = slot.value.linkedFact { return "\(slot.name)=\(link)" }
                return "\(slot.name)=\(shortened(slot.value.literal.replacingNewlines))"
            }.joined(separator: " ")
            let quote = fact.citation.quote.replacingNewlines
            out += "\(fact.id) \(fact.kind) 〔\(fact.unit)〕 \(slots)\n    \(fact.citation.location) “\(quote)”\n"
        }
        return out
    }

    /// The report's units, their section trees (line, number, heading, classes) and tables.
    public static func outline(_ report: Report) -> String {
        var out = "\(report.file)（\(report.source.encoding.rawValue)，\(report.source.lineCount) 行）\n"
        if !report.title.isEmpty { out += "标题：\(report.title)\n" }
        for unit in report.units {
            out += "\n\(unit.id)〔\(unit.kind.rawValue)〕 \(unit.lines.lowerBound)–\(unit.lines.upperBound)行"
            out += unit.title.isEmpty ? "\n" : "  \(unit.title)\n"
            for section in unit.sections.flatMap(\.all) {
                let indent = String(repeating: "  ", count: section.level)
                let kinds = section.kinds.isEmpty ? "" : "  [\(section.kinds.map(\.rawValue).joined(separator: "、"))]"
                let marker = section.heading.marker.map { "#\($0.number) " } ?? ""
                out += "\(indent)\(section.lines.lowerBound): \(marker)\(section.heading.title)\(kinds)\n"
            }
            for table in unit.tables {
                out += "  表 \(table.lines.lowerBound)–\(table.lines.upperBound)行：\(table.kind.rawValue)，\(table.rowTexts.count) 行\n"
            }
        }
        return out
    }
}

/// Long texts (a section's content) cut for the text view; the JSON keeps them whole.
private func shortened(_ text: String, limit: Int = 60) -> String {
    text.count <= limit ? text : String(text.prefix(limit)) + "…"
}

extension String {
    /// Line breaks shown as ⏎ and TABs as →, so that a quote stays on one line exactly.
    var replacingNewlines: String {
        String(map { $0 == "\n" ? "⏎" : ($0 == "\t" ? "→" : $0) })
    }

    /// A quote as a reader wants it on one line: a table row's cells (TAB-led lines)
    /// separated by " │ ", a wrapped cell joined again.
    var displayQuote: String {
        split(separator: "\n\t", omittingEmptySubsequences: false)
            .map { String($0.replacing("\n", with: "").replacing("\t", with: " ").drop(while: \.isWhitespace)) }
            .joined(separator: " │ ")
    }
}
