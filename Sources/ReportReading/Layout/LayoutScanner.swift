/// What the text layout of a report holds, before any meaning is given to it: prose
/// lines, and tables as they were flattened from Word (each cell a line starting with
/// a TAB, an empty cell a lone TAB, rows separated by a blank line, a wrapped cell
/// continued on short lines without the TAB). A .docx says where each cell stands in
/// its table's grid; text says only the cells' order.
enum LayoutBlock {
    case prose(TextPiece)
    /// Rows of cells, and the lines they span.
    case table([GridRow], ClosedRange<Int>)
}

struct LayoutScanner {
    let source: SourceDocument

    /// A continued cell is short ("指标", "常年项目）"); a longer line is prose.
    static let continuationLimit = 12

    func scan() -> [LayoutBlock] {
        var blocks: [LayoutBlock] = []
        var line = 1
        while line <= source.lineCount {
            let text = source.text(line)
            // A lone TAB is an empty cell, not a blank line.
            if text.first != "\t", text.allSatisfy(\.isWhitespace) {
                line += 1
                continue
            }
            if text.first == "\t" {
                let (rows, end) = tableRows(from: line)
                if isTable(rows) {
                    blocks.append(.table(rows.map(gridRow), line...end))
                } else {
                    // TAB-indented prose: each "cell" is a paragraph.
                    for row in rows { for cell in row where !cell.isEmpty { blocks.append(.prose(cell)) } }
                }
                line = end + 1
                continue
            }
            blocks.append(.prose(TextPiece([LineFragment(line: line, start: 0, end: text.count)], in: source)))
            line += 1
        }
        return blocks
    }

    /// A row of pieces in the grid: a .docx cell where its origin says, a text cell by its order.
    private func gridRow(_ pieces: [TextPiece]) -> GridRow {
        let origins = pieces.map { origin(of: $0.firstLine) }
        guard !pieces.isEmpty, origins.allSatisfy({ $0?.cellPosition != nil }) else {
            return GridRow(
                cells: pieces.enumerated().map { GridCell(piece: $1, column: $0, span: 1, continuesAbove: false) }, spansKnown: false)
        }
        let cells = zip(pieces, origins).map { piece, origin in
            GridCell(
                piece: piece, column: (origin?.cellPosition?.column ?? 1) - 1, span: max(origin?.span ?? 1, 1),
                continuesAbove: origin?.continuesMerge ?? false)
        }
        return GridRow(cells: cells, spansKnown: true)
    }

    private func origin(of line: Int) -> LineOrigin? {
        line >= 1 && line <= source.origins.count ? source.origins[line - 1] : nil
    }

    /// Rows from `start`, and the last line they take. In a .docx a new table or row
    /// starts where its origin says, blank line or not.
    private func tableRows(from start: Int) -> ([[TextPiece]], Int) {
        var rows: [[TextPiece]] = []
        var cells: [[LineFragment]] = []
        var line = start, lastUsed = start
        var blanks = 0
        var currentRow: (table: Int, row: Int)?
        func closeRow() {
            if !cells.isEmpty { rows.append(cells.map { TextPiece($0, in: source) }) }
            cells = []
        }
        while line <= source.lineCount {
            let text = source.text(line)
            if text.first == "\t", let position = origin(of: line)?.cellPosition {
                if let current = currentRow, current.table != position.table { break }
                if let current = currentRow, current.row != position.row { closeRow() }
                currentRow = (position.table, position.row)
            }
            if text.first != "\t", text.allSatisfy(\.isWhitespace) {
                closeRow()
                blanks += 1
                if blanks > 2 { break }  // two blank lines can stand between rows (附件5 of a seed)
                line += 1
                continue
            }
            if text.first == "\t" {
                if blanks > 0 { blanks = 0 }
                cells.append([LineFragment(line: line, start: 1, end: text.count)])
                lastUsed = line
                line += 1
                continue
            }
            // A line without TAB: a wrapped cell goes on, anything else ends the table.
            guard blanks == 0, !cells.isEmpty, Self.isContinuation(text) else { break }
            cells[cells.count - 1].append(LineFragment(line: line, start: 0, end: text.count))
            lastUsed = line
            line += 1
        }
        closeRow()
        return (rows, lastUsed)
    }

    static func isContinuation(_ text: [Character]) -> Bool {
        let trimmed = String(characters: text).trimmedText
        guard !trimmed.isEmpty, trimmed.count <= continuationLimit else { return false }
        if AnnexMarker.parse(Array(trimmed)) != nil { return false }
        if HeadingMarker.parse(Array(trimmed)) != nil { return false }
        return true
    }

    /// Two rows or more, or one row of several cells: a table. A lone row of one cell
    /// is an indented paragraph.
    private func isTable(_ rows: [[TextPiece]]) -> Bool {
        if rows.count >= 2 { return true }
        guard let row = rows.first else { return false }
        return row.count >= 2 && row.allSatisfy { $0.text.count <= 40 }
    }
}

/// `附件3`, `附件 3`, `附件3：标题` at the start of a line.
struct AnnexMarker {
    let number: Int
    /// Where the rest of the line (a title) starts.
    let titleStart: Int

    static func parse(_ text: [Character]) -> AnnexMarker? {
        var index = 0
        while index < text.count, text[index].isWhitespace { index += 1 }
        guard index + 2 < text.count, text[index] == "附", text[index + 1] == "件" else { return nil }
        var cursor = index + 2
        while cursor < text.count, text[cursor] == " " { cursor += 1 }
        guard let (number, after) = HeadingMarker.arabicNumber(text, cursor) ?? HeadingMarker.chineseNumber(text, cursor) else {
            return nil
        }
        var rest = after
        while rest < text.count, [":", "：", " ", "\u{3000}", "、"].contains(text[rest]) { rest += 1 }
        // "附件1" alone, or with a short title; not a sentence that mentions an annex.
        let remaining = text.count - rest
        guard remaining == 0 || (remaining <= 40 && !text[rest...].contains("。")) else { return nil }
        return AnnexMarker(number: number, titleStart: rest)
    }
}
