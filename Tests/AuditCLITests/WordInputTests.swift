import AuditCLI
import Foundation
import XCTest

/// .docx, workbook, PDF and web-page reports on the command line: alone, and in a folder with text
/// reports and a damaged file that must not cost the others their results.
final class WordInputTests: XCTestCase {
    func testAFolderMixesEveryFormat() throws {
        let run = CapturedRun(inRepository: "check Tests/AuditCLITests/Fixtures/mixed")
        XCTAssertEqual(run.status, 2, "a damaged file makes the status 2; the others are still audited")
        try run.assertMatchesGolden("check-mixed.txt")
        XCTAssertFalse(run.output.contains("~$"), "Word's lock files are not reports")
    }

    func testFactsOfAWordReportNameParagraphsAndCells() throws {
        let run = CapturedRun(inFixtures: "facts mixed/b-weight-typo.docx")
        XCTAssertEqual(run.status, 0)
        try run.assertMatchesGolden("facts-weight-typo-docx.txt")
    }

    func testJSONCitationsCarryThePlace() throws {
        let run = CapturedRun(inRepository: "check -f json Tests/AuditCLITests/Fixtures/mixed/b-weight-typo.docx")
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let documents = try XCTUnwrap(json["documents"] as? [[String: Any]])
        let findings = try XCTUnwrap(documents.first?["findings"] as? [[String: Any]])
        let citation = try XCTUnwrap((findings.first?["citations"] as? [[String: Any]])?.first)
        XCTAssertEqual(citation["place"] as? String, "表1 第1行 第1列")
        XCTAssertEqual(documents.first?["encoding"] as? String, "Word .docx")
    }

    func testAnEmptyFolderIsAnError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("audit-empty-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = CapturedRun(["check", folder.path])
        XCTAssertEqual(run.status, 2)
        XCTAssertEqual(run.error, "错误[CLI007]: 文件夹 \(folder.path) 中没有报告（.txt、.docx、.xlsx、.pdf 或 .html）\n")
    }
}
