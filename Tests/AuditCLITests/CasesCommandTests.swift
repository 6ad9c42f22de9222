import AuditCLI
import Foundation
import XCTest

/// `audit cases …`, `audit rules diff` and `audit train` as a trainer or policy officer runs them.
final class CasesCommandTests: XCTestCase {
    static let library = "Tests/AuditCLITests/Fixtures/library"

    func testCasesTestShowsEveryDifference() throws {
        let run = CapturedRun(inRepository: "cases test \(Self.library)")
        XCTAssertEqual(run.status, 1)
        try run.assertMatchesGolden("cases-test-library.txt")
    }

    func testTheShippedLibraryPasses() {
        let run = CapturedRun(inRepository: "cases test")
        XCTAssertEqual(run.status, 0, run.output)
        XCTAssertTrue(run.output.contains("40 个案例：40 个通过，0 个失败"), run.output)
        XCTAssertTrue(run.output.hasSuffix("40 条给出问题的规则中，有 40 条在某个案例中触发\n"), run.output)
    }

    /// A trainee browsing the library is not told what to find; a trainer asks for it.
    func testCasesListHidesTheAnswersUnlessAsked() throws {
        let plain = CapturedRun(inRepository: "cases list \(Self.library)")
        XCTAssertFalse(plain.output.contains("weight-total"), plain.output)
        try plain.assertMatchesGolden("cases-list.txt")
        try CapturedRun(inRepository: "cases list --answers \(Self.library)").assertMatchesGolden("cases-list-answers.txt")
    }

