import Foundation
import TestSupport
import XCTest

@testable import WebServer

/// The server on loopback, spoken to through a plain socket as a browser would.
final class HTTPServerTests: XCTestCase {
    private var server: HTTPServer!
    private let finished = DispatchSemaphore(value: 0)

    private func start(limits: HTTPLimits = HTTPLimits(), _ handler: @escaping HTTPServer.Handler) throws {
        server = try HTTPServer(port: 0, limits: limits)
        let server = server!, finished = finished
        Thread.detachNewThread {
            server.serve(handler)
            finished.signal()
        }
    }

    override func tearDown() {
        server?.stop()
        _ = finished.wait(timeout: .now() + 5)
    }

    /// Sends bytes (in pieces, with pauses, when asked) and reads the whole answer.
    private func exchange(_ pieces: [String], pause: Double = 0) throws -> String {
        try XCTUnwrap(LoopbackClient.exchange(pieces, pause: pause, port: server.port), "no connection")
    }

    func testARequestIsAnsweredWithTheSecurityHeaders() throws {
        try start { request in .text("你好 \(request.path) \(request.query["q"] ?? "")") }
        let answer = try exchange(["GET /hello?q=%E5%AE%A1 HTTP/1.1\r\nHost: x\r\n\r\n"])
        XCTAssertTrue(answer.hasPrefix("HTTP/1.1 200 OK\r\n"), answer)
        XCTAssertTrue(answer.hasSuffix("\r\n\r\n你好 /hello 审"), answer)
        for header in ["Content-Security-Policy: default-src 'self'", "X-Content-Type-Options: nosniff", "X-Frame-Options: DENY", "Connection: close"] {
            XCTAssertTrue(answer.contains(header + ""), header)
        }
        XCTAssertTrue(answer.contains("Content-Length: \("你好 /hello 审".utf8.count)\r\n"))
    }

    func testAHeadAnswerHasNoBody() throws {
        try start { _ in .text("body") }
        let answer = try exchange(["HEAD / HTTP/1.1\r\n\r\n"])
        XCTAssertTrue(answer.hasSuffix("Content-Length: 4\r\nConnection: close\r\n\r\n"), answer)
    }

    func testABadRequestNeverReachesTheHandler() throws {
        try start { _ in XCTFail("handler called"); return .text("no") }
        XCTAssertTrue(try exchange(["BREW /pot HTTP/1.1\r\n\r\n"]).hasPrefix("HTTP/1.1 501 "))
        XCTAssertTrue(try exchange(["GET / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n"]).hasPrefix("HTTP/1.1 400 "))
    }

    func testAnOversizedBodyIsRefusedBeforeItIsSent() throws {
        var limits = HTTPLimits()
        limits.bodyBytes = 100
        try start(limits: limits) { _ in .text("no") }
        let answer = try exchange(["POST / HTTP/1.1\r\nContent-Length: 1000000\r\n\r\n"])
        XCTAssertTrue(answer.hasPrefix("HTTP/1.1 413 "), answer)
    }

    /// A client that sends a byte now and then cannot hold a worker beyond the time limit.
    func testASlowClientIsCutOff() throws {
        var limits = HTTPLimits()
        limits.requestSeconds = 1
        try start(limits: limits) { _ in .text("no") }
        let answer = try exchange(["GET / HT", "TP/1.1\r\n", "A: 1\r\n"], pause: 0.6)
        XCTAssertTrue(answer.hasPrefix("HTTP/1.1 408 "), answer)
    }

    /// A request sent in pieces (as a slow network delivers it) is read whole.
    func testPiecesAreGathered() throws {
        try start { request in .text(String(decoding: request.body, as: UTF8.self)) }
        let answer = try exchange(["POST /x HTTP/1.1\r\nContent-", "Length: 6\r\n\r\n审核"], pause: 0.1)
        XCTAssertTrue(answer.hasSuffix("\r\n\r\n审核"), answer)
    }

    /// Thirty clients at once, each answered, and answered side by side: while one is in
    /// the handler the others are too (a server that took them in turn would show one).
    func testConcurrentClientsDoNotWaitForEachOther() throws {
        XCTAssertGreaterThan(try mostAtOnce(clients: 30, limits: HTTPLimits()), 1)
    }

    /// No more connections are served at once than the limit allows; the rest wait their turn.
    func testConnectionsAtOnceAreBounded() throws {
        var limits = HTTPLimits()
        limits.maximumConnections = 2
        XCTAssertEqual(try mostAtOnce(clients: 8, limits: limits), 2)
    }

    /// Runs that many clients at once (a thread each); every one must be answered. Returns
    /// the most requests that were in the handler together.
    private func mostAtOnce(clients: Int, limits: HTTPLimits) throws -> Int {
        let inFlight = InFlight()
        try start(limits: limits) { request in
            inFlight.enter()
            defer { inFlight.leave() }
            Thread.sleep(forTimeInterval: 0.2)
            return .text(request.path)
        }
        let answers = Answers(), port = server.port
        let group = DispatchGroup()
        for index in 0..<clients {
            group.enter()
            Thread.detachNewThread {
                answers.set(index, LoopbackClient.exchange(["GET /trainee/\(index) HTTP/1.1\r\n\r\n"], port: port) ?? "")
                group.leave()
            }
        }
        group.wait()
        for index in 0..<clients { XCTAssertTrue(answers[index].hasSuffix("/trainee/\(index)"), answers[index]) }
        return inFlight.most
    }

    func testAPortInUseIsAnError() throws {
        try start { _ in .text("") }
        XCTAssertThrowsError(try HTTPServer(port: server.port)) { error in
            guard case .cannotListen(let host, let port, let reason, let words) = error as? ServerError else { return XCTFail("\(error)") }
            XCTAssertEqual(host, "127.0.0.1")
            XCTAssertEqual(port, self.server.port)
            XCTAssertEqual(reason, .addressInUse)
            XCTAssertFalse(words.isEmpty)
        }
        XCTAssertThrowsError(try HTTPServer(host: "localhost", port: 0)) { XCTAssertEqual($0 as? ServerError, .notAnAddress("localhost")) }
    }
}

/// Answers gathered from concurrent clients.
private final class Answers: @unchecked Sendable {
    private let lock = NSLock()
    private var byIndex: [Int: String] = [:]

    func set(_ index: Int, _ answer: String) { lock.withLock { byIndex[index] = answer } }
    subscript(index: Int) -> String { lock.withLock { byIndex[index] ?? "" } }
}

/// How many requests were in the handler at once, at most.
private final class InFlight: @unchecked Sendable {
    private let lock = NSLock()
    private var now = 0
    private(set) var most = 0

    func enter() { lock.withLock { now += 1; most = max(most, now) } }
    func leave() { lock.withLock { now -= 1 } }
}
