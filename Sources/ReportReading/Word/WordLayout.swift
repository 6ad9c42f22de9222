/// Lays a Word body out as the text layout of the samples (DOMAIN §1), so that one
/// reader serves both: a paragraph is a line (a line break inside it starts another),
/// a table cell is a line led by a TAB, a cell that continues a vertical merge is a
/// lone TAB, and a blank line ends each row. Every line remembers where in the
/// document it came from.
struct WordLayout {
    private(set) var lines: [String] = []
    private(set) var origins: [LineOrigin?] = []
    private var numbering: WordNumbering

    init(_ blocks: [WordBlock], numbering: WordNumbering, styles: WordStyles) {
        self.numbering = numbering
        var paragraphNumber = 0
        var tableNumber = 0
        for block in blocks {
            switch block {
            case .paragraph(let paragraph):
                paragraphNumber += 1
                let label = self.numbering.label(for: paragraph)
                let outline = paragraph.outlineLevel.map { $0 < 9 ? $0 : nil } ?? styles.outlineLevel(of: paragraph.styleID)
                for (index, line) in paragraph.lines.enumerated() {
                    add(Self.oneLine(index == 0 ? label + line : line), LineOrigin(.paragraph(paragraphNumber), outlineLevel: index == 0 ? outline : nil))
                }
            case .table(let table):
                tableNumber += 1
                for (rowIndex, row) in table.rows.enumerated() {
                    var column = 1
                    for cell in row {
                        let text = cell.continuesMerge ? "" : Self.oneLine(Self.cellText(cell))
                        add(
                            "\t" + text,
                            LineOrigin(
                                .cell(table: tableNumber, row: rowIndex + 1, column: column), span: cell.span,
                                continuesMerge: cell.continuesMerge))
                        column += cell.span
                    }
                    add("", nil)
                }
            }
        }
    }

    private mutating func add(_ line: String, _ origin: LineOrigin?) {
        lines.append(line)
        origins.append(origin)
    }

    /// Text as one line of the layout: a TAB or line break typed into the XML text
    /// (Word writes `w:tab` and `w:br` instead) would start a cell or a line of its own.
    static func oneLine(_ text: String) -> String {
        guard text.contains(where: { $0 == "\t" || $0.isNewline }) else { return text }
        return String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }

    /// A cell's paragraphs and line breaks run together as the text layout joins a
    /// wrapped cell; a space keeps two numbers or words apart.
    static func cellText(_ cell: WordCell) -> String {
        var text = ""
        for piece in cell.paragraphs.flatMap(\.lines) {
            let trimmed = piece.trimmedText
            guard !trimmed.isEmpty else { continue }
            if let last = text.last, let first = trimmed.first, last.isASCII, first.isASCII, last.isLetter || last.isNumber,
                first.isLetter || first.isNumber
            {
                text += " "
            }
            text += trimmed
        }
        return text
    }
}
