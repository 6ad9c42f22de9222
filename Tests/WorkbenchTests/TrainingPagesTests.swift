import Foundation
import XCTest

@testable import Workbench

/// Trainers and trainees: a class opened, trainees joining by its link, marking and
/// submitting, the score with its explanations, and what a trainee may not see.
final class TrainingPagesTests: XCTestCase {
    private var bench: TestBench!
    private let trainer = "workbench_key=trainer-key-0123456789"

    override func setUpWithError() throws {
        bench = try TestBench(library: ["anhui-farm-machinery-project", "weight-typo", "yunxi-2024"])
    }
    override func tearDown() { bench.remove() }

    /// Opens a class of two cases; its id and join link's query.
    private func openClass() throws -> (id: String, join: String) {
        let token = try bench.formToken(on: try bench.get("/classes", cookie: trainer))
        let made = try bench.post(
            "/classes/new", [("name", "2026年第一期"), ("case", "anhui-farm-machinery-project"), ("case", "weight-typo"), ("case", "no-such-case"), ("csrf", token)],
            cookie: trainer)
        XCTAssertEqual(made.status, 303, made.text)
        let id = String(try XCTUnwrap(made.header("location")?.firstMatch(of: /id=(c[0-9a-z]+)/)).output.1)
        let page = try bench.get("/class?id=\(id)", cookie: trainer)
        let join = String(try XCTUnwrap(page.text.firstMatch(of: /<code class="join-link">http:\/\/127\.0\.0\.1:8765(\/join\?[^<]+)<\/code>/)).output.1)
        return (id, join.replacingOccurrences(of: "&amp;", with: "&"))
    }

    /// A trainee joins by the link; their cookie.
    private func join(_ link: String, as name: String) throws -> String {
        let form = try bench.get(link)
        XCTAssertTrue(form.text.contains("培训班“2026年第一期”，共 2 个案例。"), form.text)
        let query = try XCTUnwrap(URLComponents(string: link)?.queryItems)
        let fields = query.map { ($0.name, $0.value ?? "") } + [("name", name), ("csrf", try bench.formToken(on: form))]
        let joined = try bench.post("/join", fields)
        XCTAssertEqual(joined.status, 303, joined.text)
        XCTAssertEqual(joined.header("location"), "/trainee")
        let cookie = try XCTUnwrap(joined.header("set-cookie"))
        return String(cookie.prefix { $0 != ";" })
    }

    private func act(_ path: String, _ fields: [(String, String)], cookie: String) throws -> Answer {
        let token = try bench.formToken(on: try bench.get("/trainee/case?name=anhui-farm-machinery-project", cookie: cookie))
        return try bench.post(path, [("name", "anhui-farm-machinery-project")] + fields + [("csrf", token)], cookie: cookie)
    }

    func testATraineeMarksSubmitsAndReadsTheScore() throws {
        let (id, link) = try openClass()
        let zhang = try join(link, as: "张三")
        let home = try bench.get("/trainee", cookie: zhang)
        XCTAssertTrue(home.text.contains("张三，你好。培训班“2026年第一期”有 2 个案例"), home.text)
        let reading = try bench.get("/trainee/case?name=anhui-farm-machinery-project", cookie: zhang)
        XCTAssertTrue(reading.text.contains("<table class=\"grid\">"))
        XCTAssertFalse(reading.text.contains("最多只能得99分"), "no finding is shown before submitting")
        XCTAssertFalse(reading.text.contains("class=\"cited"), "no line is marked before submitting")
        XCTAssertEqual(try bench.get("/trainee/result?name=anhui-farm-machinery-project", cookie: zhang).header("location"), "/trainee/case?name=anhui-farm-machinery-project")

        let wrongLine = try act("/trainee/mark", [("rule", "score-exceeds-attainable"), ("lines", "999")], cookie: zhang)
        XCTAssertEqual(wrongLine.status, 400)
        XCTAssertTrue(wrongLine.text.contains("第 999 行不存在（报告共 110 行）"), wrongLine.text)
        XCTAssertEqual(try act("/trainee/mark", [("rule", "score-exceeds-attainable"), ("lines", "104")], cookie: zhang).status, 303)
        XCTAssertEqual(try act("/trainee/mark", [("rule", "balance-over-limit"), ("lines", "4")], cookie: zhang).status, 303)
        XCTAssertEqual(try act("/trainee/mark", [("rule", "grade-mismatch"), ("lines", "5")], cookie: zhang).status, 303)
        XCTAssertEqual(try act("/trainee/unmark", [("index", "2")], cookie: zhang).status, 303)
        XCTAssertTrue(try bench.get("/trainee/case?name=anhui-farm-machinery-project", cookie: zhang).text.contains("我记下的问题（2 条）"))

        XCTAssertEqual(try act("/trainee/submit", [], cookie: zhang).header("location"), "/trainee/result?name=anhui-farm-machinery-project")
        let result = try bench.get("/trainee/result?name=anhui-farm-machinery-project", cookie: zhang)
        XCTAssertTrue(result.text.contains("应找出 4 个问题，找到 1 个（召回率 25.0%）；记下 2 条，正确 1 条（准确率 50.0%）。"), result.text)
        XCTAssertTrue(result.text.contains("<h2>漏掉的</h2>"))
        XCTAssertTrue(result.text.contains("<h3>案例讲解</h3>"), "the case's teaching notes")
        XCTAssertTrue(result.text.contains("<h4>✗ “结余率超过10%”，项目第 4 行</h4>"), result.text)
        XCTAssertTrue(result.text.contains("为什么这里不适用"))
        // After submitting the case page shows the result; marking again needs a new start.
        XCTAssertEqual(try bench.get("/trainee/case?name=anhui-farm-machinery-project", cookie: zhang).status, 303)

        let progress = try bench.get("/class?id=\(id)", cookie: trainer)
        XCTAssertTrue(progress.text.contains("<tr><td>张三</td><td>找到 1/4，准确 50.0%</td><td>—</td></tr>"), progress.text)
        XCTAssertTrue(progress.text.contains("<h2>最常漏掉的规则</h2>"))

        XCTAssertEqual(try bench.post("/trainee/retry", [("name", "anhui-farm-machinery-project"), ("csrf", try bench.formToken(on: result))], cookie: zhang).status, 303)
        XCTAssertTrue(try bench.get("/trainee/case?name=anhui-farm-machinery-project", cookie: zhang).text.contains("我记下的问题（0 条）"))
    }

