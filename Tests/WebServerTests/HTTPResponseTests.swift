import XCTest

@testable import WebServer

final class HTTPResponseTests: XCTestCase {
    private func wire(_ response: HTTPResponse, head: Bool = false) -> String {
        String(decoding: response.serialized(forHead: head), as: UTF8.self)
    }

    func testAfterAPostTheBrowserIsSentToGetThePage() {
        let text = wire(.seeOther("/reports/a.txt?tab=1"))
        XCTAssertTrue(text.hasPrefix("HTTP/1.1 303 See Other\r\n"), text)
        XCTAssertTrue(text.contains("\r\nLocation: /reports/a.txt?tab=1\r\n"), text)
        XCTAssertTrue(text.hasSuffix("Content-Length: 0\r\nConnection: close\r\n\r\n"), text)
    }

    /// A value carrying a line break (a report's file name in a Location, say) cannot add a header.
    func testAHeaderValueCannotStartAHeaderOfItsOwn() {
        let text = wire(.seeOther("/x\r\nSet-Cookie: session=stolen\nX: y"))
        XCTAssertTrue(text.contains("\r\nLocation: /xSet-Cookie: session=stolenX: y\r\n"), text)
        XCTAssertFalse(text.contains("\r\nSet-Cookie"), text)
    }

    /// Every answer keeps its page to itself. The referrer goes only to the same server:
    /// under `no-referrer` browsers post forms with `Origin: null`, which the workbench
    /// refuses (found by the browser journeys).
    func testEveryAnswerCarriesTheSecurityHeaders() {
        let text = wire(.text("x"))
        for header in [
            "Content-Security-Policy: default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
            "X-Content-Type-Options: nosniff", "X-Frame-Options: DENY", "Referrer-Policy: same-origin", "Cache-Control: no-store",
        ] {
            XCTAssertTrue(text.contains("\r\n" + header + "\r\n"), header)
        }
    }

    func testAPageAndItsHeadAnswer() {
        let page = HTTPResponse(html: "<p>审核</p>")
        XCTAssertTrue(wire(page).hasSuffix("\r\n\r\n<p>审核</p>"))
        XCTAssertTrue(wire(page).contains("Content-Type: text/html; charset=utf-8\r\n"))
        XCTAssertTrue(wire(page, head: true).hasSuffix("Content-Length: \("<p>审核</p>".utf8.count)\r\nConnection: close\r\n\r\n"))
    }

    func testARefusalSaysWhy() {
        let text = wire(.refusal(.bodyTooLarge(limit: 100)))
        XCTAssertTrue(text.hasPrefix("HTTP/1.1 413 Payload Too Large\r\n"), text)
        XCTAssertTrue(text.hasSuffix("\r\n\r\nthe request body is larger than 100 bytes\n"), text)
    }
}
