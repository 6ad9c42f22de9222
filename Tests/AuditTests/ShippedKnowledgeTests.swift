import Audit
import Diagnostics
import Foundation
import RuleEngine
import RuleLanguage
import XCTest

/// The knowledge base in knowledge/, with the audit's functions: compiles without errors
/// or warnings, and every example of every rule passes.
final class ShippedKnowledgeTests: XCTestCase {
    private func load() -> KnowledgeLoader.Result {
        KnowledgeLoader.load(paths: [Fixtures.repository.appendingPathComponent("knowledge").path], functions: AuditFunctions.library, lint: true)
    }

    func testCompilesCleanly() {
        let result = load()
        XCTAssertEqual((result.diagnostics + result.warnings).map { "\($0)" }, [])
        XCTAssertGreaterThan(result.knowledgeBase.rules.count, 5)
    }

    func testEveryExamplePasses() {
        let knowledge = load().knowledgeBase
        let runner = ExampleRunner(knowledge: knowledge)
        for rule in knowledge.rules {
            XCTAssertFalse(rule.examples.isEmpty, "\(rule.id) has no examples")
            for example in rule.examples {
                let outcome = runner.run(example, of: rule)
                XCTAssertTrue(outcome.passed, "\(rule.id) / \(example.title): expected \(outcome.expected), got \(outcome.actual) \(outcome.error ?? "")")
            }
        }
    }

    /// The rule ids results are compared by across versions (issue "The audit").
    func testTheAgreedRuleIdsExist() {
        let ids = Set(load().knowledgeBase.rules.map(\.id))
        for id in [
            "weight-total", "weight-scheme-mixed", "target-far-exceeded", "target-missed-unexplained", "score-exceeds-attainable",
            "execution-low", "balance-over-limit", "problems-missing", "deviation-not-in-problems", "component-missing",
            "grade-mismatch", "sum-mismatch", "value-inconsistent", "year-mismatch", "qualitative-with-number",
            "indicator-category-missing", "estimate-as-actual", "duplicate-content",
        ] {
            XCTAssertTrue(ids.contains(id), "no rule \(id)")
        }
    }

    /// Findings are grouped by the unit under review, which a finding rule binds as ?unit.
    func testEveryFindingRuleNamesItsUnit() {
        for rule in load().knowledgeBase.rules where rule.kind == .finding {
            let bound = rule.engineRule.conditions.contains { condition in
                if case .pattern(let pattern) = condition { return pattern.boundVariables.contains("unit") }
                return false
            }
            XCTAssertTrue(bound, "\(rule.id) does not bind ?unit")
        }
    }

    func testEveryFindingRuleCarriesWhatAFindingNeeds() {
        for rule in load().knowledgeBase.rules where rule.kind == .finding {
            XCTAssertNotNil(rule.severity, rule.id)
            XCTAssertNotNil(rule.message, rule.id)
            XCTAssertNotNil(rule.recommendation, rule.id)
            XCTAssertFalse(rule.basis.isEmpty, rule.id)
        }
    }
}

/// knowledge/README.md is the policy staff's reference: it must list every code.
final class KnowledgeGuideTests: XCTestCase {
    func testTheGuideListsEveryDiagnosticCode() throws {
        let guide = try String(contentsOf: Fixtures.repository.appendingPathComponent("knowledge/README.md"), encoding: .utf8)
        for entry in KnowledgeCodes.all {
            XCTAssertTrue(guide.contains("| \(entry.code) |"), "knowledge/README.md does not list \(entry.code)")
        }
    }

    func testTheGuideNamesEveryFunctionRulesMayCall() throws {
        let guide = try String(contentsOf: Fixtures.repository.appendingPathComponent("knowledge/README.md"), encoding: .utf8)
        for name in AuditFunctions.library.names {
            XCTAssertTrue(guide.contains("`\(name)("), "knowledge/README.md does not show the function \(name)")
        }
    }

    func testTheWorkedExampleIsInTheKnowledgeBase() {
        let knowledge = Fixtures.knowledge
        XCTAssertEqual(knowledge.rule("score-over-maximum")?.examples.map(\.title), ["得分 102 分", "得分正好 100 分"])
    }

