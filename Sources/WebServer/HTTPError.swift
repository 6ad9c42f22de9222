/// Why a request is refused before any handler sees it, with the status it is answered by.
public enum HTTPError: Error, Equatable, Sendable {
    case malformed(String)
    case requestLineTooLong
    case headersTooLarge
    case bodyTooLarge(limit: Int)
    case unsupportedVersion(String)
    case notImplemented(String)
    case timedOut

    public var status: HTTPStatus {
        switch self {
        case .malformed: .badRequest
        case .requestLineTooLong: .uriTooLong
        case .headersTooLarge: .headersTooLarge
        case .bodyTooLarge: .payloadTooLarge
        case .unsupportedVersion: .versionNotSupported
        case .notImplemented: .notImplemented
        case .timedOut: .requestTimeout
        }
    }

    /// A plain explanation for the response body (the client is a browser or a script).
    public var explanation: String {
        switch self {
        case .malformed(let what): "malformed request: \(what)"
        case .requestLineTooLong: "the request line is too long"
        case .headersTooLarge: "the request headers are too large"
        case .bodyTooLarge(let limit): "the request body is larger than \(limit) bytes"
        case .unsupportedVersion(let version): "HTTP version \(version) is not supported"
        case .notImplemented(let method): "method \(method) is not implemented"
        case .timedOut: "the request did not arrive in time"
        }
    }
}
