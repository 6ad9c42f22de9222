import Audit
import Foundation
import XCTest

@testable import Workbench

/// The auditor's pages, asked as a browser asks: the list, a report with its findings
/// in the margin, a finding with its reasons, and what a report that cannot be read shows.
final class AuditorPagesTests: XCTestCase {
    private var bench: TestBench!

    override func setUpWithError() throws { bench = try TestBench() }
    override func tearDown() { bench.remove() }

    func testTheListShowsEveryReportWithItsFindingsBySeverity() throws {
        let page = try bench.get("/reports")
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.text.contains("2 份报告"), page.text)
        // anhui-farm-machinery-project: 1 high, 3 medium, 0 low; none decided yet.
        XCTAssertTrue(
            page.text.contains(
                "淮北县2024年度农机购置与应用补贴项目绩效自评报告</td><td class=\"num high\">1</td><td class=\"num medium\">3</td><td class=\"num \">0</td><td class=\"num\">0/4</td>"),
            page.text)
        XCTAssertTrue(page.text.contains("<a href=\"/report?file=weight-typo.txt\">weight-typo.txt</a>"))
        XCTAssertEqual(try bench.get("/").header("location"), "/reports")
    }

    func testTheReportShowsItsTablesAndEachFindingBesideWhatItCites() throws {
        let page = try bench.get("/report?file=anhui-farm-machinery-project.txt")
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.text.contains("<h1>淮北县2024年度农机购置与应用补贴项目绩效自评报告</h1>"))
        XCTAssertTrue(page.text.contains("<table class=\"grid\">"), "the indicator table is drawn as a table")
        // Line 7 (the budget) is cited by #1 and #4: both notes sit in its margin.
        let line7 = try XCTUnwrap(page.text.split(separator: "\n").first { $0.hasPrefix("<tr id=\"d1-L7\"") })
        XCTAssertTrue(line7.contains("href=\"/finding?file=anhui-farm-machinery-project.txt&amp;id=1\""), String(line7))
        XCTAssertTrue(line7.contains("href=\"/finding?file=anhui-farm-machinery-project.txt&amp;id=4\""), String(line7))
        XCTAssertTrue(page.text.contains("<td>未审核</td>"))
        XCTAssertTrue(page.text.contains("/export.csv?file=anhui-farm-machinery-project.txt"))
    }

    func testAFindingShowsItsReasonsTheDecisionFormAndWhyRelatedRulesWereSilent() throws {
        let page = try bench.get("/finding?file=anhui-farm-machinery-project.txt&id=1")
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.text.contains("<h1>#1 自评得分高于指标完成情况和预算执行率所能得到的分数</h1>"), page.text)
        XCTAssertTrue(page.text.contains("<details class=\"reasoning\" open=\"open\"><summary>怎样得出</summary>"))
        XCTAssertTrue(page.text.contains("项目预算执行率 = 执行数540万元 ÷ 预算数600万元 = 90%"))
        // Evidence links lead to the report's lines.
        XCTAssertTrue(page.text.contains("<a href=\"/report?file=anhui-farm-machinery-project.txt#d1-L104\">第 104 行</a>"))
        XCTAssertTrue(page.text.contains("<form class=\"decide\" method=\"post\" action=\"/review\">"))
        XCTAssertNotNil(try? bench.formToken(on: page))
        XCTAssertTrue(page.text.contains("<summary>“自评得分超过满分”〔score-over-maximum〕</summary>"))
        XCTAssertTrue(page.text.contains("“自评得分超过满分”（项目）没有报告。"))
    }

    func testWhatIsNotThereIsSaidPlainly() throws {
        for target in ["/report?file=no-such.txt", "/report", "/finding?file=no-such.txt&id=1"] {
            let page = try bench.get(target)
            XCTAssertEqual(page.status, 404, target)
            XCTAssertTrue(page.text.contains("报告文件夹中没有这份报告"), target)
        }
        let finding = try bench.get("/finding?file=weight-typo.txt&id=99")
        XCTAssertEqual(finding.status, 404)
        XCTAssertTrue(finding.text.contains("这份报告的问题编号为 #1 到 #"), finding.text)
        XCTAssertEqual(try bench.get("/nowhere").status, 404)
        XCTAssertEqual(try bench.post("/reports", []).status, 405)
    }

    func testAReportThatCannotBeReadSaysSoAndIsNoFinding() throws {
        try Data([0x00, 0x01, 0x02, 0xFF, 0x00, 0x10] + Array(repeating: 0, count: 64)).write(to: bench.folder.appendingPathComponent("broken.txt"))
        let list = try bench.get("/reports")
        XCTAssertTrue(list.text.contains("<td class=\"failed\" colspan=\"5\">无法读取："), list.text)
        XCTAssertTrue(list.text.contains("淮北县2024年度"), "the other reports are listed still")
        let page = try bench.get("/report?file=broken.txt")
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.text.contains("无法读取这份报告："))
        XCTAssertTrue(page.text.contains("这不是审核发现：报告没有被审核。〔RD003〕"), page.text)
    }

    func testAChangedReportIsAuditedAgain() throws {
        XCTAssertTrue(try bench.get("/reports").text.contains("weight-typo.txt"))
        let before = try bench.get("/report?file=weight-typo.txt").text
        try bench.write("2024年度某某局部门整体支出绩效自评报告\n\n一、部门概况\n本局负责全市某某工作。\n", to: "weight-typo.txt")
        let after = try bench.get("/report?file=weight-typo.txt").text
        XCTAssertNotEqual(before, after)
        XCTAssertTrue(after.contains("本局负责全市某某工作"))
    }
}
