import Audit
import Foundation
import XCTest

@testable import Workbench

/// Decisions taken in the browser go into the review file `audit review` keeps, and
/// decisions taken on the command line show in the browser; none is lost when several
/// auditors decide at once; the findings leave as CSV and HTML with their decisions.
final class ReviewTests: XCTestCase {
    private var bench: TestBench!
    private let file = "anhui-farm-machinery-project.txt"

    override func setUpWithError() throws { bench = try TestBench() }
    override func tearDown() { bench.remove() }

    private func decide(_ id: String, _ verdict: String, comment: String = "") throws -> Answer {
        let token = try bench.formToken(on: try bench.get("/finding?file=\(file)&id=\(id)"))
        return try bench.post("/review", [("file", file), ("id", id), ("verdict", verdict), ("comment", comment), ("csrf", token)])
    }

    private var reviewFile: ReviewFile? {
        FileManager.default.contents(atPath: bench.folder.appendingPathComponent(file + ".review.json").path).flatMap(ReviewFile.init(data:))
    }

    func testADecisionIsKeptInTheReviewFileAndShown() throws {
        let answer = try decide("1", "accepted", comment: "执行率 90%，应扣 1 分")
        XCTAssertEqual(answer.status, 303)
        XCTAssertEqual(answer.header("location"), "/finding?file=anhui-farm-machinery-project.txt&id=1&saved=1")
        let decision = try XCTUnwrap(reviewFile?.decisions.first)
        XCTAssertEqual(decision.verdict, .accepted)
        XCTAssertEqual(decision.comment, "执行率 90%，应扣 1 分")
        XCTAssertEqual(decision.rule, "score-exceeds-attainable")
        let page = try bench.get("/finding?file=\(file)&id=1&saved=1")
        XCTAssertTrue(page.text.contains("<p class=\"saved\">审核意见已保存：确认（执行率 90%，应扣 1 分）（anhui-farm-machinery-project.txt.review.json）</p>"), page.text)
        XCTAssertTrue(page.text.contains("value=\"accepted\" required=\"required\" checked=\"checked\""))
        XCTAssertTrue(page.text.contains("<p class=\"decision accepted\">审核意见：确认（执行率 90%，应扣 1 分）</p>"))
        XCTAssertTrue(try bench.get("/reports").text.contains("<td class=\"num\">1/4</td>"))
        XCTAssertTrue(try bench.get("/report?file=\(file)").text.contains("<span class=\"verdict\">· 确认</span>"))
        // Decided again: the new decision replaces the old.
        XCTAssertEqual(try decide("1", "rejected").status, 303)
        XCTAssertEqual(reviewFile?.decisions.map(\.verdict), [.rejected])
    }

    func testADecisionTakenOnTheCommandLineShowsWithoutARestart() throws {
        XCTAssertFalse(try bench.get("/finding?file=\(file)&id=2").text.contains("审核意见：待定"))
        let audit = try bench.workbench.audits.withAudit(file) { $0 }.get()
        var review = ReviewFile()
        review.record(ReviewDecision(finding: try XCTUnwrap(audit.finding("2")), verdict: .pending, comment: "待问询"))
        try ReviewStore.save(review, forReport: file, in: bench.folder.path)
        XCTAssertTrue(try bench.get("/finding?file=\(file)&id=2").text.contains("审核意见：待定（待问询）"))
        XCTAssertTrue(try bench.get("/report?file=\(file)").text.contains("<td>待定</td>"))
    }

    func testAuditorsDecidingAtOnceLoseNothing() throws {
        let token = try bench.formToken(on: try bench.get("/finding?file=\(file)&id=1"))
        let bench = self.bench!, file = self.file
        let path = bench.folder.appendingPathComponent(file + ".review.json").path
        // Each round, four auditors decide the four findings at the same moment.
        for round in 0..<20 {
            try? FileManager.default.removeItem(atPath: path)
            let statuses = sideBySide(4) { index in
                (try? bench.post("/review", [("file", file), ("id", String(index + 1)), ("verdict", "accepted"), ("comment", "第 \(round) 轮"), ("csrf", token)]))?.status ?? 0
            }
            XCTAssertEqual(Set(statuses), [303])
            XCTAssertEqual(reviewFile?.decisions.count, 4, "round \(round): one decision per finding, none lost")
        }
    }

