/// Reads one HTTP/1.1 request from the bytes received so far (RFC 9112): the request
/// line, the header fields, and a body of `Content-Length` bytes. Strict where leniency
/// invites smuggling (no obsolete line folding, no chunked request bodies, one length).
public enum HTTPRequestParser {
    public enum Outcome: Equatable, Sendable {
        /// More bytes are needed.
        case incomplete
        /// A whole request, and how many bytes it took.
        case complete(HTTPRequest, consumed: Int)
    }

    public static let methods: Set<String> = ["GET", "HEAD", "POST"]

    public static func parse(_ bytes: [UInt8], limits: HTTPLimits = HTTPLimits()) throws(HTTPError) -> Outcome {
        guard let headEnd = endOfHead(bytes) else {
            let firstLine = bytes.firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            if firstLine > limits.requestLineBytes { throw .requestLineTooLong }
            if bytes.count > limits.requestLineBytes + limits.headerBytes { throw .headersTooLarge }
            return .incomplete
        }
        var lines = headLines(bytes[..<headEnd.start])
        guard !lines.isEmpty else { throw .malformed("no request line") }
        let requestLine = lines.removeFirst()
        guard requestLine.utf8.count <= limits.requestLineBytes else { throw .requestLineTooLong }
        guard headEnd.start - requestLine.utf8.count <= limits.headerBytes, lines.count <= limits.headerCount else {
            throw .headersTooLarge
        }
        let (method, target, version) = try self.requestLine(requestLine)
        let headers = try lines.map { (line) throws(HTTPError) in try header(line) }
        let length = try contentLength(headers, limit: limits.bodyBytes)
        guard bytes.count - headEnd.end >= length else { return .incomplete }
        let body = Array(bytes[headEnd.end..<(headEnd.end + length)])
        let request = try HTTPRequest(method: method, target: target, version: version, headers: headers, body: body)
        return .complete(request, consumed: headEnd.end + length)
    }

    /// Where the head ends: the empty line after the header fields (CRLF or a bare LF).
    private static func endOfHead(_ bytes: [UInt8]) -> (start: Int, end: Int)? {
        var index = 0
        while let newline = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) {
            let next = newline + 1
            if next < bytes.count, bytes[next] == UInt8(ascii: "\n") { return (newline, next + 1) }
            if next + 1 < bytes.count, bytes[next] == UInt8(ascii: "\r"), bytes[next + 1] == UInt8(ascii: "\n") { return (newline, next + 2) }
            index = next
        }
        return nil
    }

    private static func headLines(_ head: ArraySlice<UInt8>) -> [String] {
        head.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            String(decoding: line.last == UInt8(ascii: "\r") ? line.dropLast() : line, as: UTF8.self)
        }
    }

    private static func requestLine(_ line: String) throws(HTTPError) -> (String, String, String) {
        let parts = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            throw .malformed("the request line is not METHOD TARGET VERSION")
        }
        guard parts[2] == "HTTP/1.1" || parts[2] == "HTTP/1.0" else {
            if parts[2].hasPrefix("HTTP/") { throw .unsupportedVersion(parts[2]) }
            throw .malformed("the request line names no HTTP version")
        }
        guard methods.contains(parts[0]) else { throw .notImplemented(parts[0]) }
        guard parts[1].hasPrefix("/"), parts[1].unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F }) else {
            throw .malformed("the target is not a path")
        }
        return (parts[0], parts[1], parts[2])
    }

    private static let tokenCharacters = Set("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

    private static func header(_ line: String) throws(HTTPError) -> (name: String, value: String) {
        guard let colon = line.firstIndex(of: ":") else { throw .malformed("a header line has no ':'") }
        let name = line[..<colon]
        guard !name.isEmpty, name.allSatisfy(tokenCharacters.contains) else {
            throw .malformed("a header name is not a token (folded lines are not accepted)")
        }
        let value = line[line.index(after: colon)...].trimmingSpaces
        guard !value.contains(where: { $0 == "\0" || $0 == "\r" }) else { throw .malformed("a header value holds a control character") }
        return (name.lowercased(), value)
    }

    private static func contentLength(_ headers: [(name: String, value: String)], limit: Int) throws(HTTPError) -> Int {
        if headers.contains(where: { $0.name == "transfer-encoding" }) { throw .notImplemented("Transfer-Encoding") }
        let lengths = Set(headers.filter { $0.name == "content-length" }.map(\.value))
        guard let written = lengths.first else { return 0 }
        guard lengths.count == 1, !written.isEmpty, written.utf8.count <= 18, written.allSatisfy(\.isASCIIDigit), let length = Int(written) else {
            throw .malformed("Content-Length is not one number")
        }
        guard length <= limit else { throw .bodyTooLarge(limit: limit) }
        return length
    }
}

extension Substring {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
