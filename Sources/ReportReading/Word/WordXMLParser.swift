import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses `word/document.xml` into blocks. Text boxes, deleted text, field
/// instructions and the fallback copies of alternate content are skipped; a table
/// inside a cell is read as further paragraphs of that cell.
final class WordXMLParser: NSObject, XMLParserDelegate {
    static let mainNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// The body's blocks, or where the XML stops being well-formed.
    static func parse(_ bytes: [UInt8]) -> Result<[WordBlock], XMLSyntaxError> {
        let delegate = WordXMLParser()
        if let error = parseOfficeXML(bytes, with: delegate) { return .failure(error) }
        return .success(delegate.blocks)
    }

    private var blocks: [WordBlock] = []
    private var paragraph: WordParagraph?
    private var table = WordTable()
    /// 1 inside a table, 2 inside a table in one of its cells, …
    private var tableDepth = 0
    private var row: [WordCell] = []
    private var cell: WordCell?
    private var inBody = false
    private var inParagraphProperties = false
    private var inCellProperties = false
    private var numberingLevel = 0
    private var numberingID: String?
    /// Depth inside a subtree whose text is not part of the body (text box, fallback).
    private var skipDepth = 0
    private var textBuffer: String?

    /// Elements whose content is left out, with the reason.
    private static let skipped: Set<String> = [
        "txbxContent",  // text boxes float beside the body
        "Fallback",  // mc:AlternateContent repeats its choice
        "delText", "instrText", "footnoteReference", "endnoteReference",
    ]

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        if skipDepth > 0 || Self.skipped.contains(name) {
            skipDepth += 1
            return
        }
        guard namespaceURI == Self.mainNamespace else { return }
        let value = attributes["val"] ?? attributes["w:val"]
        switch name {
        case "body": inBody = true
        case "p" where inBody: paragraph = WordParagraph()
        case "pPr": inParagraphProperties = true
        case "pStyle" where inParagraphProperties: paragraph?.styleID = value
        case "ilvl" where inParagraphProperties: numberingLevel = Int(value ?? "") ?? 0
        case "numId" where inParagraphProperties: numberingID = value
        case "outlineLvl" where inParagraphProperties: paragraph?.outlineLevel = value.flatMap { Int($0) }
        case "t" where paragraph != nil: textBuffer = ""
        case "tab" where paragraph != nil && !inParagraphProperties: append(" ")
        case "noBreakHyphen": append("-")
        case "br", "cr":
            // A page or column break ends nothing in the text; a line break starts a line.
            if attributes["type"] ?? attributes["w:type"] ?? "textWrapping" == "textWrapping" { paragraph?.lines.append("") }
        case "tbl" where inBody:
            tableDepth += 1
            if tableDepth == 1 { table = WordTable() }
        case "tr" where tableDepth == 1: row = []
        case "tc" where tableDepth == 1: cell = WordCell()
        case "tcPr" where tableDepth == 1: inCellProperties = true
        // Word allows 63 columns; a crafted span must not overflow the column count.
        case "gridSpan" where inCellProperties: cell?.span = min(max(1, Int(value ?? "") ?? 1), 63)
        case "vMerge" where inCellProperties: cell?.continuesMerge = value != "restart"
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        guard namespaceURI == Self.mainNamespace else { return }
        switch name {
        case "body": inBody = false
        case "pPr":
            inParagraphProperties = false
            if let id = numberingID { paragraph?.numbering = WordNumberReference(numberingID: id, level: numberingLevel) }
            numberingID = nil
            numberingLevel = 0
        case "t":
            if let text = textBuffer { append(text) }
            textBuffer = nil
        case "p":
            guard let finished = paragraph else { return }
            paragraph = nil
            if cell != nil {
                cell?.paragraphs.append(finished)
            } else if tableDepth == 0 {
                blocks.append(.paragraph(finished))
            }
        case "tcPr": inCellProperties = false
        case "tc" where tableDepth == 1:
            if let finished = cell { row.append(finished) }
            cell = nil
        case "tr" where tableDepth == 1: table.rows.append(row)
        case "tbl" where tableDepth > 0:
            tableDepth -= 1
            if tableDepth == 0 { blocks.append(.table(table)) }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if skipDepth == 0 { textBuffer? += string }
    }

    private func append(_ text: String) {
        guard skipDepth == 0, var current = paragraph else { return }
        current.lines[current.lines.count - 1] += text
        paragraph = current
    }
}
