/// A request as the server hands it to a handler: method, path and query (decoded),
/// headers (names lower-cased, in order), and the body.
public struct HTTPRequest: Sendable, Equatable {
    public let method: String
    /// The target as sent: `/reports/a.txt?x=1`.
    public let target: String
    /// The path, percent-decoded: `/reports/a.txt`.
    public let path: String
    public let query: [String: String]
    public let version: String
    public let headers: [(name: String, value: String)]
    public let body: [UInt8]

    public init(method: String, target: String, version: String = "HTTP/1.1", headers: [(name: String, value: String)] = [], body: [UInt8] = []) throws(HTTPError) {
        self.method = method
        self.target = target
        self.version = version
        self.headers = headers
        self.body = body
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        guard let path = FormEncoding.percentDecoded(String(parts[0]), plusIsSpace: false) else {
            throw .malformed("the path is not valid percent-encoded UTF-8")
        }
        self.path = path
        query = parts.count > 1 ? FormEncoding.fields(String(parts[1])) : [:]
    }

    /// The first header of that name (case-insensitive).
    public func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name == wanted }?.value
    }

    /// Form fields of an `application/x-www-form-urlencoded` body.
    public var form: [String: String] { FormEncoding.fields(String(decoding: body, as: UTF8.self)) }

    /// Every value posted under `name`, in order (a group of checkboxes).
    public func formValues(_ name: String) -> [String] {
        FormEncoding.pairs(String(decoding: body, as: UTF8.self)).filter { $0.name == name }.map(\.value)
    }

    public static func == (a: HTTPRequest, b: HTTPRequest) -> Bool {
        a.method == b.method && a.target == b.target && a.version == b.version && a.body == b.body
            && a.headers.map(\.name) == b.headers.map(\.name) && a.headers.map(\.value) == b.headers.map(\.value)
    }
}