    /// The file table is made from the files: each file's first comment line says what it holds.
    func testTheFileTableIsMadeFromTheFiles() throws {
        let guideURL = Self.knowledgeFolder.appendingPathComponent("README.md")
        let guide = try String(contentsOf: guideURL, encoding: .utf8)
        let (start, end) = ("<!-- 文件表：", "<!-- 文件表结束 -->")
        let head = try XCTUnwrap(guide.range(of: start), "knowledge/README.md has no file table marker")
        let tail = try XCTUnwrap(guide.range(of: end, range: head.upperBound..<guide.endIndex))
        let firstLineEnd = try XCTUnwrap(guide[head.upperBound...].firstIndex(of: "\n"))
        let table = try Self.fileTable()
        let written = String(guide[guide.index(after: firstLineEnd)..<tail.lowerBound])
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try (guide[..<guide.index(after: firstLineEnd)] + table + guide[tail.lowerBound...])
                .write(to: guideURL, atomically: true, encoding: .utf8)
        } else {
            XCTAssertEqual(written, table, "knowledge/README.md's file table differs from the files; re-record with RECORD_GOLDEN=1")
        }
        XCTAssertEqual(table.components(separatedBy: "\n").filter { $0.hasPrefix("| `") }.count, 16)
    }

    /// Every rule the guide shows in a ```rules block compiles against the shipped templates,
    /// parameters and bases, and is the shipped rule (abridged at most: its lines, in order,
    /// are lines of the shipped rule), whose examples the knowledge-base tests run.
    func testTheGuideShowsTheShippedRules() throws {
        let guide = try String(contentsOf: Self.knowledgeFolder.appendingPathComponent("README.md"), encoding: .utf8)
        let blocks = Self.ruleBlocks(in: guide)
        XCTAssertFalse(blocks.isEmpty, "the guide shows no ```rules block")
        let declarations = try ["facts.rules", "parameters.rules", "basis.rules"].map { name in
            (path: name, text: try String(contentsOf: Self.knowledgeFolder.appendingPathComponent(name), encoding: .utf8))
        }
        for block in blocks {
            let loaded = KnowledgeLoader.load(sources: declarations + [("README.md", block)], functions: AuditFunctions.library)
            XCTAssertEqual(loaded.diagnostics.filter { $0.severity == .error }.map(\.description), [], block)
            for rule in loaded.knowledgeBase.rules {
                let shipped = try XCTUnwrap(Self.shippedText(of: rule.id), "the guide shows \(rule.id), which the knowledge base does not have")
                let shown = Self.lines(of: rule.id, in: block)
                var remaining = shipped[...]
                for line in shown {
                    guard let found = remaining.firstIndex(of: line) else {
                        XCTFail("the guide's \(rule.id) has a line the shipped rule does not (or not in this order): \(line)")
                        break
                    }
                    remaining = remaining[(found + 1)...]
                }
            }
        }
    }

    private static var knowledgeFolder: URL { Fixtures.repository.appendingPathComponent("knowledge") }

    /// `| \`file\` | what it holds |` for every rule file, then every vocabulary file.
    private static func fileTable() throws -> String {
        let manager = FileManager.default
        let rules = try manager.contentsOfDirectory(atPath: knowledgeFolder.path).filter { $0.hasSuffix(".rules") }.sorted()
        let words = try manager.contentsOfDirectory(atPath: knowledgeFolder.appendingPathComponent("reading").path)
            .filter { $0.hasSuffix(".vocab") }.sorted().map { "reading/" + $0 }
        var table = "| 文件 | 内容 |\n| --- | --- |\n"
        for name in rules + words {
            let text = try String(contentsOf: knowledgeFolder.appendingPathComponent(name), encoding: .utf8)
            let first = text.split(separator: "\n").first { $0.hasPrefix("#") && $0.count > 2 }.map { $0.dropFirst().trimmingCharacters(in: .whitespaces) }
            table += "| `\(name)` | \(try XCTUnwrap(first, "\(name) does not begin with a comment saying what it holds")) |\n"
        }
        return table
    }

    /// The ```rules blocks, with the guide's `← notes` taken off.
    private static func ruleBlocks(in guide: String) -> [String] {
        guide.components(separatedBy: "```rules\n").dropFirst().compactMap { $0.components(separatedBy: "\n```").first }.map { block in
            block.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                String(line.split(separator: "←", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
                    .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
            }.joined(separator: "\n")
        }
    }

    /// A rule's lines, trimmed and without blanks: from `rule ID` to the next declaration.
    private static func lines(of id: String, in text: String) -> [String] {
        let all = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let start = all.firstIndex(of: "rule \(id)") else { return [] }
        let rest = all[(start + 1)...]
        let end = rest.firstIndex { ["rule ", "template ", "parameter ", "basis "].contains(where: $0.hasPrefix) } ?? all.endIndex
        return Array(all[start..<end]).filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    private static func shippedText(of id: String) throws -> [String]? {
        for file in try FileManager.default.contentsOfDirectory(atPath: knowledgeFolder.path) where file.hasSuffix(".rules") {
            let text = try String(contentsOf: knowledgeFolder.appendingPathComponent(file), encoding: .utf8)
            let found = lines(of: id, in: text)
            if !found.isEmpty { return found }
        }
        return nil
    }
}
