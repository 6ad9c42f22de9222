import Foundation
import XCTest

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import Workbench

/// What keeps the workbench to the people and the folder it is for: keys, the host a
/// request names, form tokens, paths that try to leave the folder, and report text
/// that tries to be markup.
final class SecurityTests: XCTestCase {
    private var bench: TestBench!

    override func setUpWithError() throws { bench = try TestBench(auditorKey: "auditor-key-0123456789") }
    override func tearDown() { bench.remove() }

    func testWithATokenNothingIsShownWithoutIt() throws {
        for target in ["/reports", "/report?file=weight-typo.txt", "/export.csv", "/"] {
            let page = try bench.get(target)
            XCTAssertEqual(page.status, 403, target)
            XCTAssertTrue(page.text.contains("<form method=\"get\" action=\"/enter\">"), target)
            XCTAssertFalse(page.text.contains("weight-typo"), target)
        }
        XCTAssertEqual(try bench.get("/reports", cookie: "workbench_key=guess").status, 403)
        // The stylesheet is the same for everyone.
        XCTAssertEqual(try bench.get("/static/workbench.css").status, 200)
    }

    func testTheEntryLinkKeepsTheKeyInACookieAndLeavesTheAddress() throws {
        let wrong = try bench.get("/enter?key=guess")
        XCTAssertEqual(wrong.status, 403)
        XCTAssertTrue(wrong.text.contains("这个访问令牌不对"))
        XCTAssertNil(wrong.header("set-cookie"))
        let entered = try bench.get("/enter?key=auditor-key-0123456789")
        XCTAssertEqual(entered.status, 303)
        XCTAssertEqual(entered.header("location"), "/")
        XCTAssertEqual(entered.header("set-cookie"), "workbench_key=auditor-key-0123456789; Path=/; HttpOnly; SameSite=Lax")
        XCTAssertEqual(try bench.get("/reports", cookie: "workbench_key=auditor-key-0123456789").status, 200)
        XCTAssertEqual(try bench.get("/enter").status, 200, "the form to type a key")
    }

    func testARequestNamingAnotherHostIsRefusedEvenWithAKey() throws {
        let page = try bench.get("/reports", cookie: "workbench_key=auditor-key-0123456789", host: "attacker.example:8765")
        XCTAssertEqual(page.status, 400)
        XCTAssertTrue(page.text.contains("这个请求没有使用审核工作台启动时给出的地址"))
    }

    func testAFormWithoutTheVisitorsTokenChangesNothing() throws {
        let cookie = "workbench_key=auditor-key-0123456789"
        let review = bench.folder.appendingPathComponent("weight-typo.txt.review.json")
        let token = try bench.formToken(on: try bench.get("/finding?file=weight-typo.txt&id=1", cookie: cookie))
        let fields = [("file", "weight-typo.txt"), ("id", "1"), ("verdict", "accepted")]
        let attempts: [(String, [(String, String)], String?)] = [
            ("no token", fields, "http://" + TestBench.host),
            ("a wrong token", fields + [("csrf", String(repeating: "0", count: 32))], "http://" + TestBench.host),
            ("another visitor's token", fields + [("csrf", bench.workbench.gate.forms.token(for: "policy-key-0123456789"))], "http://" + TestBench.host),
            ("a page of another site", fields + [("csrf", token)], "http://attacker.example"),
            // What browsers send from a page whose referrer policy hides it (`no-referrer`).
            ("a page that hides where it is", fields + [("csrf", token)], "null"),
        ]
        for (what, form, origin) in attempts {
            let answer = try bench.post("/review", form, cookie: cookie, origin: origin)
            XCTAssertEqual(answer.status, 403, what)
            XCTAssertTrue(answer.text.contains("表单已失效"), what)
            XCTAssertFalse(FileManager.default.fileExists(atPath: review.path), what)
        }
        XCTAssertEqual(try bench.post("/review", fields + [("csrf", token)], cookie: cookie).status, 303)
        XCTAssertTrue(FileManager.default.fileExists(atPath: review.path))
    }

    func testNoPathLeavesTheFolder() throws {
        let cookie = "workbench_key=auditor-key-0123456789"
        let outside = bench.folder.deletingLastPathComponent().appendingPathComponent("outside-\(UUID().uuidString).txt")
        try FileManager.default.copyItem(at: bench.folder.appendingPathComponent("weight-typo.txt"), to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(atPath: bench.folder.appendingPathComponent("link-out.txt").path, withDestinationPath: outside.path)
        try bench.write("一份藏起来的报告", to: ".hidden.txt")
        try bench.write("不是报告", to: "notes.md")
        let names = [
            "../" + outside.lastPathComponent, "%2E%2E/" + outside.lastPathComponent, outside.path, "link-out.txt", ".hidden.txt", "notes.md",
            "./weight-typo.txt", "sub/../weight-typo.txt", "",
        ]
        for name in names {
            XCTAssertEqual(try bench.get("/report?file=" + name, cookie: cookie).status, 404, name)
            XCTAssertEqual(try bench.get("/export.html?file=" + name, cookie: cookie).status, 404, name)
        }
        let list = try bench.get("/reports", cookie: cookie).text
        XCTAssertFalse(list.contains("link-out.txt"))
        XCTAssertFalse(list.contains(".hidden.txt"))
        XCTAssertTrue(list.contains("2 份报告"), list)
    }

    func testReportTextAndNamesAreNeverMarkup() throws {
        let cookie = "workbench_key=auditor-key-0123456789"
        let hostile = "<script>alert(1)</script>\"'&"
        let report = try String(contentsOf: bench.folder.appendingPathComponent("weight-typo.txt"), encoding: .utf8)
        try bench.write(report.replacingOccurrences(of: "一、", with: hostile + "一、", options: [], range: report.range(of: "一、")), to: "a<b>&\"c.txt")
        for target in ["/reports", "/report?file=a%3Cb%3E%26%22c.txt", "/finding?file=a%3Cb%3E%26%22c.txt&id=1"] {
            let page = try bench.get(target, cookie: cookie)
            XCTAssertEqual(page.status, 200, target)
            XCTAssertFalse(page.text.contains("<script"), target)
            XCTAssertFalse(page.text.contains("<b>"), target)
            XCTAssertTrue(XMLParser(data: Data(page.text.replacingOccurrences(of: "<!DOCTYPE html>", with: "").utf8)).parse(), "\(target) is well-formed")
        }
        XCTAssertTrue(try bench.get("/report?file=a%3Cb%3E%26%22c.txt", cookie: cookie).text.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;"))
    }
}
