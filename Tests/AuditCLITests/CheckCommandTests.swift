import AuditCLI
import Foundation
import TestSupport
import XCTest

/// `audit check`, `audit explain` and `audit why-not` as a person calls them: exit
/// codes, files, and every error message.
final class CheckCommandTests: XCTestCase {
    static let casePath = "cases/yunxi-2024/report.txt"

    func testFindingsMakeTheExitStatusOne() {
        let run = CapturedRun(inRepository: "check \(Self.casePath)")
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.output.contains("高[weight-total] #10 权重合计不符"))
        XCTAssertTrue(run.output.hasSuffix("，audit \(AuditTool.version)\n"))
        XCTAssertEqual(run.error, "")
    }

    func testFailOnRaisesTheThreshold() throws {
        // A report whose only finding is of low weight.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("audit-fail-on-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let knowledge = folder.appendingPathComponent("k")
        try FileManager.default.createDirectory(at: knowledge, withIntermediateDirectories: true)
        try """
            template unit "被评价单位"
              name: text "单位"

            rule every-unit
              title: 每个单位
              severity: low
              basis: 《项目支出绩效评价管理办法》 财预〔2020〕10号
              message: {unit}
              recommendation: 无
              when:
                unit(name: ?unit)
              then:
                finding
            """.write(to: knowledge.appendingPathComponent("k.rules"), atomically: true, encoding: .utf8)
        // The reports are read with the shipped vocabulary.
        try FileManager.default.copyItem(
            at: URL(fileURLWithPath: Repository.knowledge).appendingPathComponent("reading"), to: knowledge.appendingPathComponent("reading"))
        let report = CapturedRun.testFolder.appendingPathComponent("Fixtures/reports/project.txt").path
        XCTAssertEqual(CapturedRun(["check", "-k", knowledge.path, report]).status, 1)
        XCTAssertEqual(CapturedRun(["check", "-k", knowledge.path, "--fail-on", "medium", report]).status, 0)
        XCTAssertEqual(CapturedRun(["check", "-k", knowledge.path, "--fail-on", "low", report]).status, 1)
    }

    func testOutputGoesToAFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("audit-check-\(getpid()).html").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = CapturedRun(inRepository: "check -f html -o \(path) \(Self.casePath)")
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.output, "")
        XCTAssertTrue(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
    }

    func testAnUnwritableOutput() {
        let run = CapturedRun(inRepository: "check -o /no/such/folder/out.txt \(Self.casePath)")
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.error.hasPrefix("错误[CLI003]: 无法写入 /no/such/folder/out.txt："), run.error)
    }

    func testABadFileDoesNotStopTheOthers() throws {
        let run = CapturedRun(inRepository: "check -f json missing.txt \(Self.casePath)")
        XCTAssertEqual(run.status, 2)
        XCTAssertEqual(run.error, "missing.txt:1:1: 错误[RD001]: 无法读取 missing.txt：文件不存在\n")
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        XCTAssertEqual((json["documents"] as? [Any])?.count, 1)
    }

    func testABrokenKnowledgeBaseStopsTheRun() {
        let run = CapturedRun(inFixtures: "check -k broken reports/project.txt")
        XCTAssertEqual(run.status, 2)
        XCTAssertEqual(run.output, "")
        XCTAssertTrue(run.error.hasSuffix("规则库有 3 个错误，请先改正（见 'audit rules lint broken'）\n"), run.error)
    }

    func testEveryFormatRuns() {
        for format in ["text", "json", "markdown", "html", "sarif", "csv"] {
            let run = CapturedRun(inRepository: "check -f \(format) \(Self.casePath)")
            XCTAssertEqual(run.status, 1, format)
            XCTAssertFalse(run.output.isEmpty, format)
        }
        XCTAssertEqual(CapturedRun(inRepository: "check -f pdf \(Self.casePath)").status, 64)
    }

    func testExplain() throws {
        let run = CapturedRun(inRepository: "explain \(Self.casePath) 10")
        XCTAssertEqual(run.status, 0)
        try run.assertMatchesGolden("explain-plain.txt")
        XCTAssertFalse(run.output.contains("?"), "no variables for an auditor")
        XCTAssertEqual(CapturedRun(inRepository: "explain \(Self.casePath) #10").output, run.output, "#10 and 10 are the same")
        let detail = CapturedRun(inRepository: "explain --detail \(Self.casePath) 10")
        XCTAssertTrue(detail.output.hasPrefix("#10 高[weight-total] 权重合计不符\n  附件1绩效指标权重合计为95分，应为90分\n"), detail.output)
        XCTAssertTrue(detail.output.contains("成立：?total = 95，?expected = 90"), "the rule author's view keeps the variables")
        let json = CapturedRun(inRepository: "explain -f json \(Self.casePath) 10")
        XCTAssertEqual(json.status, 0)
        XCTAssertTrue(json.output.contains("\"reasoning\": ["), json.output)
    }

    func testExplainAnUnknownFinding() {
        let run = CapturedRun(inRepository: "explain \(Self.casePath) 99")
        XCTAssertEqual(run.status, 2)
        XCTAssertEqual(
            run.error,
            "错误[CLI004]: \(Self.casePath) 中没有问题 #99\n建议: 问题编号为 #1 到 #16；参见 'audit check \(Self.casePath)'\n")
    }

    func testWhyNot() throws {
        let run = CapturedRun(inRepository: "why-not \(Self.casePath) weight-total --unit 附件2")
        XCTAssertEqual(run.status, 0)
        try run.assertMatchesGolden("why-not-plain.txt")
        XCTAssertFalse(run.output.contains("?"), "no variables for an auditor")
        // Words of the Chinese title find the rule.
        XCTAssertEqual(CapturedRun(inRepository: "why-not \(Self.casePath) 权重合计 --unit 附件2").output, run.output)
        let detail = CapturedRun(inRepository: "why-not --detail \(Self.casePath) weight-total --unit 附件2")
        XCTAssertTrue(detail.output.hasPrefix("规则 weight-total（权重合计不符）（单位 附件2）\n"), detail.output)
        XCTAssertTrue(detail.output.contains("?total != ?expected：90 != 90 不成立"))
    }

    func testWhyNotAnUnknownRuleOrUnit() {
        let rule = CapturedRun(inRepository: "why-not \(Self.casePath) weight-totl")
        XCTAssertEqual(rule.status, 2)
        XCTAssertEqual(rule.error, "错误[CLI002]: 规则库中没有规则 'weight-totl'\n建议: 是不是要写 'weight-total'？\n")
        let unit = CapturedRun(inRepository: "why-not \(Self.casePath) weight-total --unit 附件7")
        XCTAssertEqual(unit.status, 2)
        XCTAssertEqual(unit.error, "错误[CLI005]: \(Self.casePath) 中没有评价对象 '附件7'\n建议: 其评价对象有：部门整体、附件1、附件2\n")
    }
}
