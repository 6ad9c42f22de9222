import AuditCLI
import Foundation
import XCTest

/// An auditor's decisions (working papers): recorded by fingerprint beside the report,
/// shown by every format, kept across re-runs, edits elsewhere and threshold changes,
/// and listed as stale when their finding is gone.
final class ReviewCommandTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("audit-review-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let repository = CapturedRun.testFolder.deletingLastPathComponent().deletingLastPathComponent()
        try FileManager.default.copyItem(
            at: repository.appendingPathComponent("cases/yunxi-2024/report.txt"), to: folder.appendingPathComponent("report.txt"))
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func run(_ arguments: String...) -> CapturedRun { CapturedRun(arguments, workingDirectory: folder.path) }

    /// A knowledge base like the built-in one with the balance limit at `limit` %.
    private func knowledge(balanceLimit limit: Int) throws -> String {
        let path = folder.appendingPathComponent("knowledge-\(limit)").path
        XCTAssertEqual(run("knowledge", "export", path).status, 0)
        let parameters = URL(fileURLWithPath: path).appendingPathComponent("parameters.rules")
        let text = try String(contentsOf: parameters, encoding: .utf8)
        try text.replacingOccurrences(of: "parameter balance-rate-limit\n  label: 结余率上限\n  value: 10\n", with: "parameter balance-rate-limit\n  label: 结余率上限\n  value: \(limit)\n")
            .write(to: parameters, atomically: true, encoding: .utf8)
        return path
    }

    func testADecisionIsRecordedAndShownInEveryFormat() throws {
        let accepted = run("review", "report.txt", "3", "--accept", "-m", "结余114.7万元属实")
        XCTAssertEqual(accepted.status, 0, accepted.error)
        XCTAssertEqual(accepted.output, "#3 结余率超过10%：确认（意见：结余114.7万元属实） → report.txt.review.json\n")
        XCTAssertEqual(run("review", "report.txt", "#10", "--reject", "-m", "方案为100分制").status, 0)
        let saved = try Data(contentsOf: folder.appendingPathComponent("report.txt.review.json"))

        XCTAssertTrue(run("check", "report.txt").output.contains("  = 审核意见：确认（结余114.7万元属实）\n"))
        XCTAssertTrue(run("check", "-f", "markdown", "report.txt").output.contains("审核意见：不采纳（方案为100分制）"))
        XCTAssertTrue(run("check", "-f", "html", "report.txt").output.contains("<p class=\"decision rejected\">审核意见：不采纳（方案为100分制）</p>"))
        XCTAssertTrue(run("check", "-f", "csv", "report.txt").output.contains(",确认（结余114.7万元属实）\r\n"))
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run("check", "-f", "json", "report.txt").output.utf8)) as? [String: Any])
        let findings = try XCTUnwrap((json["documents"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])
        let decision = try XCTUnwrap(findings.first { $0["id"] as? String == "3" }?["decision"] as? [String: Any])
        XCTAssertEqual(decision["verdict"] as? String, "accepted")
        XCTAssertEqual(decision["comment"] as? String, "结余114.7万元属实")
        let sarif = run("check", "-f", "sarif", "report.txt").output
        XCTAssertTrue(sarif.contains("\"partialFingerprints\""))
        XCTAssertTrue(sarif.contains("\"justification\" : \"不采纳（方案为100分制）\"") || sarif.contains("\"justification\": \"不采纳（方案为100分制）\""), sarif)

        // Recording the same decision again writes the same bytes.
        XCTAssertEqual(run("review", "report.txt", "3", "--accept", "-m", "结余114.7万元属实").status, 0)
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("report.txt.review.json")), saved)
    }

    func testADecisionSurvivesAnEditElsewhereAndAThresholdChange() throws {
        XCTAssertEqual(run("review", "report.txt", "3", "--accept", "-m", "属实").status, 0)
        // Two lines added at the top: every line number moves.
        let report = folder.appendingPathComponent("report.txt")
        let text = try String(contentsOf: report, encoding: .utf8)
        try ("（公开版）\n\n" + text).write(to: report, atomically: true, encoding: .utf8)
        XCTAssertTrue(run("check", "report.txt").output.contains("  = 审核意见：确认（属实）\n"))
        // The limit raised to 15 %: the 18.5 % balance is still a finding, with another message.
        let raised = run("check", "--knowledge", try knowledge(balanceLimit: 15), "report.txt").output
        XCTAssertTrue(raised.contains("超过15%的上限\n"), raised)
        XCTAssertTrue(raised.contains("  = 审核意见：确认（属实）\n"))
        XCTAssertFalse(raised.contains("过时的审核意见"))
    }

    func testADecisionWhoseFindingIsGoneIsListedAsStale() throws {
        XCTAssertEqual(run("review", "report.txt", "3", "--pending").status, 0)
        let knowledge = try knowledge(balanceLimit: 20)
        let check = run("check", "--knowledge", knowledge, "report.txt").output
        XCTAssertTrue(check.contains("过时的审核意见（本次审核已没有这项发现）\n  - 部门整体 结余率超过10%〔balance-over-limit〕：待定\n"), check)
        let list = run("review", "--knowledge", knowledge, "report.txt").output
        XCTAssertTrue(list.hasSuffix("\n过时的审核意见（本次审核已没有这项发现）：\n  部门整体 结余率超过10%〔balance-over-limit〕：待定\n"), list)
    }

    func testMisuse() throws {
        let undecided = run("review", "report.txt", "3")
        XCTAssertEqual(undecided.status, 64, "no decision given")
        XCTAssertTrue(undecided.error.hasPrefix("错误[CLI001]: 请说明审核意见：--accept、--reject 或 --pending\n"), undecided.error)
        let both = run("review", "report.txt", "3", "--accept", "--reject")
        XCTAssertEqual(both.status, 64)
        XCTAssertTrue(both.error.hasPrefix("错误[CLI001]: --accept、--reject、--pending 只能选一个\n"), both.error)
        let unknown = run("review", "report.txt", "99", "--accept")
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.error.hasPrefix("错误[CLI004]: report.txt 中没有问题 #99\n"), unknown.error)
        // A damaged review file is reported with its name; the findings are still shown.
        try Data("{ not json".utf8).write(to: folder.appendingPathComponent("report.txt.review.json"))
        let check = run("check", "report.txt")
        XCTAssertEqual(check.status, 2)
        XCTAssertTrue(check.error.hasPrefix("错误[CLI009]: 无法读取 report.txt.review.json 中的审核意见：它不是审核意见文件\n"), check.error)
        XCTAssertTrue(check.output.contains("16 项发现"))
    }
}
