/// A PDF's pages laid out as the text layout, top to bottom: each paragraph of prose a
/// line (lines that run to the right margin joined with the next), each ruled table a
/// table (`PDFTableGrid`). A table that goes on at the top of the next page within the
/// same outer rules is one table, and a row the page break split is one row again.
enum PDFLayout {
    private enum Block {
        case line(String, page: Int)
        case table(xs: [Double], rows: [[TextLayout.Cell]])
    }

    static func layout(_ document: PDFDocument) -> TextLayout {
        var blocks: [Block] = []
        for (number, page) in document.pages().enumerated() {
            for (index, block) in pageBlocks(page, number: number + 1, in: document).enumerated() {
                if index == 0, case .table(let xs, let rows) = block, case .table(let previousXs, let previousRows)? = blocks.last,
                    let respanned = respan(previousRows, from: previousXs, to: xs)
                {
                    blocks[blocks.count - 1] = .table(xs: xs, rows: joined(respanned, rows))
                } else {
                    blocks.append(block)
                }
            }
        }
        var layout = TextLayout()
        for block in blocks {
            switch block {
            case .line(let text, let page): layout.addParagraph([text], outlineLevel: nil, place: .page(page))
            case .table(_, let rows): layout.addTable(rows)
            }
        }
        return layout
    }

    /// The rows of a table on the grid of the table that goes on from it on the next page,
    /// when every column rule of the one is a column rule of the other (a table whose
    /// first page holds only its title rows has fewer); nil when the tables differ.
    private static func respan(_ rows: [[TextLayout.Cell]], from xs: [Double], to next: [Double]) -> [[TextLayout.Cell]]? {
        let positions = xs.map { x in next.firstIndex { abs($0 - x) <= PDFTableGrid.tolerance * 2 } }
        guard positions.first == 0, positions.last == next.count - 1 else { return nil }
        let indices = positions.compactMap { $0 }
        guard indices.count == xs.count else { return nil }
        return rows.map { row in
            var column = 0
            return row.map { cell in
                var moved = cell
                moved.span = indices[min(column + cell.span, indices.count - 1)] - indices[column]
                column += cell.span
                return moved
            }
        }
    }

    /// The rows of a table and of its continuation. The continuation's first row, when it
    /// has text in at most half as many cells as the row before the break (a long cell's
    /// last words), is that row's overflow: its text goes on in the cells above it; empty
    /// rows at the top of the continuation are what is left of that row.
    private static func joined(_ before: [[TextLayout.Cell]], _ after: [[TextLayout.Cell]]) -> [[TextLayout.Cell]] {
        var rows = before
        var rest = after
        // The empty remainder of a row the break split.
        while let first = rest.first, !first.contains(where: { !$0.continuesMerge && $0.pieces.contains { !$0.isEmpty } }) { rest.removeFirst() }
        if let first = rest.first, var last = rows.last, first.count == last.count {
            let filled = { (row: [TextLayout.Cell]) in row.filter { $0.pieces.contains { !$0.isEmpty } }.count }
            if filled(first) * 2 <= filled(last) {
                for index in last.indices where first[index].pieces.contains(where: { !$0.isEmpty }) {
                    last[index].pieces = [PDFTableGrid.joined(last[index].pieces + first[index].pieces)]
                }
                rows[rows.count - 1] = last
                rest.removeFirst()
            }
        }
        return rows + rest
    }

    /// A page's lines of prose and its tables, down the page.
    private static func pageBlocks(_ page: [String: PDFObject], number: Int, in document: PDFDocument) -> [Block] {
        let content = PDFTextExtractor.extract(page, in: document)
        let tables = PDFTableGrid.tables(content.segments)
        var inTable: [Int: [PDFTextExtractor.Run]] = [:]
        var prose: [PDFTextExtractor.Run] = []
        for run in content.runs {
            let point = ((run.x + run.endX) / 2, run.y + run.size * 0.3)
            if let index = tables.firstIndex(where: { $0.contains(x: point.0, y: point.1) }) {
                inTable[index, default: []].append(run)
            } else {
                prose.append(run)
            }
        }
        var blocks: [(top: Double, block: Block)] = tables.indices.map { (tables[$0].ys[0], .table(xs: tables[$0].xs, rows: tables[$0].rows(inTable[$0] ?? []))) }
        let lines = PDFTextLines.grouped(prose)
        // A line that runs to the right margin wrapped: the next line goes on with it.
        let rightMargin = lines.map { $0.map(\.endX).max() ?? 0 }.max() ?? 0
        var previousWrapped = false
        for line in lines {
            let text = PDFTextLines.text(line)
            guard !text.isEmpty, !isPageNumber(text) else { continue }
            let end = line.map(\.endX).max() ?? 0, size = line.map(\.size).max() ?? 10
            if previousWrapped, case .line(let before, _)? = blocks.last?.block {
                blocks[blocks.count - 1].block = .line(before + text, page: number)
            } else {
                blocks.append((line[0].y, .line(text, page: number)))
            }
            previousWrapped = end >= rightMargin - size * 1.5 && !["。", "：", ":", "；"].contains(text.last.map(String.init) ?? "")
        }
        return blocks.sorted { $0.top > $1.top }.map(\.block)
    }

    /// A page number standing alone: "3", "- 3 -", "第 3 页", "3 / 12", "第3页 共12页".
    static func isPageNumber(_ line: String) -> Bool {
        let kept = line.filter { !$0.isWhitespace && !"-—–·第页共/".contains($0) }
        return !kept.isEmpty && kept.count <= 8 && kept.allSatisfy { $0.isASCII && $0.isNumber } && line.count <= 16
    }
}