    func testAnIncompleteFormIsRefusedAndSavesNothing() throws {
        let token = try bench.formToken(on: try bench.get("/finding?file=\(file)&id=1"))
        let noVerdict = try bench.post("/review", [("file", file), ("id", "1"), ("csrf", token)])
        XCTAssertEqual(noVerdict.status, 400)
        XCTAssertTrue(noVerdict.text.contains("请选择 确认、不采纳 或 待定。"))
        let long = try bench.post("/review", [("file", file), ("id", "1"), ("verdict", "accepted"), ("comment", String(repeating: "长", count: 2001)), ("csrf", token)])
        XCTAssertEqual(long.status, 400)
        XCTAssertTrue(long.text.contains("说明最多 2000 个字，这里有 2001 个。"))
        XCTAssertEqual(try bench.post("/review", [("file", file), ("id", "9"), ("verdict", "accepted"), ("csrf", token)]).status, 404)
        XCTAssertNil(reviewFile)
    }

    func testADamagedReviewFileIsSaidAndNotOverwritten() throws {
        let path = bench.folder.appendingPathComponent(file + ".review.json")
        try Data("{ not json".utf8).write(to: path)
        let page = try bench.get("/finding?file=\(file)&id=1")
        XCTAssertTrue(page.text.contains("无法读取这份报告：无法读取 anhui-farm-machinery-project.txt.review.json 中的审核意见"), page.text)
        let token = try bench.formToken(on: try bench.get("/finding?file=weight-typo.txt&id=1"))
        XCTAssertEqual(try bench.post("/review", [("file", file), ("id", "1"), ("verdict", "accepted"), ("csrf", token)]).status, 200)
        XCTAssertEqual(try String(contentsOf: path, encoding: .utf8), "{ not json")
    }

    func testTheFindingsLeaveAsCSVAndHTMLWithTheirDecisions() throws {
        XCTAssertEqual(try decide("1", "accepted", comment: "同意").status, 303)
        let all = try bench.get("/export.csv")
        XCTAssertEqual(all.header("content-type"), "text/csv; charset=utf-8")
        XCTAssertEqual(all.header("content-disposition"), "attachment; filename=\"findings.csv\"; filename*=UTF-8''%E5%AE%A1%E6%A0%B8%E7%BB%93%E6%9E%9C.csv")
        XCTAssertTrue(all.text.hasPrefix("\u{FEFF}文件,单位,编号,规则,严重程度,标题,需人工判断,说明,行,引文,建议,审核意见\r\n"))
        let rows = all.text.split(separator: "\r\n")
        XCTAssertEqual(rows.filter { $0.hasPrefix(file) }.count, 4)
        XCTAssertTrue(rows.contains { $0.hasPrefix("weight-typo.txt,") })
        XCTAssertTrue(rows.contains { $0.hasPrefix(file + ",项目,1,score-exceeds-attainable,") && $0.hasSuffix(",确认（同意）") })
        let one = try bench.get("/export.csv?file=weight-typo.txt")
        XCTAssertTrue(one.text.split(separator: "\r\n").dropFirst().allSatisfy { $0.hasPrefix("weight-typo.txt,") })
        XCTAssertTrue(one.header("content-disposition")?.contains("filename*=UTF-8''weight-typo.txt.%E5%AE%A1") == true)
        let html = try bench.get("/export.html?file=\(file)")
        XCTAssertEqual(html.status, 200)
        XCTAssertTrue(html.text.contains("<p class=\"decision accepted\">审核意见：确认（同意）</p>"))
        XCTAssertTrue(html.text.contains("<h3>原文</h3>"))
    }
}
