import ReadingTestSupport
import Audit
import Foundation
import XCTest

/// The explanation an auditor reads: sentences with the report's figures and quotes,
/// never the rule language (variables, fact ids, regular expressions, functions).
final class PlainExplanationTests: XCTestCase {
    /// What a rule author writes and an auditor must not have to read.
    static var ruleLanguage: [Regex<Substring>] { [
        #/\?[a-z][a-z0-9-]*/#, #/〔F\d+〕|\bF\d+\b/#, #/#\d+\b/#, #/\bif\(|is-absent|concat\(/#, #/\$[a-z][a-z-]+/#, #/\{[a-z$][^}]*\}/#,
    ] }

    private func assertPlain(_ text: String, _ context: String, file: StaticString = #filePath, line: UInt = #line) {
        for pattern in Self.ruleLanguage {
            if let match = text.firstMatch(of: pattern) {
                XCTFail("\(context): “\(match.output)” in\n\(text)", file: file, line: line)
            }
        }
    }

    func testEveryFindingOfEveryCaseReadsWithoutRuleLanguage() throws {
        let cases = Fixtures.repository.appendingPathComponent("cases")
        var explained = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: cases.path).sorted() {
            let report = "cases/\(name)/report.txt"
            guard FileManager.default.fileExists(atPath: Fixtures.repository.appendingPathComponent(report).path) else { continue }
            let audit = try Fixtures.audit(report)
            for finding in audit.findings {
                let plain = try XCTUnwrap(audit.plainExplanation(of: finding.id), "\(name) #\(finding.id)")
                XCTAssertFalse(plain.steps.isEmpty, "\(name) #\(finding.id)")
                for step in plain.steps { assertPlain(step.sentence, "\(name) #\(finding.id) \(finding.rule)") }
                explained += 1
            }
        }
        XCTAssertGreaterThan(explained, 100)
        // The check would see the rule language if it were there.
        XCTAssertTrue(Self.ruleLanguage.contains { "成立：?total = 95".contains($0) })
        XCTAssertTrue(Self.ruleLanguage.contains { "绩效指标〔F35〕".contains($0) })
    }

    func testAStepShowsTheComputationWithTheReportsFigures() throws {
        let audit = try Fixtures.audit("cases/yunxi-2024/report.txt")
        let finding = try XCTUnwrap(audit.findings.first { $0.rule == "target-set-too-low" })
        let plain = try XCTUnwrap(audit.plainExplanation(of: finding.id))
        XCTAssertEqual(
            plain.steps.map(\.sentence),
            [
                "“支持企业数量”完成比例 = 实际130 ÷ 目标50 = 260%；权重20分，应扣0分",
                "完成比例260%，超过130%，“支持企业数量”远超目标",
                "完成比例260%超过200%，判定为目标设置明显偏低",
            ])
        XCTAssertEqual(plain.steps.first?.quotes.map(\.line), [57])
        XCTAssertEqual(plain.parameters.map(\.name), ["far-exceed-ratio", "target-too-low-ratio"])
        XCTAssertTrue(plain.parameters.allSatisfy { $0.rationale != nil }, "thresholds no document sets say why")
    }

    func testAGradeMismatchShowsTheGradeTheScoreEarns() throws {
        let audit = try Fixtures.audit("cases/yunxi-2024/report.txt")
        let finding = try XCTUnwrap(audit.findings.first { $0.rule == "grade-mismatch" })
        let plain = try XCTUnwrap(audit.plainExplanation(of: finding.id))
        XCTAssertEqual(plain.steps.last?.sentence, "按93.5分，等级应为“优”（90分及以上为优，80分及以上为良，60分及以上为中），报告写的是“良”")
    }

    func testEachQuoteIsShownOnce() throws {
        let audit = try Fixtures.audit("cases/yunxi-2024/report.txt")
        for finding in audit.findings {
            let quotes = try XCTUnwrap(audit.plainExplanation(of: finding.id)).steps.flatMap(\.quotes)
            XCTAssertEqual(quotes.count, Set(quotes).count, finding.rule)
        }
    }
}

/// Why-not for an auditor: every finding rule, for every unit of a few cases, in words
/// without the rule language.
final class PlainWhyNotTests: XCTestCase {
    func testEveryRuleSaysWhyNotInPlainWords() throws {
        var answered = 0
        for report in ["cases/yunxi-2024/report.txt", "cases/problems-none/report.txt", "cases/anhui-farm-machinery-project/report.txt"] {
            let audit = try Fixtures.audit(report)
            for rule in audit.knowledge.rules where rule.kind == .finding {
                for unit in audit.read.report.units.map(\.id) {
                    let answer = try XCTUnwrap(audit.plainWhyNot(rule.id, unit: unit))
                    let sentences = answer.candidates.flatMap { $0.held.map(\.sentence) + [$0.failed.sentence] }
                    for sentence in sentences {
                        for pattern in PlainExplanationTests.ruleLanguage {
                            if let match = sentence.firstMatch(of: pattern) {
                                XCTFail("\(report) \(rule.id) \(unit): “\(match.output)” in \(sentence)")
                            }
                        }
                    }
                    answered += 1
                }
            }
        }
        XCTAssertGreaterThan(answered, 100)
    }

    func testAFiredRuleListsItsFindings() throws {
        let audit = try Fixtures.audit("cases/yunxi-2024/report.txt")
        let answer = try XCTUnwrap(audit.plainWhyNot("weight-total", unit: "附件1"))
        XCTAssertEqual(answer.findings.map { [$0.unit, $0.value("total")] }, [["附件1", "95"]])
    }
}
