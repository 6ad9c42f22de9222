import Diagnostics

/// Reads an Excel workbook (.xlsx) into the text layout: each sheet in order, its name
/// as a line when it says what the sheet is (a Chinese title, not "Sheet1"), its cells
/// as tables (`SheetLayout`), each cell cited as `Sheet1!D12`.
struct WorkbookReader {
    let package: OfficePackage
    /// Cells with a value in one sheet, at most.
    static let maximumCells = 1_000_000

    func read() throws(Diagnostic) -> (text: String, origins: [LineOrigin?]) {
        let file = package.file
        let workbook = try package.mainPartTree()
        let targets = try package.relationships(of: package.mainPart)
        let strings = try sharedStrings()
        let formats = try cellFormats()
        var layout = TextLayout()
        for sheet in workbook.child("sheets")?.all("sheet") ?? [] {
            guard let name = sheet.attributes["name"], let id = sheet.attributes["id"], let part = targets[id],
                let bytes = try package.part(part)
            else { continue }
            let parsed: SheetXMLParser
            switch SheetXMLParser.parse(bytes, maximumCells: Self.maximumCells) {
            case .success(let parser): parsed = parser
            case .failure(let error): throw .malformedPart(file, part: part, error)
            }
            if parsed.tooManyCells { throw .tableTooLarge(file, cells: Self.maximumCells) }
            if name.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) }) {
                layout.addParagraph([name], outlineLevel: nil)
            }
            SheetLayout(sheet: name, content: parsed.content, text: { cell in
                Self.text(of: cell, strings: strings, formats: formats)
            }).lay(into: &layout)
        }
        return (layout.lines.joined(separator: "\n"), layout.origins)
    }

    /// A cell's text as the sheet shows it.
    static func text(of cell: SheetContent.Cell, strings: [String], formats: [CellFormat]) -> String {
        // "=100%" typed into a cell is taken by Excel for a formula; the person meant the
        // operator of an indicator value, so a formula that is only a number shows as typed.
        if let formula = cell.formula, Self.isConstant(formula) { return "=" + formula }
        switch cell.type {
        case "s": return Int(cell.value).flatMap { strings.indices.contains($0) ? strings[$0] : nil } ?? ""
        case "inlineStr", "str", "e": return cell.value
        case "b": return cell.value == "1" ? "TRUE" : "FALSE"
        default: return (formats.indices.contains(cell.style) ? formats[cell.style] : .general).display(cell.value)
        }
    }

    /// `100%`, `95`, `0.5`: a formula with nothing to compute.
    static func isConstant(_ formula: String) -> Bool {
        let body = formula.hasSuffix("%") ? formula.dropLast() : Substring(formula)
        return !body.isEmpty && body.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") } && body.filter { $0 == "." }.count <= 1
    }

    private func sharedStrings() throws(Diagnostic) -> [String] {
        let part = "xl/sharedStrings.xml"
        guard let bytes = try package.part(part) else { return [] }
        switch SharedStringsParser.parse(bytes) {
        case .success(let strings): return strings
        case .failure(let error): throw .malformedPart(package.file, part: part, error)
        }
    }

    /// The number format of each cell style (`cellXfs`), by style index.
    private func cellFormats() throws(Diagnostic) -> [CellFormat] {
        guard let styles = try package.tree("xl/styles.xml") else { return [] }
        var codes: [Int: String] = [:]
        for format in styles.child("numFmts")?.all("numFmt") ?? [] {
            if let id = format.attributes["numFmtId"].flatMap({ Int($0) }) { codes[id] = format.attributes["formatCode"] }
        }
        return (styles.child("cellXfs")?.all("xf") ?? []).map { xf in
            let id = xf.attributes["numFmtId"].flatMap { Int($0) } ?? 0
            return CellFormat(id: id, code: codes[id])
        }
    }
}
