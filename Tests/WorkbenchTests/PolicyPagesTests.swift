import Foundation
import TestSupport
import XCTest

@testable import Workbench

/// Policy staff's pages: the rules by topic, an edit checked as `rules lint` and `rules
/// test` check it, its impact before saving, the save (atomic, with history), a stale
/// save refused with the difference, and who may do which.
final class PolicyPagesTests: XCTestCase {
    private var bench: TestBench!
    private let policy = "workbench_key=policy-key-0123456789"
    private let original = "parameter balance-rate-limit\n  label: 结余率上限\n  value: 10\n"

    override func setUpWithError() throws {
        bench = try TestBench(cases: ["yunxi-2024", "weight-typo"], editable: true, library: ["balance-exactly-10", "subdistrict-office-department"])
    }
    override func tearDown() { bench.remove() }

    private var parameters: URL { bench.knowledge.appendingPathComponent("parameters.rules") }

    /// The editor's page for parameters.rules, and the fields its form posts.
    private func openEditor(cookie: String? = nil) throws -> (text: String, fields: [(String, String)]) {
        let page = try bench.get("/rules/edit?file=parameters.rules", cookie: cookie ?? policy)
        XCTAssertEqual(page.status, 200, page.text)
        let text = try String(contentsOf: parameters, encoding: .utf8)
        let version = String(try XCTUnwrap(page.text.firstMatch(of: /name="version" value="([0-9a-f]{64})"/)).output.1)
        return (text, [("file", "parameters.rules"), ("version", version), ("csrf", try bench.formToken(on: page))])
    }

    private func limit(_ value: String, in text: String) -> String {
        text.replacingOccurrences(of: original, with: original.replacingOccurrences(of: "value: 10", with: "value: \(value)"))
    }

    func testTheRulesAreShownByTopicAndOnlyPolicyStaffMayEdit() throws {
        let asPolicy = try bench.get("/rules", cookie: policy)
        XCTAssertTrue(asPolicy.text.contains("<h2>knowledge/execution.rules</h2>"), asPolicy.text)
        XCTAssertTrue(
            asPolicy.text.contains("<td><a href=\"/rules/edit?file=parameters.rules&amp;line=25\"><code>balance-rate-limit</code></a></td><td>结余率上限</td><td>10%</td>"),
            "a parameter opens the editor at its line")
        let editor = try bench.get("/rules/edit?file=parameters.rules&line=25", cookie: policy)
        XCTAssertTrue(editor.text.contains("data-lint=\"/rules/lint\" data-line=\"25\">"))
        XCTAssertTrue(asPolicy.text.contains("<a href=\"/rules/edit?file=parameters.rules\">编辑这个文件</a>"))
        let asAuditor = try bench.get("/rules")
        XCTAssertTrue(asAuditor.text.contains("只有政策人员可以修改。"))
        XCTAssertTrue(asAuditor.text.contains("<td><code>balance-rate-limit</code></td><td>结余率上限</td><td>10%</td>"))
        XCTAssertFalse(asAuditor.text.contains("编辑这个文件"))
        for cookie in [nil, "workbench_key=trainer-key-0123456789"] {
            let refused = try bench.get("/rules/edit?file=parameters.rules", cookie: cookie)
            XCTAssertEqual(refused.status, 403)
            XCTAssertTrue(refused.text.contains("这个页面只供政策人员使用。"))
        }
    }

    func testOnlyPolicyStaffMaySaveEvenWithAValidForm() throws {
        let page = try bench.get("/finding?file=weight-typo.txt&id=1")
        let (text, fields) = try openEditor()
        let auditorToken = try bench.formToken(on: page)
        let attempt = try bench.post("/rules/save", fields.filter { $0.0 != "csrf" } + [("csrf", auditorToken), ("text", limit("15", in: text))])
        XCTAssertEqual(attempt.status, 403)
        XCTAssertEqual(try String(contentsOf: parameters, encoding: .utf8), text)
    }

    func testAnEditIsCheckedWithTheSameDiagnosticsAndNothingIsSaved() throws {
        let (text, fields) = try openEditor()
        let checked = try bench.post("/rules/check", fields + [("text", limit("十五", in: text))], cookie: policy)
        XCTAssertEqual(checked.status, 200)
        XCTAssertTrue(checked.text.contains("改正后才能保存。"), checked.text)
        XCTAssertTrue(checked.text.contains("knowledge/parameters.rules:27:10: 错误[KB039]: 参数的值应是数字"), checked.text)
        XCTAssertTrue(checked.text.contains("27 |   value: 十五"), "the line with a caret under it")
        // The edited file's error comes before those it causes elsewhere.
        let own = try XCTUnwrap(checked.text.range(of: "KB039")), caused = try XCTUnwrap(checked.text.range(of: "KB022"))
        XCTAssertLessThan(own.lowerBound, caused.lowerBound)
        XCTAssertFalse(checked.text.contains("修改的影响"), "no impact for an edit that does not load")
        XCTAssertEqual(try String(contentsOf: parameters, encoding: .utf8), text)
        let live = try bench.post("/rules/lint", fields + [("text", limit("十五", in: text))], cookie: policy)
        XCTAssertTrue(live.text.hasPrefix("<section class=\"check\">"), live.text)
        XCTAssertTrue(live.text.contains("KB039"))
    }

