/// An element of an HTML page and what it holds, built from tag soup as browsers build
/// it: a `<p>` closes at the next block, a `<td>` at the next cell or row, a `<td>`
/// outside a `<tr>` opens one, an end tag with no open element is dropped, and an end
/// tag never closes past the table cell it is in.
final class HTMLElement {
    enum Child {
        case element(HTMLElement)
        case text(String)
    }

    let name: String
    let attributes: [String: String]
    private(set) var children: [Child] = []

    init(_ name: String, attributes: [String: String] = [:]) {
        self.name = name
        self.attributes = attributes
    }

    /// A page's elements nest no deeper than this: deeper tags are dropped (their text
    /// stays), so that a page of ten thousand unclosed `<div>`s cannot exhaust the stack.
    static let maximumDepth = 200

    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]
    /// Starting one of these closes an open `<p>`.
    static let closesParagraph: Set<String> = [
        "address", "article", "aside", "blockquote", "center", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
        "section", "table", "ul",
    ]
    /// An end tag does not close past these unless it names them.
    static let scopeBoundaries: Set<String> = ["table", "td", "th", "html", "body", "caption"]

    /// The tree of a page: a root holding what the page holds.
    static func parse(_ text: String) -> HTMLElement {
        let root = HTMLElement("#root")
        var stack = [root]
        func open(_ name: String) -> Int? { stack.lastIndex { $0.name == name } }
        /// The innermost open element among `names`, not looking past a scope boundary.
        func openInScope(_ names: Set<String>, boundaries: Set<String> = scopeBoundaries) -> Int? {
            for index in stack.indices.reversed() {
                if names.contains(stack[index].name) { return index }
                if boundaries.contains(stack[index].name) { return nil }
            }
            return nil
        }
        func close(to index: Int) { stack.removeSubrange(index...) }
        func push(_ element: HTMLElement) {
            stack[stack.count - 1].children.append(.element(element))
            if !voidElements.contains(element.name), stack.count < maximumDepth { stack.append(element) }
        }
        for token in HTMLTokenizer.tokens(text) {
            switch token {
            case .text(let text):
                guard !text.isEmpty else { continue }
                stack[stack.count - 1].children.append(.text(text))
            case .start(let name, let attributes):
                // Not past a text box: LibreOffice writes one as a positioned <span> holding
                // paragraphs, inside the paragraph it is anchored to.
                if closesParagraph.contains(name), let p = openInScope(["p"]), !stack[p...].contains(where: \.isOutOfFlow) {
                    close(to: p)
                }
                switch name {
                case "li":
                    if let item = openInScope(["li"], boundaries: scopeBoundaries.union(["ul", "ol"])) { close(to: item) }
                case "dt", "dd":
                    if let item = openInScope(["dt", "dd"], boundaries: scopeBoundaries.union(["dl"])) { close(to: item) }
                case "h1", "h2", "h3", "h4", "h5", "h6":
                    if let heading = openInScope(["h1", "h2", "h3", "h4", "h5", "h6"]) { close(to: heading) }
                case "tr":
                    if let row = openInScope(["tr"], boundaries: ["table"]) { close(to: row) }
                case "td", "th":
                    if let cell = openInScope(["td", "th"], boundaries: ["table", "tr"]) { close(to: cell) }
                    if openInScope(["tr"], boundaries: ["table"]) == nil, openInScope(["table"], boundaries: []) != nil {
                        push(HTMLElement("tr"))
                    }
                default: break
                }
                push(HTMLElement(name, attributes: attributes))
            case .end(let name):
                if name == "br" {
                    push(HTMLElement("br"))  // `</br>` is a line break in every browser
                } else if let index = openInScope([name], boundaries: endTagBoundaries(name)), index > 0 {
                    close(to: index)
                }
            }
        }
        return root
    }

    /// What an end tag may not close past: a row's end closes its cells, a table's its
    /// rows, but a stray `</div>` inside a cell leaves the cell open.
    private static func endTagBoundaries(_ name: String) -> Set<String> {
        switch name {
        case "table": ["html", "body"]
        case "tr", "tbody", "thead", "tfoot": ["table"]
        default: scopeBoundaries.subtracting([name])
        }
    }

    /// The value of an integer attribute (`colspan`, `rowspan`), when it is one.
    func integer(_ attribute: String) -> Int? {
        attributes[attribute].flatMap { Int($0.drop { $0 == " " }.prefix { $0.isASCII && $0.isNumber }) }
    }

    /// Whether any element below this one is named `name`.
    func contains(_ name: String) -> Bool {
        children.contains { child in
            guard case .element(let element) = child else { return false }
            return element.name == name || element.contains(name)
        }
    }
}
