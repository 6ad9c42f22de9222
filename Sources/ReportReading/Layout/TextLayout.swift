/// The text layout of the samples (DOMAIN §1) built from a document's blocks, whatever
/// the format they were read from (.docx, HTML): a paragraph is a line (a line break
/// inside it starts another), a table cell is a line led by a TAB, a cell that continues
/// a vertical merge is a lone TAB, and a blank line ends each row. Every line remembers
/// where in the document it came from.
struct TextLayout {
    private(set) var lines: [String] = []
    private(set) var origins: [LineOrigin?] = []
    private var paragraphs = 0
    private var tables = 0

    /// A cell as laid out: its pieces of text (paragraphs, lines), the grid columns it
    /// spans, and whether it continues a vertical merge from the row above.
    struct Cell {
        var pieces: [String]
        var span = 1
        var continuesMerge = false
    }

    /// A body paragraph: its lines, the first led by its number label, if any; `place`
    /// names it when the document counts otherwise (a PDF's page).
    mutating func addParagraph(_ paragraphLines: [String], outlineLevel: Int?, place: DocumentPlace? = nil) {
        paragraphs += 1
        for (index, line) in paragraphLines.enumerated() {
            add(Self.oneLine(line), LineOrigin(place ?? .paragraph(paragraphs), outlineLevel: index == 0 ? outlineLevel : nil))
        }
    }

    /// A table's rows; `place` names a cell by its row in the table (from 1) and its
    /// index in the row (from 0) when the document numbers cells otherwise (a sheet's `D12`).
    mutating func addTable(_ rows: [[Cell]], place: ((_ row: Int, _ index: Int) -> DocumentPlace)? = nil) {
        tables += 1
        for (rowIndex, row) in rows.enumerated() {
            var column = 1
            for (index, cell) in row.enumerated() {
                let text = cell.continuesMerge ? "" : Self.oneLine(Self.cellText(cell.pieces))
                add(
                    "\t" + text,
                    LineOrigin(
                        place?(rowIndex + 1, index) ?? .cell(table: tables, row: rowIndex + 1, column: column), span: cell.span,
                        continuesMerge: cell.continuesMerge))
                column += cell.span
            }
            add("", nil)
        }
    }

    private mutating func add(_ line: String, _ origin: LineOrigin?) {
        lines.append(line)
        origins.append(origin)
    }

    /// Text as one line of the layout: a TAB or line break inside the text would start a
    /// cell or a line of its own.
    static func oneLine(_ text: String) -> String {
        guard text.contains(where: { $0 == "\t" || $0.isNewline }) else { return text }
        return String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }

    /// A cell's paragraphs and line breaks run together as the text layout joins a
    /// wrapped cell; a space keeps two numbers or words apart.
    static func cellText(_ pieces: [String]) -> String {
        var text = ""
        for piece in pieces {
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
