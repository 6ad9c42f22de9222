import AuditCLI
import Foundation
import TestSupport
import XCTest

/// What `audit facts` prints, pinned in golden files (re-record with RECORD_GOLDEN=1).
final class FactsCommandTests: XCTestCase {
    private func run(_ arguments: String) -> CapturedRun { CapturedRun(inFixtures: arguments) }

    func testTextShowsTheOutlineAndEveryFactWithItsCitation() throws {
        let run = run("facts reports/project.txt")
        XCTAssertEqual(run.status, 0)
        try run.assertMatchesGolden("facts-project.txt")
    }

    func testJSON() throws {
        let run = run("facts --format json reports/project.txt")
        XCTAssertEqual(run.status, 0)
        try run.assertMatchesGolden("facts-project.json.txt")
        // The documented shape, read back with Foundation's own parser.
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let document = try XCTUnwrap((json["documents"] as? [[String: Any]])?.first)
        XCTAssertEqual(document["file"] as? String, "reports/project.txt")
        let facts = try XCTUnwrap(document["facts"] as? [[String: Any]])
        XCTAssertEqual(facts.filter { $0["kind"] as? String == "indicator" }.count, 2)
        XCTAssertEqual(facts.filter { $0["kind"] as? String == "indicator-table" }.count, 1)
        let row = try XCTUnwrap(facts.first { $0["kind"] as? String == "indicator" })
        XCTAssertEqual(Set(row.keys), ["id", "kind", "unit", "slots", "citation", "slotCitations"])
        let citation = try XCTUnwrap(row["citation"] as? [String: Any])
        XCTAssertEqual(citation["line"] as? Int, 25)
        XCTAssertEqual(citation["endLine"] as? Int, 32)
        XCTAssertEqual((row["slots"] as? [String: Any])?["target"] as? Int, 8)
    }

    func testOneBadFileDoesNotLoseTheOthers() throws {
        let run = run("facts reports/notes.txt reports/missing.txt reports/project.txt")
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.output.contains("reports/project.txt（UTF-8，44 行）"))
        XCTAssertEqual(
            run.error,
            """
            reports/notes.txt:1:1: 错误[RD006]: reports/notes.txt 看起来不是绩效自评报告：其中没有中文
            reports/missing.txt:1:1: 错误[RD001]: 无法读取 reports/missing.txt：文件不存在

            """)
        let json = self.run("facts -f json reports/missing.txt reports/project.txt")
        XCTAssertEqual(json.status, 2)
        XCTAssertNotNil(try JSONSerialization.jsonObject(with: Data(json.output.utf8)), "the JSON stays whole")
    }

    func testMaxSize() throws {
        let run = run("facts --max-size 0 reports/project.txt")
        XCTAssertEqual(run.status, 64)
        XCTAssertEqual(
            run.error,
            "错误[CLI001]: '--max-size' 取 1 到 4096 之间的整数（MiB），不能是 '0'\n用法：audit facts [--format FORMAT] [--coverage] [--max-size MIB] [--knowledge DIR] [--lang LANG] FILE …\n")
    }

    func testAKnowledgeFolderWithoutReadingVocabularyIsAnError() {
        let run = run("facts -k clean reports/project.txt")
        XCTAssertEqual(run.status, 2)
        XCTAssertEqual(
            run.error,
            """
            错误[KB213]: clean 中没有阅读词表（.vocab 文件）
            注: 阅读器按 knowledge/reading/*.vocab 中的用词识别表格、列、章节和数字
            建议: 用 --knowledge DIR 指定包含 reading/ 的规则库文件夹

            """)
    }

    func testABrokenReadingVocabularyStopsTheReading() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("audit-words-broken-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "section problms \"存在问题\"\n  words: 存在问题\n  example: 存在问题\n".write(
            to: folder.appendingPathComponent("sections.vocab"), atomically: true, encoding: .utf8)
        let run = CapturedRun(["facts", "-k", folder.path, "reports/project.txt"], workingDirectory: CapturedRun.testFolder.appendingPathComponent("Fixtures").path)
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.error.contains("错误[KB202]: 没有 section 'problms'"), run.error)
        XCTAssertTrue(run.error.contains("建议: 是不是要写 'problems'？"), run.error)
        XCTAssertTrue(run.error.hasSuffix("阅读词表有 1 个错误，请先改正（见 'audit rules lint \(folder.path)'）\n"), run.error)
    }

    func testDeterministic() {
        XCTAssertEqual(run("facts -f json reports/project.txt").output, run("facts -f json reports/project.txt").output)
    }
}

/// What the reader could not read is shown as 读取提示, apart from the findings, in every format.
final class ReadingNotesTests: XCTestCase {
    func testCoverageShowsTheColumnsAndWhatWasNotRead() throws {
        let run = CapturedRun(inFixtures: "facts --coverage reports/unread-form.txt")
        XCTAssertEqual(run.status, 0)
        try run.assertMatchesGolden("facts-coverage-unread-form.txt")
    }

    func testCheckShowsReadingNotesBeforeTheFindings() throws {
        let run = CapturedRun(inFixtures: "check reports/unread-form.txt")
        XCTAssertEqual(run.status, 1)
        try run.assertMatchesGolden("check-unread-form.txt")
    }

    func testEveryFormatCarriesTheNotes() throws {
        let json = CapturedRun(inFixtures: "check -f json reports/unread-form.txt")
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let document = try XCTUnwrap((object["documents"] as? [[String: Any]])?.first)
        let notes = try XCTUnwrap(document["readingNotes"] as? [[String: Any]])
        XCTAssertEqual(notes.map { $0["problem"] as? String }, ["表头无法识别", "有未识别的列"])
        XCTAssertEqual(notes.map { $0["part"] as? String }, ["绩效目标完成情况自评表", "绩效目标完成情况自评表"])
        XCTAssertTrue(CapturedRun(inFixtures: "check -f markdown reports/unread-form.txt").output.contains("### 读取提示"))
        XCTAssertTrue(CapturedRun(inFixtures: "check -f html reports/unread-form.txt").output.contains("<aside class=\"reading-notes\">"))
        let sarif = CapturedRun(inFixtures: "check -f sarif reports/unread-form.txt").output
        XCTAssertTrue(sarif.contains("\"toolExecutionNotifications\""))
        XCTAssertTrue(sarif.contains("读取器认不出它的表头"))
    }
}
