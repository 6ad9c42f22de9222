import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
    private let streamSocket = Int32(SOCK_STREAM.rawValue)
#else
    import Darwin
    private let streamSocket = SOCK_STREAM
#endif

/// A small HTTP/1.1 server on a POSIX socket: one request per connection (`Connection:
/// close`), each connection on its own thread so that a slow client blocks no one, every
/// request read within `HTTPLimits` before the handler sees it.
public final class HTTPServer: Sendable {
    public typealias Handler = @Sendable (HTTPRequest) -> HTTPResponse

    private let listener: Int32
    /// The port bound (the one the system chose when asked for 0).
    public let port: UInt16
    public let host: String
    private let limits: HTTPLimits

    /// Binds and listens; `host` is an IPv4 address (127.0.0.1 by default: this machine only).
    public init(host: String = "127.0.0.1", port: UInt16, limits: HTTPLimits = HTTPLimits()) throws(ServerError) {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else { throw .notAnAddress(host) }
        let listening = socket(AF_INET, streamSocket, 0)
        guard listening >= 0 else { throw .noSocket(reason: Self.lastError) }
        var yes: Int32 = 1
        setsockopt(listening, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listening, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(listening, 128) == 0 else {
            let (number, reason) = (errno, Self.lastError)
            close(listening)
            throw .cannotListen(host: host, port: port, reason: ListenFailure(number), systemWords: reason)
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listening, $0, &length) }
        }
        self.listener = listening
        self.port = UInt16(bigEndian: actual.sin_port)
        self.host = host
        self.limits = limits
    }

    /// Accepts connections until `stop()`; returns then. Each connection has a thread of
    /// its own (a handler may block, on a file or a lock); at most `maximumConnections`
    /// at once, beyond which the next waits to be accepted.
    public func serve(_ handler: @escaping Handler) {
        let slots = DispatchSemaphore(value: limits.maximumConnections)
        while true {
            slots.wait()
            let connection = accept(listener, nil, nil)
            if connection < 0 {
                slots.signal()
                if errno == EINTR || errno == ECONNABORTED { continue }
                return  // the listener was shut down
            }
            Thread.detachNewThread { [limits] in
                Connection(socket: connection, limits: limits).answer(with: handler)
                slots.signal()
            }
        }
    }

    /// Stops accepting; requests under way finish.
    public func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    /// An address of this machine only (127.0.0.0/8): no other machine can connect.
    public static func isLoopback(_ host: String) -> Bool { host.hasPrefix("127.") }

    static var lastError: String { String(cString: strerror(errno)) }
}

/// Why the server could not start; `systemWords` and the socket reason are the system's own words.
public enum ServerError: Error, Equatable {
    case notAnAddress(String)
    case noSocket(reason: String)
    case cannotListen(host: String, port: UInt16, reason: ListenFailure, systemWords: String)
}

/// The usual reasons a bind fails, told apart so that they can be said in the user's words.
public enum ListenFailure: Equatable, Sendable {
    case addressInUse, addressNotAvailable, permissionDenied, other

    init(_ number: Int32) {
        switch number {
        case EADDRINUSE: self = .addressInUse
        case EADDRNOTAVAIL: self = .addressNotAvailable
        case EACCES: self = .permissionDenied
        default: self = .other
        }
    }
}
