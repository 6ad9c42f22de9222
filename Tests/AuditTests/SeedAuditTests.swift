import Audit
import Diagnostics
import Foundation
import ReportReading
import XCTest

/// The shipped rules on the five real reports: findings a reviewer would make are
/// there, with the line they rest on; figures that are right raise nothing.
final class SeedAuditTests: XCTestCase {
    func testLeshan() throws {
        let audit = try Fixtures.seed("000_104c0eaa9a0ffc7c.txt")
        // A 2023 report describing "2022年度主要任务".
        XCTAssertTrue(audit.has("year-mismatch", unit: "部门整体", line: 25))
        // 426.43 budgeted, 330.86 spent: 22.41 % left over.
        XCTAssertTrue(audit.findings.contains { $0.rule == "balance-over-limit" && $0.value("rate") == "22.41" })
        XCTAssertTrue(audit.has("component-missing", unit: "部门整体"))
        // The report gives reasons for slow payment (line 50): no "unexplained" finding.
        XCTAssertFalse(audit.has("execution-unexplained", unit: "部门整体"))
        // Its 20 budget rows compute right, and each is checked like the unit: 科技项目评审费
        // spent 96,000 of 230,000 元.
        XCTAssertFalse(audit.has("budget-line-rate-mismatch", unit: "部门整体"))
        XCTAssertTrue(audit.findings.contains { $0.rule == "execution-low" && $0.value("scope") == "“科技项目评审费”" && $0.value("rate") == "41.74" && $0.value("balance") == "58.26" })
        // 84.8 is stated twice, the same both times.
        XCTAssertFalse(audit.has("score-inconsistent", unit: "部门整体"))
    }

    func testBishan() throws {
        let audit = try Fixtures.seed("001_bf075bb81cfa69fd.txt")
        XCTAssertTrue(audit.has("execution-low", unit: "部门整体", line: 114))
        // One defect, one finding: the 57.58 % left over is stated in the execution finding.
        XCTAssertFalse(audit.has("balance-over-limit", unit: "部门整体"))
        // 42.42 % = 1209.56 ÷ 2851.19, and the score table adds up to 94.24, graded 优.
        XCTAssertFalse(audit.has("rate-mismatch", unit: "部门整体"))
        XCTAssertFalse(audit.has("score-sum-mismatch", unit: "部门整体"))
        XCTAssertFalse(audit.has("grade-mismatch", unit: "部门整体"))
        XCTAssertFalse(audit.has("sum-mismatch", unit: "部门整体"), "5.98 = 4.85 + 1.13")
    }

    func testYueyang() throws {
        let audit = try Fixtures.seed("002_ca2a8edeaa83d304.txt")
        XCTAssertTrue(audit.has("component-missing", unit: "部门整体"))
        XCTAssertTrue(audit.findings.contains { $0.rule == "component-missing" && $0.unit == "部门整体" && $0.value("component") == "自评得分" })
        // "政府性基金预算支出情况：无" answers a question correctly; it is no problem section.
        XCTAssertFalse(audit.findings.contains { $0.rule == "problems-missing" })
        // 708.28 = 2.00 + 582.56 + 53.08 + 37.66 + 32.98.
        XCTAssertFalse(audit.has("sum-mismatch", unit: "部门整体"))
    }

    func testSuining() throws {
        let audit = try Fixtures.seed("003_317b39f2b5d89d6e.txt")
        XCTAssertTrue(audit.findings.contains { $0.rule == "weight-total" && $0.unit == "附件4" && $0.value("total") == "180" && $0.value("expected") == "90" })
        XCTAssertTrue(audit.findings.contains { $0.rule == "weight-total" && $0.unit == "附件8" && $0.value("total") == "100" && $0.value("expected") == "90" })
        XCTAssertTrue(audit.has("weight-scheme-mixed", unit: "附件8"))
        // 附件5 answers 存在主要问题 with 无 beside a grade word and a blank row; the finding cites the 无.
        XCTAssertTrue(audit.has("problems-said-none", unit: "附件5", line: 1174))
        // "每个团队…不少于4次" is a target per team; the 30 done by all teams is no overshoot.
        XCTAssertFalse(audit.has("target-set-too-low", unit: "附件5"))
        // 附件8 states two paragraphs of its own twice.
        XCTAssertTrue(audit.has("paragraph-repeated", unit: "附件8", line: 1830))
        XCTAssertTrue(audit.has("target-set-too-low", unit: "附件6", line: 1530))
        XCTAssertTrue(audit.has("target-far-exceeded", unit: "附件2", line: 579))
        XCTAssertTrue(audit.has("target-missed-unexplained", unit: "附件1", line: 369))
        XCTAssertTrue(audit.has("grade-nonstandard", unit: "附件5", line: 1173))
        XCTAssertTrue(audit.has("duplicate-content", unit: "附件4"))
        XCTAssertTrue(audit.has("value-inconsistent", unit: "附件4", line: 1024))
        XCTAssertTrue(audit.has("estimate-as-actual", unit: "附件6", line: 1443))
        // Seven of the nine tables total 90 as the scheme demands.
        for unit in ["附件1", "附件2", "附件3", "附件5", "附件6", "附件7", "附件9"] {
            XCTAssertFalse(audit.has("weight-total", unit: unit), unit)
        }
        // 95.75 % = 1447.01 ÷ 1511.20; 95.60 % = 714.87 ÷ 747.79; 95.90 % against 95.905.
        XCTAssertFalse(audit.findings.contains { $0.rule == "rate-mismatch" || $0.rule == "execution-low" })
        // 90.96 graded 优; 附件2 writes its problems.
        XCTAssertFalse(audit.has("grade-mismatch", unit: "附件1"))
        XCTAssertFalse(audit.has("problems-missing", unit: "附件2"))
        XCTAssertFalse(audit.has("problems-said-none", unit: "附件2"))
        // 1447.01 = 708.77 + 738.24 and its shares 48.98 % and 51.02 %.
        XCTAssertFalse(audit.findings.contains { $0.rule == "sum-mismatch" || $0.rule == "share-mismatch" })
        // 附件5's and 附件6's one shared paragraph of method is not copying.
        XCTAssertFalse(audit.has("duplicate-content", unit: "附件8"))
    }