    func testTheImpactOfAnEditIsShownBeforeSaving() throws {
        let (text, fields) = try openEditor()
        let checked = try bench.post("/rules/check", fields + [("text", limit("20", in: text))], cookie: policy)
        XCTAssertTrue(checked.text.contains("没有错误，可以保存。"), checked.text)
        XCTAssertTrue(checked.text.contains("<li>参数 <code>balance-rate-limit</code>：10% → 20%</li>"))
        XCTAssertTrue(checked.text.contains("修改的影响：案例库（2 个案例）"))
        // subdistrict-office-department: 15% was over the limit, no longer; yunxi-2024 (18.5%) too.
        XCTAssertTrue(checked.text.contains("<h3>subdistrict-office-department/report.txt</h3>"), checked.text)
        XCTAssertTrue(checked.text.contains("－ 消失 finding balance-over-limit 部门整体 13：部门整体结余率为15%"), checked.text)
        XCTAssertTrue(checked.text.contains("修改的影响：报告文件夹（2 份报告）"))
        XCTAssertTrue(checked.text.contains("<h3>yunxi-2024.txt</h3>"))
        XCTAssertEqual(try String(contentsOf: parameters, encoding: .utf8), text, "checking saves nothing")
    }

    func testTheImpactCanBeLimitedToAFolderOfReports() throws {
        let report = try String(contentsOf: Repository.root.appendingPathComponent("cases/subdistrict-office-department/report.txt"), encoding: .utf8)
        try bench.write(report, to: "2024/街道/report.txt")
        let (text, fields) = try openEditor()
        let page = try bench.get("/rules/edit?file=parameters.rules", cookie: policy)
        XCTAssertTrue(page.text.contains("<option value=\"2024\">2024</option><option value=\"2024/街道\">2024/街道</option>"), page.text)
        let checked = try bench.post("/rules/check", fields + [("text", limit("20", in: text)), ("scope", "2024/街道")], cookie: policy)
        XCTAssertTrue(checked.text.contains("修改的影响：报告文件夹中的 2024/街道（1 份报告）"), checked.text)
        XCTAssertTrue(checked.text.contains("<h3>2024/街道/report.txt</h3>"))
        XCTAssertFalse(checked.text.contains("<h3>yunxi-2024.txt</h3>"), "reports outside the folder chosen are left out")
        XCTAssertTrue(checked.text.contains("<option value=\"2024/街道\" selected=\"selected\">"))
        // A folder that is not one of the folder's own is the whole folder.
        let outside = try bench.post("/rules/check", fields + [("text", limit("20", in: text)), ("scope", "../cases")], cookie: policy)
        XCTAssertTrue(outside.text.contains("修改的影响：报告文件夹（3 份报告）"), outside.text)
    }

    func testTheEditedFilesExamplesRun() throws {
        let page = try bench.get("/rules/edit?file=execution.rules", cookie: policy)
        let fields = [
            ("file", "execution.rules"), ("csrf", try bench.formToken(on: page)),
            ("version", String(try XCTUnwrap(page.text.firstMatch(of: /name="version" value="([0-9a-f]{64})"/)).output.1)),
        ]
        let text = try String(contentsOf: bench.knowledge.appendingPathComponent("execution.rules"), encoding: .utf8)
        let clean = try bench.post("/rules/lint", fields + [("text", text)], cookie: policy).text
        XCTAssertTrue(clean.contains("✓ <code>balance-over-limit</code> 结余率 22.41%（第 57 行）"), clean)
        XCTAssertFalse(clean.contains("✗"))
        let reworded = text.replacingOccurrences(of: "超过{$balance-rate-limit}%的上限", with: "高于{$balance-rate-limit}%的上限")
        let failing = try bench.post("/rules/lint", fields + [("text", reworded)], cookie: policy).text
        XCTAssertTrue(
            failing.contains(
                "✗ <code>balance-over-limit</code> 结余率 22.41%（第 57 行）<pre>- &quot;部门整体结余率为22.41%（预算执行率77.59%），超过10%的上限&quot;\n"
                    + "+ &quot;部门整体结余率为22.41%（预算执行率77.59%），高于10%的上限&quot;</pre>"), failing)
    }