    func testATraineeSeesOnlyTheirOwnCasesAndWork() throws {
        let (_, link) = try openClass()
        let zhang = try join(link, as: "张三"), li = try join(link, as: "李四")
        XCTAssertEqual(try act("/trainee/mark", [("rule", "score-exceeds-attainable"), ("lines", "104")], cookie: zhang).status, 303)
        XCTAssertTrue(try bench.get("/trainee/case?name=anhui-farm-machinery-project", cookie: li).text.contains("我记下的问题（0 条）"))
        for target in ["/reports", "/report?file=weight-typo.txt", "/rules", "/classes", "/export.csv"] {
            XCTAssertEqual(try bench.get(target, cookie: li).status, 403, target)
        }
        XCTAssertEqual(try bench.get("/trainee/case?name=yunxi-2024", cookie: li).status, 404, "a case of the library, not of the class")
        XCTAssertEqual(try bench.get("/trainee", cookie: "workbench_key=guess").status, 403, "auditors open, but no trainee without a key")
    }

    func testOnlyTheRightLinkJoins() throws {
        let (id, _) = try openClass()
        for link in ["/join?class=\(id)&key=guess", "/join?class=nothing&key=x", "/join"] {
            let page = try bench.get(link)
            XCTAssertEqual(page.status, 404, link)
            XCTAssertTrue(page.text.contains("这个加入链接不对"), link)
        }
        XCTAssertEqual(try bench.get("/classes").status, 403, "the auditors' open door is not the trainer's")
    }

    func testClassesAndWorkOutliveARestart() throws {
        let (id, link) = try openClass()
        let zhang = try join(link, as: "张三")
        XCTAssertEqual(try act("/trainee/mark", [("rule", "score-exceeds-attainable"), ("lines", "104")], cookie: zhang).status, 303)
        try bench.restart()
        let again = bench.workbench
        let visitor = try XCTUnwrap(again.gate.visitor(withKey: String(zhang.dropFirst("workbench_key=".count))))
        XCTAssertEqual(visitor.role, .trainee)
        XCTAssertEqual(again.training?.store.class(id)?.trainees.map(\.name), ["张三"])
        XCTAssertEqual(again.training?.store.work(id, visitor.trainee?.traineeID ?? "")["anhui-farm-machinery-project"]?.marks.count, 1)
    }

    func testADamagedWorkFileIsNamedAndLeftAsItIs() throws {
        let (id, link) = try openClass()
        let zhang = try join(link, as: "张三")
        let trainee = try XCTUnwrap(bench.workbench.training?.store.class(id)?.trainees.first)
        let path = bench.folder.appendingPathComponent(".workbench/work/\(id)/\(trainee.id).json")
        try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("not json".utf8).write(to: path)
        try bench.restart()
        let refused = try act("/trainee/mark", [("rule", "score-exceeds-attainable"), ("lines", "104")], cookie: zhang)
        XCTAssertEqual(refused.status, 500)
        XCTAssertTrue(refused.text.contains("\(trainee.id).json 不是审核工作台写出的文件；为了不丢失其中的内容，没有改动它"), refused.text)
        XCTAssertEqual(try String(contentsOf: path, encoding: .utf8), "not json")
    }

    func testADamagedClassFileStopsTheStartAndIsNamed() throws {
        let (id, _) = try openClass()
        let path = bench.folder.appendingPathComponent(".workbench/classes/\(id).json")
        try Data("{".utf8).write(to: path)
        XCTAssertThrowsError(try Workbench(bench.workbench.settings)) { error in
            XCTAssertEqual(error as? Workbench.StartProblem, .damagedClassFile(path.resolvingSymlinksInPath().path))
        }
    }
}
