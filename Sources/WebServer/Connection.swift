import Foundation

#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif

/// One client connection: reads a request within the limits (a slow or oversized one is
/// answered with its refusal), answers it, closes.
struct Connection {
    let socket: Int32
    let limits: HTTPLimits

    func answer(with handler: HTTPServer.Handler) {
        defer { close(socket) }
        var timeout = timeval(tv_sec: 1, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let response: HTTPResponse
        var isHead = false
        switch read() {
        case .success(let request):
            isHead = request.method == "HEAD"
            response = handler(request)
        case .failure(let error):
            response = .refusal(error)
        }
        write(response.serialized(forHead: isHead))
    }

    /// Bytes until a whole request has come, the limits are passed, or the time is up.
    private func read() -> Result<HTTPRequest, HTTPError> {
        let deadline = DispatchTime.now() + .seconds(limits.requestSeconds)
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            do {
                if case .complete(let request, _) = try HTTPRequestParser.parse(received, limits: limits) { return .success(request) }
            } catch {
                return .failure(error)
            }
            guard DispatchTime.now() < deadline else { return .failure(.timedOut) }
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                received += buffer[..<count]
            } else if count == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
                return .failure(.malformed("the connection closed before the request was complete"))
            }
        }
    }

    private func write(_ bytes: [UInt8]) {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { return }
            sent += count
        }
    }
}
