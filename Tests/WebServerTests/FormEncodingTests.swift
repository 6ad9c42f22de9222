import XCTest

@testable import WebServer

final class FormEncodingTests: XCTestCase {
    func testRoundTripOfChineseAndReservedCharacters() {
        for text in ["确认 与 不采纳", "a&b=c+d%", "权重合计/90分？", "", "~._-"] {
            XCTAssertEqual(FormEncoding.percentDecoded(FormEncoding.percentEncoded(text), plusIsSpace: true), text)
        }
    }

    func testFields() {
        XCTAssertEqual(FormEncoding.fields("a=1&b=&c&a=2&d=%E7%A1%AE"), ["a": "1", "b": "", "c": "", "d": "确"])
        XCTAssertEqual(FormEncoding.fields("bad=%E7%A1&ok=1"), ["ok": "1"], "a field that is not UTF-8 is left out")
    }

    /// A group of checkboxes posts one name many times: every value, in order.
    func testRepeatedNamesKeepEveryValue() throws {
        let request = try HTTPRequest(method: "POST", target: "/", body: Array("case=a&name=x&case=b%20c&case=&bad=%E7".utf8))
        XCTAssertEqual(request.formValues("case"), ["a", "b c", ""])
        XCTAssertEqual(request.formValues("missing"), [])
        XCTAssertEqual(request.form["case"], "a")
    }
}
