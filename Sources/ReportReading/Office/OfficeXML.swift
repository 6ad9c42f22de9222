import Diagnostics
import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A small element tree for the little parts of a .docx (numbering, styles, content
/// types): local names, attributes by local name, children. Text is not kept.
struct XMLTree {
    let name: String
    let attributes: [String: String]
    var children: [XMLTree]

    func child(_ name: String) -> XMLTree? { children.first { $0.name == name } }
    func all(_ name: String) -> [XMLTree] { children.filter { $0.name == name } }
    /// The `val` attribute of a child, as WordprocessingML stores most properties.
    func value(of child: String) -> String? { self.child(child)?.attributes["val"] }

    /// The root element, or where the XML stops being well-formed.
    static func parse(_ bytes: [UInt8]) -> Result<XMLTree, XMLSyntaxError> {
        let builder = Builder()
        if let error = parseOfficeXML(bytes, with: builder) { return .failure(error) }
        guard let root = builder.stack.first?.children.first else {
            return .failure(XMLSyntaxError(line: 1, column: 1, message: localized("这一部分没有任何元素", english: "the part has no element")))
        }
        return .success(root)
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var stack = [XMLTree(name: "", attributes: [:], children: [])]

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            var local: [String: String] = [:]
            for (key, value) in attributes { local[String(key.split(separator: ":").last ?? Substring(key))] = value }
            stack.append(XMLTree(name: name, attributes: local, children: []))
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            guard stack.count > 1, let done = stack.popLast() else { return }
            stack[stack.count - 1].children.append(done)
        }
    }
}

/// Runs `delegate` over an Office XML part: checked as UTF-8 first, namespaces
/// resolved, external entities never loaded. Nil when the part is well-formed.
func parseOfficeXML(_ bytes: [UInt8], with delegate: XMLParserDelegate) -> XMLSyntaxError? {
    if let error = XMLSyntaxError.invalidUTF8(bytes) { return error }
    let parser = XMLParser(data: Data(bytes))
    parser.shouldProcessNamespaces = true
    parser.shouldResolveExternalEntities = false
    parser.delegate = delegate
    return parser.parse() ? nil : XMLSyntaxError(parser)
}

/// Where and why an XML part is not well-formed, as the parser reports it.
struct XMLSyntaxError: Error {
    let line: Int
    let column: Int
    let message: String

    init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// Where the bytes stop being UTF-8. Office writes its XML in UTF-8, and
    /// FoundationXML on Linux traps on a name that is not valid UTF-8, so a part is
    /// checked before it is parsed.
    static func invalidUTF8(_ bytes: [UInt8]) -> XMLSyntaxError? {
        TextDecoder.firstInvalid(bytes[...], as: UTF8.self).map { place in
            XMLSyntaxError(
                line: place.line, column: place.column,
                message: localized("有不是 UTF-8 的字节（Word 的 XML 都用 UTF-8）", english: "bytes that are not UTF-8 (Word writes its XML in UTF-8)"))
        }
    }

    init(_ parser: XMLParser) {
        line = parser.lineNumber
        column = parser.columnNumber
        message = Self.describe((parser.parserError as NSError?)?.code)
    }

    /// XMLParser's messages on Linux are only "error 76". Its codes are libxml2's
    /// (Apple's NSXMLParserError numbers are the same), so the common ones are named here.
    private static func describe(_ code: Int?) -> String {
        switch code {
        case 4: "the part is empty"
        case 5: "there is content after the end of the document"
        case 9: "a character that XML does not allow"
        case 26, 27: "an entity the reader does not accept"
        case 39, 40, 41: "a malformed attribute"
        case 68, 73, 74: "a malformed tag"
        case 76: "an end tag does not match its start tag"
        case 77: "the XML ends inside an element"
        case nil: "not well-formed"
        case let code?: "not well-formed (XMLParser error \(code))"
        }
    }
}
