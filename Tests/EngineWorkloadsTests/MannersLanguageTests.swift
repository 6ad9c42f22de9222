import EngineWorkloads
import Foundation
import RuleEngine
import RuleLanguage
import XCTest

/// Benchmarks/manners.rules compiles to exactly the rules written with the engine
/// API, so the language adds nothing to the cost of a run.
final class MannersLanguageTests: XCTestCase {
    private var knowledge: KnowledgeBase {
        get throws {
            let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Benchmarks/manners.rules")
            let result = KnowledgeLoader.load(paths: [file.path])
            XCTAssertEqual(result.diagnostics.map(\.description), [])
            return result.knowledgeBase
        }
    }

    func testCompilesToTheSameRulesAsTheEngineAPIVersion() throws {
        let knowledge = try knowledge
        XCTAssertEqual(knowledge.templates.map(\.engineTemplate), Manners.templates)
        XCTAssertEqual(knowledge.rules.map(\.engineRule), Manners.rules)
    }

    func testSeatsSixteenGuestsWithTheSameFirings() throws {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures/manners16", withExtension: "fct"))
        let facts = try FactFile.parse(String(contentsOf: url, encoding: .utf8), file: "manners16.fct")
        let knowledge = try knowledge
        let (_, summary) = try Manners.run(
            facts, templates: knowledge.templates.map(\.engineTemplate), rules: knowledge.rules.map(\.engineRule))
        XCTAssertEqual(summary.firings, 183)
    }
}
