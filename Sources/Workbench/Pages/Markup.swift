import Rendering
import WebServer

/// Building blocks of the pages: escaping (everything a report or a person wrote is
/// untrusted), links with their query, and the hidden field of every form.
enum Markup {
    static func escape(_ text: String) -> String { HTMLText.escape(text) }

    /// `/report?file=a%2Fb.docx`: a path with its query, values percent-encoded, in the order given.
    static func link(_ path: String, _ query: [(String, String)] = []) -> String {
        guard !query.isEmpty else { return path }
        return path + "?" + query.map { "\($0.0)=\(FormEncoding.percentEncoded($0.1))" }.joined(separator: "&")
    }

    /// An `<a>` with escaped address and text.
    static func anchor(_ href: String, _ text: String, class className: String? = nil) -> String {
        "<a href=\"\(escape(href))\"\(className.map { " class=\"\($0)\"" } ?? "")>\(escape(text))</a>"
    }

    /// The form token, for every form that changes something.
    static func tokenField(_ visitor: Visitor) -> String {
        "<input type=\"hidden\" name=\"\(FormToken.fieldName)\" value=\"\(escape(visitor.formToken))\"/>"
    }

    static func hidden(_ name: String, _ value: String) -> String {
        "<input type=\"hidden\" name=\"\(escape(name))\" value=\"\(escape(value))\"/>"
    }
}
