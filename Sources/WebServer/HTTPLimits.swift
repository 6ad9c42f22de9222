/// What a client may send and how long it may take: a request over these is refused
/// with its status, and a slow client is cut off, so one client cannot hold the server.
public struct HTTPLimits: Sendable {
    public var requestLineBytes = 8 * 1024
    public var headerBytes = 32 * 1024
    public var headerCount = 100
    public var bodyBytes = 4 * 1024 * 1024
    /// Seconds a client may take to send a whole request.
    public var requestSeconds = 10
    /// Connections served at once; more wait to be accepted.
    public var maximumConnections = 64

    public init() {}
}
