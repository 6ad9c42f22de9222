import Audit
import CaseLibrary
import Diagnostics
import RuleLanguage
import Foundation
import TestSupport
import XCTest

/// What `rules diff` and the workbench call a changed rule: a changed threshold is a
/// changed parameter, not a change of every rule whose title shows it.
final class KnowledgeDiffTests: XCTestCase {
    /// The shipped rules, with `edit` applied to one file's text.
    private func knowledge(editing file: String = "", _ edit: (String) -> String = { $0 }) throws -> KnowledgeBase {
        let folder = Repository.knowledge
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".rules") }.sorted()
        let sources = try names.map { name in
            let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            return ("knowledge/" + name, name == file ? edit(text) : text)
        }
        let loaded = KnowledgeLoader.load(sources: sources, functions: AuditFunctions.library)
        XCTAssertFalse(loaded.diagnostics.hasErrors, "\(loaded.diagnostics)")
        return loaded.knowledgeBase
    }

    func testAChangedThresholdIsAParameterNotTheRulesThatShowIt() throws {
        let old = try knowledge()
        let new = try knowledge(editing: "parameters.rules") { $0.replacingOccurrences(of: "label: 结余率上限\n  value: 10\n", with: "label: 结余率上限\n  value: 15\n") }
        XCTAssertEqual(new.rule("balance-over-limit")?.title, "结余率超过15%", "the title shows the new value")
        let diff = KnowledgeDiff(old: old, new: new)
        XCTAssertEqual(diff.changedRules, [])
        XCTAssertEqual(diff.changedParameters.map { "\($0.name) \($0.old) → \($0.new)" }, ["balance-rate-limit 10% → 15%"])
    }

    func testARewordedTitleIsAChangedRule() throws {
        let old = try knowledge()
        let new = try knowledge(editing: "execution.rules") { $0.replacingOccurrences(of: "title: 结余率超过{$balance-rate-limit}", with: "title: 结余率高于{$balance-rate-limit}") }
        let diff = KnowledgeDiff(old: old, new: new)
        XCTAssertEqual(diff.changedRules, ["balance-over-limit"])
        XCTAssertEqual(diff.changedParameters.count, 0)
    }
}