    func testASaveIsKeptWithItsHistoryAndAuditsUseIt() throws {
        let before = try bench.get("/report?file=yunxi-2024.txt").text
        XCTAssertTrue(before.contains("结余率超过10%"), "yunxi-2024 has a balance of 18.5%")
        let (text, fields) = try openEditor()
        let saved = try bench.post("/rules/save", fields + [("text", limit("20", in: text).replacingOccurrences(of: "\n", with: "\r\n"))], cookie: policy)
        XCTAssertEqual(saved.status, 303, saved.text)
        XCTAssertEqual(saved.header("location"), "/rules/edit?file=parameters.rules&saved=1")
        XCTAssertEqual(try String(contentsOf: parameters, encoding: .utf8), limit("20", in: text), "line ends as the file had them")
        let history = try FileManager.default.contentsOfDirectory(atPath: bench.knowledge.appendingPathComponent(".history").path)
        XCTAssertEqual(history.count, 1)
        XCTAssertTrue(history[0].hasPrefix("parameters.rules@"))
        XCTAssertEqual(try String(contentsOf: bench.knowledge.appendingPathComponent(".history/" + history[0]), encoding: .utf8), text)
        XCTAssertFalse(try bench.get("/report?file=yunxi-2024.txt").text.contains("结余率超过"), "audits use the saved rules at once")
        XCTAssertTrue(try bench.get("/rules", cookie: policy).text.contains("<td>结余率上限</td><td>20%</td>"))
        let versions = try bench.get("/rules/history?file=parameters.rules", cookie: policy)
        let stamp = String(history[0].dropFirst("parameters.rules@".count))
        XCTAssertTrue(versions.text.contains("保存于 \(stamp) 之前的版本"), versions.text)
        let old = try bench.get("/rules/history?file=parameters.rules&saved=\(stamp)", cookie: policy)
        XCTAssertTrue(old.text.contains("<del>－   value: 10</del>\n<ins>＋   value: 20</ins>"), old.text)
    }

    func testAnEditWithErrorsIsNotSaved() throws {
        let (text, fields) = try openEditor()
        let refused = try bench.post("/rules/save", fields + [("text", limit("十五", in: text))], cookie: policy)
        XCTAssertEqual(refused.status, 422)
        XCTAssertTrue(refused.text.contains("个错误，没有保存。"))
        XCTAssertTrue(refused.text.contains("value: 十五"), "the edit stays in the editor")
        XCTAssertEqual(try String(contentsOf: parameters, encoding: .utf8), text)
    }

    func testTheSecondOfTwoEditorsIsShownTheDifferenceAndLosesNothing() throws {
        let (text, first) = try openEditor()
        let (_, second) = try openEditor()
        XCTAssertEqual(try bench.post("/rules/save", first + [("text", limit("15", in: text))], cookie: policy).status, 303)
        let mine = limit("12", in: text)
        let refused = try bench.post("/rules/save", second + [("text", mine)], cookie: policy)
        XCTAssertEqual(refused.status, 409)
        XCTAssertTrue(refused.text.contains("这个文件在你编辑期间已被别人保存。你的修改没有保存，也没有丢失"))
        XCTAssertTrue(refused.text.contains("<del>－   value: 15</del>\n<ins>＋   value: 12</ins>"), refused.text)
        XCTAssertTrue(refused.text.contains("  value: 12\n"), "the second edit is still in the editor")
        XCTAssertEqual(try String(contentsOf: parameters, encoding: .utf8), limit("15", in: text), "the first save stands")
        // Saving again, having seen the difference, replaces the first.
        let version = String(try XCTUnwrap(refused.text.firstMatch(of: /name="version" value="([0-9a-f]{64})"/)).output.1)
        let again = second.map { $0.0 == "version" ? ($0.0, version) : $0 }
        XCTAssertEqual(try bench.post("/rules/save", again + [("text", mine)], cookie: policy).status, 303)
        XCTAssertEqual(try String(contentsOf: parameters, encoding: .utf8), mine)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: bench.knowledge.appendingPathComponent(".history").path).count, 2)
    }

    func testOnlyTheKnowledgeFilesMayBeOpened() throws {
        try Data("secret".utf8).write(to: bench.knowledge.appendingPathComponent("notes.txt"))
        for name in ["../reports/weight-typo.txt", "notes.txt", ".history/x.rules", "README.md", "/etc/passwd", "reading/../parameters.rules"] {
            let page = try bench.get(Markup.link("/rules/edit", [("file", name)]), cookie: policy)
            XCTAssertEqual(page.status, 404, name)
        }
        XCTAssertEqual(try bench.get("/rules/edit?file=reading/tables.vocab", cookie: policy).status, 200, "the reading vocabulary is knowledge too")
    }

    func testTheBuiltInKnowledgeCannotBeEdited() throws {
        let builtIn = try TestBench()
        defer { builtIn.remove() }
        XCTAssertTrue(try builtIn.get("/rules", cookie: policy).text.contains("这是 audit 内置的规则库，不能在这里修改"))
        let page = try builtIn.get("/rules/edit?file=parameters.rules", cookie: policy)
        XCTAssertEqual(page.status, 403)
        XCTAssertTrue(page.text.contains("内置规则库不能修改"))
    }
}
