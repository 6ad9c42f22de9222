/// Splits an HTML page into tags and text the way browsers do with real pages, which
/// are tag soup: any `<` that does not start a tag is text, attributes may be quoted,
/// unquoted or bare, comments and declarations are dropped, and the content of
/// `script`, `style`, `title` and `textarea` is raw text up to its end tag.
struct HTMLTokenizer {
    enum Token: Equatable {
        case start(name: String, attributes: [String: String])
        case end(name: String)
        case text(String)
    }

    /// Elements whose content is not markup.
    static let rawTextElements: Set<String> = ["script", "style", "title", "textarea", "xmp"]

    private let scalars: [Unicode.Scalar]
    private var position = 0

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    static func tokens(_ text: String) -> [Token] {
        var tokenizer = HTMLTokenizer(text)
        var tokens: [Token] = []
        while let token = tokenizer.next() { tokens.append(token) }
        return tokens
    }

    mutating func next() -> Token? {
        while position < scalars.count {
            if scalars[position] == "<", let token = markup() {
                if case .start(let name, _) = token, Self.rawTextElements.contains(name) { skipRawText(until: name) }
                return token
            }
            if let text = text(), !text.isEmpty { return .text(text) }
        }
        return nil
    }

    // MARK: Text

    /// Text up to the next `<` that starts markup, entities decoded.
    private mutating func text() -> String? {
        var raw = String.UnicodeScalarView()
        let start = position
        while position < scalars.count {
            if scalars[position] == "<", position > start, startsMarkup(at: position) { break }
            raw.append(scalars[position])
            position += 1
        }
        return HTMLEntities.decode(String(raw))
    }

    private func startsMarkup(at index: Int) -> Bool {
        guard index + 1 < scalars.count else { return false }
        let next = scalars[index + 1]
        return next == "!" || next == "/" || next == "?" || Self.isASCIILetter(next)
    }

    // MARK: Markup

    /// A tag at `<`, or nil (the `<` is then text); comments and declarations are
    /// consumed and give an empty text.
    private mutating func markup() -> Token? {
        guard startsMarkup(at: position) else { return nil }
        let next = scalars[position + 1]
        if next == "!" || next == "?" {
            skipDeclaration()
            return .text("")
        }
        if next == "/" {
            guard position + 2 < scalars.count, Self.isASCIILetter(scalars[position + 2]) else {
                skip(past: ">")  // `</>` or `</ 3>`: dropped, as browsers do
                return .text("")
            }
            position += 2
            let name = readName()
            skip(past: ">")
            return .end(name: name)
        }
        position += 1
        let name = readName()
        var attributes: [String: String] = [:]
        while position < scalars.count {
            skipSpace()
            guard position < scalars.count else { break }
            let c = scalars[position]
            if c == ">" {
                position += 1
                break
            }
            if c == "/" {
                position += 1
                continue
            }
            let attribute = readAttributeName()
            guard !attribute.isEmpty else {
                position += 1
                continue
            }
            skipSpace()
            var value = ""
            if position < scalars.count, scalars[position] == "=" {
                position += 1
                skipSpace()
                value = HTMLEntities.decode(readAttributeValue())
            }
            if attributes[attribute] == nil { attributes[attribute] = value }
        }
        return .start(name: name, attributes: attributes)
    }

    private mutating func readName() -> String {
        var name = String.UnicodeScalarView()
        while position < scalars.count {
            let c = scalars[position]
            if c == ">" || c == "/" || Self.isSpace(c) { break }
            name.append(Self.lowercased(c))
            position += 1
        }
        return String(name)
    }

    private mutating func readAttributeName() -> String {
        var name = String.UnicodeScalarView()
        while position < scalars.count {
            let c = scalars[position]
            if c == ">" || c == "/" || c == "=" || Self.isSpace(c) { break }
            name.append(Self.lowercased(c))
            position += 1
        }
        return String(name)
    }

    private mutating func readAttributeValue() -> String {
        guard position < scalars.count else { return "" }
        var value = String.UnicodeScalarView()
        let quote = scalars[position]
        if quote == "\"" || quote == "'" {
            position += 1
            while position < scalars.count, scalars[position] != quote {
                value.append(scalars[position])
                position += 1
            }
            position += 1
        } else {
            while position < scalars.count, scalars[position] != ">", !Self.isSpace(scalars[position]) {
                value.append(scalars[position])
                position += 1
            }
        }
        return String(value)
    }

    /// `<!-- … -->`, `<!DOCTYPE …>`, `<![CDATA[…]]>`, `<?xml …?>`.
    private mutating func skipDeclaration() {
        if matches("<!--", at: position) {
            position += 4
            while position < scalars.count, !matches("-->", at: position) { position += 1 }
            position = min(position + 3, scalars.count)
        } else {
            skip(past: ">")
        }
    }

    /// The content of a raw-text element, up to `</name` (or the end of the page).
    private mutating func skipRawText(until name: String) {
        let closing = Array(("</" + name).unicodeScalars)
        while position < scalars.count {
            if scalars[position] == "<", position + closing.count <= scalars.count,
                zip(closing, scalars[position..<(position + closing.count)]).allSatisfy({ $0 == Self.lowercased($1) })
            {
                return
            }
            position += 1
        }
    }

    private mutating func skip(past terminator: Unicode.Scalar) {
        while position < scalars.count, scalars[position] != terminator { position += 1 }
        position = min(position + 1, scalars.count)
    }

    private mutating func skipSpace() {
        while position < scalars.count, Self.isSpace(scalars[position]) { position += 1 }
    }

    private func matches(_ literal: String, at index: Int) -> Bool {
        var i = index
        for scalar in literal.unicodeScalars {
            guard i < scalars.count, scalars[i] == scalar else { return false }
            i += 1
        }
        return true
    }

    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}"
    }

    static func isASCIILetter(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c)
    }

    static func lowercased(_ c: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(c) ? Unicode.Scalar(c.value + 32)! : c
    }
}
