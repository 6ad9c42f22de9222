import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A worksheet as SpreadsheetML stores it: its cells with their raw values, types and
/// styles, and its merged ranges.
struct SheetContent {
    struct Cell {
        let row: Int
        let column: Int
        /// `s` shared string, `inlineStr`, `str` formula text, `b` boolean, `e` error, `n` number.
        let type: String
        let style: Int
        /// The `<v>` text, or the inline string.
        let value: String
        /// The formula (`<f>`), when the cell has one.
        var formula: String? = nil
    }

    struct Range: Equatable {
        let top: Int, left: Int, bottom: Int, right: Int
    }

    var cells: [Cell] = []
    var merges: [Range] = []

    /// `D12` → (12, 4); nil when it is not a cell reference.
    static func position(_ reference: Substring) -> (row: Int, column: Int)? {
        var column = 0
        var index = reference.startIndex
        while index < reference.endIndex, let letter = reference[index].asciiValue, (65...90).contains(letter) || (97...122).contains(letter) {
            column = column * 26 + Int((letter & 0xDF) - 64)
            guard column <= 16_384 else { return nil }  // XFD, Excel's last column
            index = reference.index(after: index)
        }
        guard column > 0, let row = Int(reference[index...]), row > 0, row <= 1_048_576 else { return nil }
        return (row, column)
    }

    /// `A1:I3` → the range; a single cell is a range of one.
    static func range(_ reference: String) -> Range? {
        let ends = reference.split(separator: ":")
        guard let first = ends.first.flatMap(position), let last = (ends.count > 1 ? ends.last : ends.first).flatMap(position) else { return nil }
        return Range(top: min(first.row, last.row), left: min(first.column, last.column), bottom: max(first.row, last.row), right: max(first.column, last.column))
    }
}

/// Reads a worksheet part into `SheetContent`, streaming: a sheet of many rows keeps
/// only its cells with a value.
final class SheetXMLParser: NSObject, XMLParserDelegate {
    private(set) var content = SheetContent()
    private var row = 0, column = 0
    private var cellType = "n", cellStyle = 0
    private var text = "", formula: String?
    private var inValue = false, inInlineText = false, inCell = false, inFormula = false
    /// The reader's cap on cells with a value in one sheet.
    let maximumCells: Int
    private(set) var tooManyCells = false

    init(maximumCells: Int) {
        self.maximumCells = maximumCells
    }

    static func parse(_ bytes: [UInt8], maximumCells: Int) -> Result<SheetXMLParser, XMLSyntaxError> {
        let parser = SheetXMLParser(maximumCells: maximumCells)
        let error = parseOfficeXML(bytes, with: parser)
        if let error, !parser.tooManyCells { return .failure(error) }
        return .success(parser)  // the caller refuses a sheet with too many cells
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        switch name {
        case "row":
            row = attributes["r"].flatMap { Int($0) } ?? row + 1
            column = 0
        case "c":
            if let position = attributes["r"].flatMap({ SheetContent.position(Substring($0)) }) {
                (row, column) = (max(position.row, 1), position.column)
            } else {
                column += 1
            }
            cellType = attributes["t"] ?? "n"
            cellStyle = attributes["s"].flatMap { Int($0) } ?? 0
            text = ""
            formula = nil
            inCell = true
        case "v" where inCell: inValue = true
        case "f" where inCell:
            inFormula = true
            formula = ""
        case "t" where inCell: inInlineText = true
        case "mergeCell":
            if let range = attributes["ref"].flatMap(SheetContent.range) { content.merges.append(range) }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inValue || inInlineText { text += string }
        if inFormula { formula? += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "v": inValue = false
        case "f": inFormula = false
        case "t": inInlineText = false
        case "c":
            inCell = false
            guard !text.isEmpty, row > 0, column > 0 else { return }
            guard content.cells.count < maximumCells else {
                tooManyCells = true
                return parser.abortParsing()
            }
            content.cells.append(SheetContent.Cell(row: row, column: column, type: cellType, style: cellStyle, value: text, formula: formula))
        default: break
        }
    }
}

/// The shared strings of a workbook (`xl/sharedStrings.xml`): each `<si>`'s text, its
/// rich-text runs joined, its phonetic guides (`<rPh>`) left out.
final class SharedStringsParser: NSObject, XMLParserDelegate {
    private(set) var strings: [String] = []
    private var current = ""
    private var inText = false, inPhonetic = false

    static func parse(_ bytes: [UInt8]) -> Result<[String], XMLSyntaxError> {
        let parser = SharedStringsParser()
        if let error = parseOfficeXML(bytes, with: parser) { return .failure(error) }
        return .success(parser.strings)
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        switch name {
        case "si": current = ""
        case "rPh": inPhonetic = true
        case "t": inText = !inPhonetic
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "si": strings.append(current)
        case "rPh": inPhonetic = false
        case "t": inText = false
        default: break
        }
    }
}
