import XCTest

@testable import WebServer

final class HTTPRequestParserTests: XCTestCase {
    private func parse(_ text: String, limits: HTTPLimits = HTTPLimits()) throws(HTTPError) -> HTTPRequestParser.Outcome {
        try HTTPRequestParser.parse(Array(text.utf8), limits: limits)
    }

    private func request(_ text: String) throws -> HTTPRequest {
        guard case .complete(let request, _) = try parse(text) else { throw XCTSkip("incomplete") }
        return request
    }

    private func refusal(_ text: String, limits: HTTPLimits = HTTPLimits()) -> HTTPError? {
        do {
            _ = try parse(text, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    func testAGetWithAQuery() throws {
        let request = try request("GET /cases/weight%20typo?tab=%E5%8F%91%E7%8E%B0&x=1+2 HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: */*\r\n\r\n")
        XCTAssertEqual(request.method, "GET")
        XCTAssertEqual(request.path, "/cases/weight typo")
        XCTAssertEqual(request.query, ["tab": "发现", "x": "1 2"])
        XCTAssertEqual(request.header("HOST"), "127.0.0.1")
        XCTAssertEqual(request.body, [])
    }

    func testAPostedFormAndWhatFollowsIt() throws {
        let text = "POST /review HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 27\r\n\r\ndecision=%E7%A1%AE%E8%AE%A4GET"
        guard case .complete(let request, let consumed) = try parse(text) else { return XCTFail("incomplete") }
        XCTAssertEqual(request.form, ["decision": "确认"])
        XCTAssertEqual(consumed, text.utf8.count - 3, "the next request's bytes are left")
    }

    func testPartsArriveInPieces() throws {
        let whole = "POST /a HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello"
        let bytes = Array(whole.utf8)
        for cut in [0, 5, 20, 39, bytes.count - 1] {
            XCTAssertEqual(try HTTPRequestParser.parse(Array(bytes[..<cut])), .incomplete, "cut at byte \(cut)")
        }
        XCTAssertNotEqual(try parse(whole), .incomplete)
    }

    func testBareLineFeedsAreAccepted() throws {
        XCTAssertEqual(try request("GET / HTTP/1.0\nHost: x\n\n").path, "/")
    }

    func testMalformedRequestsAreRefusedWithTheirStatus() {
        XCTAssertEqual(refusal("GET /\r\n\r\n")?.status, .badRequest)
        XCTAssertEqual(refusal("get / HTTP/1.1\r\n\r\n")?.status, .badRequest)
        XCTAssertEqual(refusal("GET http://evil/ HTTP/1.1\r\n\r\n")?.status, .badRequest, "only a path is a target")
        XCTAssertEqual(refusal("GET / HTTP/2.0\r\n\r\n")?.status, .versionNotSupported)
        XCTAssertEqual(refusal("DELETE / HTTP/1.1\r\n\r\n")?.status, .notImplemented)
        XCTAssertEqual(refusal("GET / HTTP/1.1\r\nNo colon\r\n\r\n")?.status, .badRequest)
        XCTAssertEqual(refusal("GET / HTTP/1.1\r\nA: 1\r\n folded\r\n\r\n")?.status, .badRequest, "obsolete line folding")
        XCTAssertEqual(refusal("GET /%ZZ HTTP/1.1\r\n\r\n")?.status, .badRequest)
        XCTAssertEqual(refusal("GET /%FF HTTP/1.1\r\n\r\n")?.status, .badRequest, "not UTF-8")
    }

    /// Two lengths, or a length beside chunking, are how requests are smuggled past a proxy.
    func testAmbiguousBodiesAreRefused() {
        XCTAssertEqual(refusal("POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd")?.status, .badRequest)
        XCTAssertEqual(refusal("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n")?.status, .badRequest)
        XCTAssertEqual(refusal("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n")?.status, .badRequest)
        XCTAssertEqual(refusal("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")?.status, .notImplemented)
    }

    func testLimitsJustUnderAndOver() {
        var limits = HTTPLimits()
        limits.bodyBytes = 10
        XCTAssertNil(refusal("POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\n0123456789", limits: limits))
        XCTAssertEqual(refusal("POST / HTTP/1.1\r\nContent-Length: 11\r\n\r\n", limits: limits), .bodyTooLarge(limit: 10))

        limits.requestLineBytes = 30
        let line = "GET /" + String(repeating: "a", count: 11) + " HTTP/1.1"  // 25 bytes
        XCTAssertNil(refusal(line + "\r\n\r\n", limits: limits))
        XCTAssertEqual(refusal("GET /" + String(repeating: "a", count: 40), limits: limits), .requestLineTooLong, "refused before the line ends")

        limits.headerCount = 2
        XCTAssertNil(refusal("GET / HTTP/1.1\r\nA: 1\r\nB: 2\r\n\r\n", limits: limits))
        XCTAssertEqual(refusal("GET / HTTP/1.1\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n", limits: limits), .headersTooLarge)

        limits.headerBytes = 100
        XCTAssertEqual(refusal("GET / HTTP/1.1\r\nA: " + String(repeating: "x", count: 200), limits: limits), .headersTooLarge)
    }
}