    func testABrokenExpectedFileIsReportedWithItsPlace() throws {
        let folder = try temporaryLibrary()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "finding weight-totl 项目 6\n".write(toFile: folder + "/one/expected.txt", atomically: true, encoding: .utf8)
        let run = CapturedRun(["cases", "test", folder], workingDirectory: CapturedRun.testFolder.deletingLastPathComponent().deletingLastPathComponent().path)
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.error.contains("one/expected.txt:1:9: 错误[CASE004]: 规则库中没有规则 'weight-totl'"), run.error)
        XCTAssertTrue(run.error.contains("建议: 是不是要写 'weight-total'？"), run.error)
    }

    func testCasesNewScaffoldsACase() throws {
        let folder = try temporaryLibrary()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = CapturedRun(["cases", "new", "--in", folder, "balance-exactly-ten"])
        XCTAssertEqual(run.status, 0, run.error)
        for file in ["report.txt", "expected.txt", "notes.md"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/balance-exactly-ten/" + file), file)
        }
        XCTAssertTrue(run.output.hasPrefix("已创建 \(folder)/balance-exactly-ten/\n"))
        // The template is a case the tools can read.
        let check = CapturedRun(["check", folder + "/balance-exactly-ten/report.txt"], workingDirectory: CapturedRun.testFolder.deletingLastPathComponent().deletingLastPathComponent().path)
        XCTAssertNotEqual(check.status, 2, check.error)
        let again = CapturedRun(["cases", "new", "--in", folder, "balance-exactly-ten"])
        XCTAssertEqual(again.status, 2)
        XCTAssertEqual(again.error, "错误[CASE008]: \(folder)/balance-exactly-ten 已存在\n建议: 换一个名字\n")
        XCTAssertTrue(CapturedRun(["cases", "new", "--in", folder, "Bad Name"]).error.hasPrefix("错误[CASE007]: 'Bad Name' 不能用作案例名\n"))
    }

    func testRulesDiffShowsWhatAThresholdChangeDoes() throws {
        // The old rules: the shipped ones with the balance limit at 20 %.
        let repository = CapturedRun.testFolder.deletingLastPathComponent().deletingLastPathComponent()
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("audit-base-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: base) }
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        for file in try FileManager.default.contentsOfDirectory(atPath: repository.appendingPathComponent("knowledge").path) where file.hasSuffix(".rules") {
            var text = try String(contentsOf: repository.appendingPathComponent("knowledge/\(file)"), encoding: .utf8)
            if file == "parameters.rules" {
                text = text.replacingOccurrences(of: "label: 结余率上限\n  value: 10\n", with: "label: 结余率上限\n  value: 20\n")
            }
            try text.write(toFile: base + "/" + file, atomically: true, encoding: .utf8)
        }
        let run = CapturedRun(inRepository: "rules diff --base \(base)")
        XCTAssertEqual(run.status, 0, run.error)
        // The rule whose title shows the limit is not a changed rule: the parameter is.
        XCTAssertTrue(run.output.hasPrefix("rules: \(base)（77 条）→ knowledge（77 条）\n  ~ $balance-rate-limit: 20% → 10%\n  ("), run.output)
        XCTAssertTrue(run.output.contains("cases/yunxi-2024/report.txt\n  + finding balance-over-limit 部门整体 11  “部门整体结余率为18.5%（预算执行率81.5%），超过10%的上限”\n"))
        XCTAssertTrue(run.output.contains("按规则：\n  balance-over-limit  +8 -0 ~4\n"), run.output)
    }

    func testRulesDiffShowsWhatAChangeOfTheReadingVocabularyDoes() throws {
        // The old words: the shipped ones without 目标值 among the names of the target column.
        let repository = CapturedRun.testFolder.deletingLastPathComponent().deletingLastPathComponent()
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("audit-words-\(getpid())")
        defer { try? FileManager.default.removeItem(at: base) }
        try FileManager.default.copyItem(at: repository.appendingPathComponent("knowledge"), to: base)
        let tables = base.appendingPathComponent("reading/tables.vocab")
        let text = try String(contentsOf: tables, encoding: .utf8)
        try text.replacingOccurrences(of: "全年指标值、目标值、", with: "全年指标值、").write(to: tables, atomically: true, encoding: .utf8)
        let run = CapturedRun(inRepository: "rules diff --base \(base.path)")
        XCTAssertEqual(run.status, 0, run.error)
        XCTAssertTrue(run.output.contains("  the rules as written are the same\n  ~ words tables.vocab\n"), run.output)
        // A form whose target column reads 目标值 was not read before: now its findings appear.
        XCTAssertTrue(run.output.contains("cases/zhejiang-education-project/report.txt\n  + finding target-set-too-low 项目"), run.output)
    }

    func testRulesDiffAgainstAnUnknownRevision() {
        let run = CapturedRun(inRepository: "rules diff --base no-such-revision")
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.error.hasPrefix("错误[CLI006]: 无法读取 no-such-revision 的规则库："), run.error)
    }

    func testTrainScoresAnAnswersFile() throws {
        let answers = FileManager.default.temporaryDirectory.appendingPathComponent("answers-\(getpid()).txt").path
        defer { try? FileManager.default.removeItem(atPath: answers) }
        try "# 我的答案\nweight-total 70\n结余率 14   # 不成立\n".write(toFile: answers, atomically: true, encoding: .utf8)
        let run = CapturedRun(inRepository: "train weight-typo --answers \(answers)")
        XCTAssertEqual(run.status, 0, run.error)
        try run.assertMatchesGolden("train-answers.txt")
    }

    func testTrainReportsABadAnswerLine() throws {
        let answers = FileManager.default.temporaryDirectory.appendingPathComponent("answers-bad-\(getpid()).txt").path
        defer { try? FileManager.default.removeItem(atPath: answers) }
        try "weight-total\n".write(toFile: answers, atomically: true, encoding: .utf8)
        let run = CapturedRun(inRepository: "train weight-typo --answers \(answers)")
        XCTAssertEqual(run.status, 2)
        XCTAssertEqual(run.error, "\(answers):1:1: 错误[TRN004]: 格式：规则 行号[,行号]，例如 a weight-total 30 或 a 12 57,58\n")
    }

    func testAnInteractiveSessionAndTheProgressItLeaves() throws {
        let progress = FileManager.default.temporaryDirectory.appendingPathComponent("progress-\(getpid()).json").path
        defer { try? FileManager.default.removeItem(atPath: progress) }
        var input = ["a weight-total 70", "l", "submit"][...]
        var output = ""
        let status = AuditTool.run(
            ["train", "weight-typo", "--trainee", "李四", "--progress-file", progress],
            context: CommandContext(
                standardOutput: { output += $0 }, standardError: { output += $0 },
                workingDirectory: CapturedRun.testFolder.deletingLastPathComponent().deletingLastPathComponent().path,
                readLine: { input.popFirst() }))
        XCTAssertEqual(status, 0)
        XCTAssertTrue(output.contains("> 记下 #1：weight-total（权重合计不符）项目 第 70 行\n> #1 weight-total"), output)
        XCTAssertTrue(output.contains("找到 1 个（召回率 50.0%）"))
        XCTAssertTrue(output.hasSuffix("进度已记入 \(progress)（学员：李四）；audit train --progress 查看。\n"))
        let report = CapturedRun(inRepository: "train --progress --trainee 李四 --progress-file \(progress)")
        XCTAssertEqual(report.status, 0)
        XCTAssertTrue(report.output.hasPrefix("学员 李四：做过 1 个案例，共 1 次。\n  weight-typo：最好一次找到 1/2（召回率 50.0%，准确率 100.0%），做了 1 次\n最常漏掉的规则：weight-outsized（1 次）\n"), report.output)
        XCTAssertTrue(report.output.contains("建议下一个案例："))
        // A second trainee, scored from an answers file; then the whole class.
        let answers = progress + ".answers"
        defer { try? FileManager.default.removeItem(atPath: answers) }
        try "weight-total 70\nweight-outsized 76\n".write(toFile: answers, atomically: true, encoding: .utf8)
        XCTAssertEqual(CapturedRun(inRepository: "train weight-typo --answers \(answers) --trainee 王五 --progress-file \(progress)").status, 0)
        let all = CapturedRun(inRepository: "train --progress --all --progress-file \(progress)")
        XCTAssertEqual(
            all.output,
            """
            2 名学员
              学员  案例  次数  召回率  准确率  最常漏掉的规则
              李四     1     1   50.0%  100.0%  weight-outsized（1）
              王五     1     1  100.0%  100.0%
            全班最常漏掉的规则：weight-outsized（1 次）

            """)
    }

    func testTrainAnUnknownCase() {
        let run = CapturedRun(inRepository: "train weight-typ")
        XCTAssertEqual(run.status, 2)
        XCTAssertEqual(run.error, "错误[TRN002]: 没有案例 'weight-typ'\n建议: 是不是要写 'weight-typo'？\n")
    }

    /// A library with one case folder `one` holding a copy of the fixture report.
    private func temporaryLibrary() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("audit-library-\(getpid())-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: folder + "/one", withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: CapturedRun.testFolder.appendingPathComponent("Fixtures/reports/project.txt").path, toPath: folder + "/one/report.txt")
        return folder
    }
}
