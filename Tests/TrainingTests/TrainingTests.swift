import ReadingTestSupport
import Audit
import CaseLibrary
import Foundation
import ReportReading
import RuleLanguage
import Training
import XCTest

enum Library {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let knowledge = AuditKnowledge.load(paths: [repository.appendingPathComponent("knowledge").path]).knowledge.rules
    static let cases = CaseLoader.load(
        "cases", relativeTo: repository.path, knownRules: knowledge.rules.filter { $0.kind == .finding }.map(\.id)
    ).cases

    static func session(_ name: String) throws -> TrainingSession {
        let item = try XCTUnwrap(cases.first { $0.name == name })
        let audit = try Auditor(knowledge: knowledge).audit(try ReportReader().read(path: item.report, relativeTo: repository.path))
        return TrainingSession(case: item, audit: audit)
    }
}

final class AnswerParserTests: XCTestCase {
    func testARuleByIdNumberOrTitleWord() throws {
        let parser = try Library.session("yunxi-2024").parser
        let number = try XCTUnwrap(parser.rules.firstIndex { $0.id == "weight-total" }) + 1
        for text in ["weight-total 30", "\(number) 30", "权重合计 30", "weight-total 30，57", "weight-total  30、57"] {
            guard case .success(let answer) = parser.parse(text) else { return XCTFail(text) }
            XCTAssertEqual(answer.rule, "weight-total", text)
            XCTAssertEqual(answer.unit, "附件1", "line 30 is in 附件1")
            XCTAssertEqual(answer.lines.first, 30)
        }
    }

    func testWhatTheTraineeIsTold() throws {
        let parser = try Library.session("yunxi-2024").parser
        func message(_ text: String) -> String {
            if case .failure(let failure) = parser.parse(text) { return failure.message }
            return "accepted"
        }
        XCTAssertEqual(message("weight-total"), "格式：规则 行号[,行号]，例如 a weight-total 30 或 a 12 57,58")
        XCTAssertEqual(message("weight-totl 30"), "没有规则“weight-totl”，是不是 weight-total？")
        XCTAssertEqual(message("weight-total 500"), "第 500 行不存在（报告共 219 行）")
        XCTAssertTrue(message("权重 30").hasPrefix("“权重”对应多条规则："))
        XCTAssertEqual(message("99 30"), "没有规则“99”；输入 r 查看规则列表")
    }
}

final class ScoringTests: XCTestCase {
    func testMatchedMissedAndWrong() throws {
        let session = try Library.session("weight-typo")
        let findings = session.audit.findings
        let answers = [
            Answer(rule: "weight-total", lines: [70], unit: "项目"),
            Answer(rule: "weight-total", lines: [70], unit: "项目"),  // the same finding twice: the second is wrong
            Answer(rule: "balance-over-limit", lines: [14], unit: "项目"),
        ]
        let scoring = Scoring(answers: answers, findings: findings)
        XCTAssertEqual(scoring.matched.map(\.finding.rule), ["weight-total"])
        XCTAssertEqual(scoring.missed.map(\.rule), ["weight-outsized"])
        XCTAssertEqual(scoring.wrong.map(\.rule), ["weight-total", "balance-over-limit"])
        XCTAssertEqual(Scoring.percent(scoring.recall), "50.0%")
        XCTAssertEqual(Scoring.percent(scoring.precision), "33.3%")
    }

    func testNothingToFindAndNothingAnswered() {
        let scoring = Scoring(answers: [], findings: [])
        XCTAssertEqual(scoring.recall, 1)
        XCTAssertEqual(scoring.precision, 1)
        XCTAssertEqual(Scoring.percent(2.0 / 3.0), "66.7%")
    }
}

