/// Lays an HTML page out as the text layout (`TextLayout`): block elements are
/// paragraphs (`<h1>`…`<h6>` headings with their outline level), `<br>` starts a line,
/// whitespace collapses as a browser shows it, and a table of data becomes rows of
/// cells with their spans, a cell covered by a `rowspan` from above kept as a merged
/// cell. A table used for page layout (one that holds another table) is read as the
/// flow of its cells. Navigation, scripts, styles, forms' controls, deleted text and
/// what is hidden or taken out of the flow (a text box, a watermark) are left out, as
/// the .docx reader leaves out text boxes and deletions.
struct HTMLLayout {
    private(set) var layout = TextLayout()
    private var flow = HTMLFlow()
    /// Cells laid out so far, against `maximumCells`.
    private var cells = 0

    /// Elements whose content is not part of the report.
    static let ignored: Set<String> = [
        "head", "script", "style", "title", "noscript", "template", "nav", "footer", "aside", "select", "option", "button",
        "iframe", "object", "svg", "math", "textarea", "map",
    ]
    static let blocks: Set<String> = HTMLElement.closesParagraph.union(["tr", "td", "th", "caption", "tbody", "thead", "tfoot", "br"])
    /// More cells than a report's tables could have: a page that spans more is refused.
    static let maximumCells = 1_000_000

    struct TooManyCells: Error {}

    init(_ root: HTMLElement) throws(TooManyCells) {
        try walk(root)
        flush()
    }

    private mutating func walk(_ element: HTMLElement) throws(TooManyCells) {
        for child in element.children {
            switch child {
            case .text(let text): flow.append(text)
            case .element(let child): try visit(child)
            }
        }
    }

    private mutating func visit(_ element: HTMLElement) throws(TooManyCells) {
        let name = element.name
        if Self.ignored.contains(name) || element.isOutOfFlow { return }
        if name == "br" { return flow.breakLine() }
        if name == "table", !element.contains("table") { return try table(element) }
        guard Self.blocks.contains(name) else { return try walk(element) }
        flush()
        if let level = Self.headingLevel(name) { flow.outlineLevel = level }
        try walk(element)
        flush()
    }

    private mutating func flush() {
        if let (lines, outline) = flow.take() { layout.addParagraph(lines, outlineLevel: outline) }
    }

    /// `h1` … `h6` → 0 … 5, as Word's outline levels count.
    static func headingLevel(_ name: String) -> Int? {
        guard name.count == 2, name.hasPrefix("h"), let digit = name.last?.wholeNumberValue, (1...6).contains(digit) else { return nil }
        return digit - 1
    }

    // MARK: Tables

    private mutating func table(_ table: HTMLElement) throws(TooManyCells) {
        flush()
        var rows: [[HTMLElement]] = []
        func collect(_ element: HTMLElement) {
            for case .element(let child) in element.children {
                switch child.name {
                case "tr": rows.append(child.children.compactMap { if case .element(let c) = $0, c.name == "td" || c.name == "th" { c } else { nil } })
                case "thead", "tbody", "tfoot": collect(child)
                case "caption":
                    var caption = HTMLLayout.cellFlow(child)
                    if let (lines, _) = caption.take() { layout.addParagraph(lines, outlineLevel: nil) }
                default: break
                }
            }
        }
        collect(table)
        // An empty <tr> still counts for the rowspans above it (LibreOffice writes one
        // under a row merged with the next); a row with nothing in it at all is dropped.
        let grid = try Self.grid(rows, cells: &cells).filter { !$0.isEmpty }
        guard !grid.isEmpty else { return }
        layout.addTable(grid)
    }

    /// Rows of cells with their spans; a cell that a `rowspan` above covers is a merged
    /// cell in each row it covers, as Word writes it.
    static func grid(_ rows: [[HTMLElement]], cells: inout Int) throws(TooManyCells) -> [[TextLayout.Cell]] {
        var covered: [Int: (rows: Int, span: Int)] = [:]  // by grid column: rows still covered, span
        var grid: [[TextLayout.Cell]] = []
        for (rowIndex, row) in rows.enumerated() {
            var out: [TextLayout.Cell] = []
            var column = 0
            var pending = row[...]
            func coverFrom(_ column: inout Int) {
                while let cover = covered[column], cover.rows > 0 {
                    out.append(TextLayout.Cell(pieces: [], span: cover.span, continuesMerge: true))
                    covered[column] = cover.rows > 1 ? (cover.rows - 1, cover.span) : nil
                    column += cover.span
                }
            }
            while true {
                coverFrom(&column)
                guard let element = pending.popFirst() else { break }
                let span = min(max(element.integer("colspan") ?? 1, 1), 1000)
                let rowsLeft = rows.count - rowIndex
                let rowSpan = element.integer("rowspan").map { $0 == 0 ? rowsLeft : min(max($0, 1), rowsLeft) } ?? 1
                var flow = cellFlow(element)
                out.append(TextLayout.Cell(pieces: flow.take()?.lines ?? [], span: span))
                if rowSpan > 1 { covered[column] = (rowSpan - 1, span) }
                column += span
            }
            // Columns further right still covered from above, in order.
            for start in covered.keys.filter({ $0 > column }).sorted() {
                var at = start
                coverFrom(&at)
            }
            cells += out.count
            if cells > maximumCells { throw TooManyCells() }
            grid.append(out)
        }
        return grid
    }

    /// The text of a cell, its paragraphs and line breaks as lines.
    static func cellFlow(_ cell: HTMLElement) -> HTMLFlow {
        var flow = HTMLFlow()
        func walk(_ element: HTMLElement) {
            for child in element.children {
                switch child {
                case .text(let text): flow.append(text)
                case .element(let inner):
                    if ignored.contains(inner.name) || inner.isOutOfFlow { continue }
                    if inner.name == "br" || blocks.contains(inner.name) { flow.breakLine() }
                    walk(inner)
                    if blocks.contains(inner.name) { flow.breakLine() }
                }
            }
        }
        walk(cell)
        return flow
    }
}

extension HTMLElement {
    /// Deleted (`<del>`), hidden, or placed out of the text's flow (`position: absolute`,
    /// as an office suite writes a text box).
    var isOutOfFlow: Bool {
        if name == "del" || attributes["hidden"] != nil { return true }
        guard let style = attributes["style"]?.lowercased().filter({ $0 != " " }) else { return false }
        return style.contains("display:none") || style.contains("visibility:hidden") || style.contains("position:absolute")
            || style.contains("position:fixed")
    }
}
