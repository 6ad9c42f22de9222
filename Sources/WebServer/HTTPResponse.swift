/// A response: status, headers and body. Every response carries the headers that keep
/// a page to itself (no framing, no sniffing, no referrer to other sites, scripts only from the server).
public struct HTTPResponse: Sendable {
    public var status: HTTPStatus
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    public init(status: HTTPStatus = .ok, contentType: String = "text/html; charset=utf-8", body: [UInt8] = []) {
        self.status = status
        self.headers = [("Content-Type", contentType)]
        self.body = body
    }

    public init(status: HTTPStatus = .ok, html: String) {
        self.init(status: status, body: Array(html.utf8))
    }

    public static func text(_ text: String, status: HTTPStatus = .ok) -> HTTPResponse {
        HTTPResponse(status: status, contentType: "text/plain; charset=utf-8", body: Array(text.utf8))
    }

    /// After a form is posted: go and get the page that shows its result (POST/redirect/GET).
    public static func seeOther(_ location: String) -> HTTPResponse {
        var response = HTTPResponse(status: .seeOther, contentType: "text/plain; charset=utf-8", body: [])
        response.headers.append(("Location", location))
        return response
    }

    public static func refusal(_ error: HTTPError) -> HTTPResponse {
        .text(error.explanation + "\n", status: error.status)
    }

    static let securityHeaders: [(String, String)] = [
        ("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"),
        ("X-Content-Type-Options", "nosniff"),
        ("X-Frame-Options", "DENY"),
        // Not `no-referrer`: under it browsers post forms with `Origin: null`, and the
        // workbench checks that a form comes from one of its own pages.
        ("Referrer-Policy", "same-origin"),
        ("Cache-Control", "no-store"),
    ]

    /// The bytes on the wire; a HEAD response has the headers of GET and no body.
    public func serialized(forHead: Bool = false) -> [UInt8] {
        var head = "HTTP/1.1 \(status.code) \(status.reason)\r\n"
        for (name, value) in headers + Self.securityHeaders + [("Content-Length", "\(body.count)"), ("Connection", "close")] {
            // A value with a line break would start a header of its own: never let one through.
            // By scalars: "\r\n" is one Character, equal to neither "\r" nor "\n".
            head += "\(name): \(String(String.UnicodeScalarView(value.unicodeScalars.filter { $0 != "\r" && $0 != "\n" })))\r\n"
        }
        head += "\r\n"
        return Array(head.utf8) + (forHead ? [] : body)
    }
}
