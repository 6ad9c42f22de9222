import AuditCLI
import Foundation
import TestSupport
import XCTest

/// `check` across many reports: CSV for a spreadsheet, a summary table, and filters that
/// every format and the exit status obey.
final class ManyReportsTests: XCTestCase {
    private let reports = "cases/yunxi-2024/report.txt cases/per-team-targets/report.txt"

    func testCSVOpensInExcel() throws {
        let run = CapturedRun(inRepository: "check --format csv \(reports)")
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.output.hasPrefix("\u{FEFF}文件,单位,编号,规则,严重程度,标题,需人工判断,说明,行,引文,建议,审核意见\r\n"))
        let rows = run.output.dropFirst().components(separatedBy: "\r\n").dropLast()
        XCTAssertEqual(rows.count, 1 + 16 + 1, "the header and one row per finding")
        // Without the byte-order mark, which reading the golden file as text would drop.
        try assertGolden(String(run.output.dropFirst()), CapturedRun.testFolder.appendingPathComponent("Golden/check-many.csv"))
    }

    func testCSVQuotesWhatNeedsIt() {
        // The quoted row holds a comma (1,000): the field is quoted.
        let run = CapturedRun(inRepository: "check --format csv --rule claim-contradicted cases/yunxi-2024/report.txt")
        let row = run.output.components(separatedBy: "\r\n")[1]
        XCTAssertTrue(row.hasPrefix("cases/yunxi-2024/report.txt,附件1,9,claim-contradicted,高,称“指标均已完成”，实有指标未完成,,"), row)
        XCTAssertTrue(row.contains(",69-74、128,\"三级指标 兑付创新券金额 │ 指标性质 ≥ │ 指标值 1,000 │"), row)
    }

    func testFiltersNarrowEveryFormatAndTheExitStatus() throws {
        let all = CapturedRun(inRepository: "check --format json \(reports)")
        let filtered = CapturedRun(inRepository: "check --format json --severity high --unit 附件1 \(reports)")
        func findings(_ run: CapturedRun) throws -> [[String: Any]] {
            let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
            return (json["documents"] as? [[String: Any]] ?? []).flatMap { $0["findings"] as? [[String: Any]] ?? [] }
        }
        XCTAssertEqual(try findings(all).count, 17)
        let kept = try findings(filtered)
        XCTAssertEqual(kept.map { $0["id"] as? String }, ["7", "8", "9", "10"], "numbers stay those of the whole audit")
        XCTAssertTrue(kept.allSatisfy { $0["severity"] as? String == "high" && $0["unit"] as? String == "附件1" })
        let quiet = CapturedRun(inRepository: "check --rule weight-scheme-mixed \(reports)")
        XCTAssertEqual(quiet.status, 0, "no finding left to fail on")
        XCTAssertTrue(quiet.output.contains("未发现问题"))
    }

    func testAnUnknownRuleIsAUsageError() {
        let run = CapturedRun(inRepository: "check --rule weight-totl \(reports)")
        XCTAssertEqual(run.status, 64)
        XCTAssertTrue(run.error.hasPrefix("错误[CLI001]: 规则库中没有给出问题的规则 'weight-totl'\n建议: 是不是要写 'weight-total'？\n"), run.error)
    }

    func testTheTextOfManyReportsEndsWithASummaryTable() {
        let run = CapturedRun(inRepository: "check \(reports)")
        XCTAssertTrue(
            run.output.contains(
                """
                汇总
                  报告                               高  中  低  合计
                  cases/yunxi-2024/report.txt         4  10   2    16
                  cases/per-team-targets/report.txt   0   1   0     1
                """), run.output)
        XCTAssertFalse(CapturedRun(inRepository: "check cases/per-team-targets/report.txt").output.contains("汇总"), "one report needs none")
    }
}

/// A batch on a terminal shows how far it is; in a pipe or a file it does not.
final class ProgressLineTests: XCTestCase {
    private func run(errorIsTerminal: Bool) -> String {
        let repository = CapturedRun.testFolder.deletingLastPathComponent().deletingLastPathComponent().path
        let files = ["yunxi-2024", "per-team-targets", "execution-low", "weight-typo", "problems-none", "grade-and-score"].map { "cases/\($0)/report.txt" }
        var error = ""
        _ = AuditTool.run(
            ["check", "--format", "json"] + files,
            context: CommandContext(
                standardOutput: { _ in }, standardError: { error += $0 }, errorIsTerminal: errorIsTerminal, workingDirectory: repository))
        return error
    }

    func testABatchOnATerminalShowsProgressAndClearsIt() {
        let error = run(errorIsTerminal: true)
        XCTAssertTrue(error.hasPrefix("\r\u{1B}[K1/6 cases/yunxi-2024/report.txt\r\u{1B}[K2/6 cases/per-team-targets/report.txt"), error)
        XCTAssertTrue(error.hasSuffix("6/6 cases/grade-and-score/report.txt\r\u{1B}[K"), error)
        XCTAssertEqual(run(errorIsTerminal: false), "")
    }
}

/// `check` on several threads, and written report by report.
final class StreamedCheckTests: XCTestCase {
    private let reports = "cases/yunxi-2024/report.txt cases/per-team-targets/report.txt"

    /// The whole case library audited on one thread and on three gives the same bytes,
    /// in every streamed format: reports are written in the order given.
    func testSeveralJobsWriteWhatOneWrites() {
        for format in ["text", "csv", "jsonl"] {
            let one = CapturedRun(inRepository: "check --format \(format) --jobs 1 cases")
            let three = CapturedRun(inRepository: "check --format \(format) --jobs 3 cases")
            XCTAssertEqual(one.status, 1)
            XCTAssertEqual(three.status, one.status)
            XCTAssertEqual(three.output, one.output, format)
            XCTAssertEqual(three.error, one.error, format)
        }
    }

    /// JSON Lines: one object per report, each whole, with the run it came from.
    func testJSONLinesGivesALinePerReport() throws {
        let run = CapturedRun(inRepository: "check --format jsonl \(reports) cases/no-such-report.txt")
        XCTAssertEqual(run.status, 2, "a missing report leaves the others")
        let lines = run.output.split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
        let objects = try lines.map { try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        XCTAssertEqual(objects.map { ($0["document"] as? [String: Any])?["file"] as? String }, ["cases/yunxi-2024/report.txt", "cases/per-team-targets/report.txt"])
        XCTAssertEqual(((objects[0]["document"] as? [String: Any])?["findings"] as? [Any])?.count, 16)
        XCTAssertEqual((objects[1]["run"] as? [String: Any])?["knowledge"] as? String, "内置")
    }

    func testJobsMustBeAPositiveNumber() {
        let run = CapturedRun(inRepository: "check --jobs 0 \(reports)")
        XCTAssertEqual(run.status, 64)
        XCTAssertTrue(run.error.hasPrefix("错误[CLI001]: '--jobs' 取 1 到 256 之间的整数，不能是 '0'\n"), run.error)
    }
}