    func testLiuyang() throws {
        let audit = try Fixtures.seed("004_02c11a548c3b4dd5.txt")
        XCTAssertTrue(audit.has("estimate-as-actual", unit: "部门整体", line: 60))
        // 98 is the projects' score and 97.5 the department's: not one score stated twice.
        XCTAssertFalse(audit.has("score-inconsistent", unit: "部门整体"))
        // 7068.66 against 492.31 + 6576.36 = 7068.67: rounding. 8.40 = 0 + 0 + 0 + 8.40.
        XCTAssertFalse(audit.has("sum-mismatch", unit: "部门整体"))
        // 467.40 is 94.94 % of 492.31.
        XCTAssertFalse(audit.has("share-mismatch", unit: "部门整体"))
    }

    func testEveryCitationOfEveryFindingQuotesItsLines() throws {
        for audit in try Fixtures.allSeeds() + [try Fixtures.audit("cases/yunxi-2024/report.txt")] {
            let lines = audit.read.report.source.lines
            XCTAssertFalse(audit.findings.isEmpty, audit.file)
            for finding in audit.findings {
                XCTAssertFalse(finding.citations.isEmpty, "\(audit.file) #\(finding.id) \(finding.rule) cites nothing")
                for citation in finding.citations {
                    let cited = lines[(citation.line - 1)...(citation.endLine - 1)].joined(separator: "\n")
                    XCTAssertTrue(cited.contains(citation.quote), "\(audit.file) #\(finding.id): “\(citation.quote)” not in lines \(citation.line)-\(citation.endLine)")
                }
            }
        }
    }

    func testEveryFindingCanBeExplainedDownToTheReport() throws {
        for audit in try Fixtures.allSeeds() {
            for finding in audit.findings {
                let explanation = try XCTUnwrap(audit.explanation(of: finding.id), "\(audit.file) #\(finding.id)")
                XCTAssertEqual(explanation.step.rule, finding.rule)
                XCTAssertFalse(explanation.step.conditions.isEmpty)
                XCTAssertTrue(reachesReport(explanation.step), "\(audit.file) #\(finding.id) \(finding.rule) never reaches a quote")
            }
        }
    }

    func testEveryRuleCanSayWhyNot() throws {
        for audit in try Fixtures.allSeeds() {
            for rule in Fixtures.knowledge.rules {
                let answer = try XCTUnwrap(audit.whyNot(rule.id), "\(audit.file) \(rule.id)")
                XCTAssertEqual(answer.conditions.count, rule.plainConditions.count)
                let fired = audit.findings.contains { $0.rule == rule.id }
                if fired { XCTAssertFalse(answer.findings.isEmpty, rule.id) }
                // A silent rule names the condition that failed for its closest candidate.
                if !fired, !answer.matched { XCTAssertTrue(!answer.candidates.isEmpty || answer.truncated, "\(audit.file) \(rule.id)") }
            }
        }
    }

    private func reachesReport(_ step: DerivationStep) -> Bool {
        step.conditions.contains { condition in
            let facts: [FactStep] =
                switch condition.evidence {
                case .fact(let fact): [fact]
                case .witnesses(let facts), .aggregate(_, let facts): facts
                case .absent, .test: []
                }
            return facts.contains { fact in
                switch fact.source {
                case .report: true
                case .derived(let inner): reachesReport(inner)
                case .derivedAbove, .given: false
                }
            }
        }
    }
}
