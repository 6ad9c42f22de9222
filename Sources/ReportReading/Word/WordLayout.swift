/// Lays a Word body out as the text layout (`TextLayout`): paragraphs led by their
/// number labels and carrying their outline level (from the paragraph or its style),
/// tables with their merged cells.
struct WordLayout {
    private(set) var lines: [String] = []
    private(set) var origins: [LineOrigin?] = []

    init(_ blocks: [WordBlock], numbering: WordNumbering, styles: WordStyles) {
        var numbering = numbering
        var layout = TextLayout()
        for block in blocks {
            switch block {
            case .paragraph(let paragraph):
                let label = numbering.label(for: paragraph)
                let outline = paragraph.outlineLevel.map { $0 < 9 ? $0 : nil } ?? styles.outlineLevel(of: paragraph.styleID)
                let lines = paragraph.lines.isEmpty ? [label] : [label + paragraph.lines[0]] + paragraph.lines.dropFirst()
                layout.addParagraph(lines, outlineLevel: outline)
            case .table(let table):
                layout.addTable(
                    table.rows.map { row in
                        row.map { TextLayout.Cell(pieces: $0.paragraphs.flatMap(\.lines), span: $0.span, continuesMerge: $0.continuesMerge) }
                    })
            }
        }
        (lines, origins) = (layout.lines, layout.origins)
    }
}