final class TrainingSessionTests: XCTestCase {
    func testCommands() throws {
        var session = try Library.session("weight-typo")
        XCTAssertTrue(session.welcome.hasPrefix("案例 weight-typo：文化惠民工程：一个多打了一位数的权重（难度：入门）\n"))
        let page = session.handle("s 1").text
        XCTAssertTrue(page.hasPrefix("  1 | 2024年度文化惠民工程专项资金绩效自评报告\n"))
        XCTAssertTrue(page.hasSuffix("（回车继续，第 31 行起）\n"))
        XCTAssertTrue(session.handle("").text.hasPrefix(" 31 | "), "Enter goes on where the page ended")
        XCTAssertTrue(session.handle("o").text.contains("项目〔项目〕"))
        XCTAssertTrue(session.handle("r 权重").text.contains("weight-total  权重合计不符（高）"))
        XCTAssertEqual(session.handle("a weight-total 70").text, "记下 #1：weight-total（权重合计不符）项目 第 70 行\n")
        XCTAssertEqual(session.handle("a balance-over-limit 14").text, "记下 #2：balance-over-limit（结余率超过10%）项目 第 14 行\n")
        XCTAssertEqual(session.handle("d 2").text, "已删除：balance-over-limit（结余率超过10%）项目 第 14 行\n")
        XCTAssertEqual(session.handle("d 9").text, "用法：d 编号（1 到 1）\n")
        XCTAssertEqual(session.handle("l").text, "#1 weight-total（权重合计不符）项目 第 70 行\n")
        XCTAssertEqual(session.handle("xyz").text, "不认识的命令“xyz”；输入 h 查看帮助。\n")
        let (report, outcome) = session.handle("submit")
        XCTAssertEqual(outcome, .submitted)
        XCTAssertTrue(report.contains("评分：应找出 2 个问题，找到 1 个（召回率 50.0%）；记下 1 条，正确 1 条（准确率 100.0%）。"))
        // The missed finding is taught with the case's note and the system's reasoning.
        XCTAssertTrue(report.contains("✗ 漏掉 #2 单项指标权重过大"))
        XCTAssertTrue(report.contains("单项指标权重超过指标合计的一半"))
        XCTAssertTrue(report.contains("审核系统的推理："))
    }

    func testAWrongAnswerIsAnsweredWithWhyNot() throws {
        var session = try Library.session("weight-typo")
        _ = session.handle("a balance-over-limit 14")
        let report = session.handle("submit").text
        XCTAssertTrue(report.contains("✗ 不成立：balance-over-limit（结余率超过10%）项目 第 14 行"))
        XCTAssertTrue(report.contains("为什么这里不适用："))
        XCTAssertTrue(report.contains("结余率（%） > 结余率上限"), report)
    }

    func testQuitWithoutSubmitting() throws {
        var session = try Library.session("weight-typo")
        XCTAssertEqual(session.handle("q").outcome, .quit)
    }
}

final class ProgressTests: XCTestCase {
    func testSavedDeterministicallyAndReadBack() throws {
        let session = try Library.session("weight-typo")
        var progress = TrainingProgress()
        progress.trainees["张三"] = [TrainingProgress.Session(case: "weight-typo", scoring: Scoring(answers: [], findings: session.audit.findings))]
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("progress-\(getpid())/training.json").path
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        try progress.save(to: path)
        let first = try String(contentsOfFile: path, encoding: .utf8)
        try TrainingProgress.load(from: path).save(to: path)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), first)
        XCTAssertEqual(try TrainingProgress.load(from: path), progress)
        XCTAssertEqual(try TrainingProgress.load(from: path + ".missing"), TrainingProgress(), "no file is a fresh start")
    }

    func testSuggestionsFollowWeakRulesAndDifficulty() throws {
        var progress = TrainingProgress()
        XCTAssertEqual(progress.suggestion(for: "新人", among: Library.cases)?.difficulty, 1, "a newcomer starts easy")
        // Missed weight-total twice: the next case practises it.
        let typo = try Library.session("weight-typo")
        let missedAll = Scoring(answers: [], findings: typo.audit.findings)
        progress.trainees["张三"] = [.init(case: "weight-typo", scoring: missedAll), .init(case: "weight-typo", scoring: missedAll)]
        XCTAssertEqual(progress.weakRules(of: "张三").first?.rule, "weight-outsized")
        XCTAssertEqual(progress.weakRules(of: "张三").map(\.count), [2, 2])
        let next = try XCTUnwrap(progress.suggestion(for: "张三", among: Library.cases))
        XCTAssertTrue(next.expected.findings.contains { ["weight-total", "weight-outsized"].contains($0.rule) })
        XCTAssertLessThanOrEqual(next.difficulty, 1, "nothing mastered yet: stay at the first level")
    }
}
