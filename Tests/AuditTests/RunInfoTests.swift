import Audit
import Foundation
import TestSupport
import XCTest

/// A run names the exact knowledge it used: rules and reading vocabulary alike.
final class RunInfoTests: XCTestCase {
    private func hash(_ sources: [(String, String)]) -> String {
        let loaded = AuditKnowledge.load(sources: sources, place: "test")
        return RunInfo(version: "0", knowledgePath: "k", knowledge: loaded.knowledge).knowledgeSHA256
    }

    private let rules = ("k/facts.rules", "template unit \"被评价单位\"\n  name: text \"单位\"\n")
    private let words = ("k/reading/sections.vocab", "section problems \"存在问题\"\n  words: 存在问题\n  example: 存在问题\n")

    func testTheHashCoversTheReadingVocabulary() {
        let edited = ("k/reading/sections.vocab", "section problems \"存在问题\"\n  words: 存在问题、存在的问题\n  example: 存在问题\n")
        XCTAssertNotEqual(hash([rules, words]), hash([rules, edited]), "a new word can change the findings")
        XCTAssertNotEqual(hash([rules, words]), hash([rules]))
    }

    func testTheHashDoesNotDependOnWhereOrInWhatOrderFilesWereRead() {
        XCTAssertEqual(hash([rules, words]), hash([words, rules]))
        XCTAssertEqual(hash([rules, words]), hash([("elsewhere/facts.rules", rules.1), ("other/sections.vocab", words.1)]))
    }

    func testTheShippedKnowledgeHashesAlikeEveryTime() {
        let first = AuditKnowledge.load(paths: [Repository.knowledge]).knowledge
        let second = AuditKnowledge.load(paths: [Repository.knowledge]).knowledge
        XCTAssertEqual(
            RunInfo(version: "0", knowledgePath: "knowledge", knowledge: first).knowledgeSHA256,
            RunInfo(version: "0", knowledgePath: "knowledge", knowledge: second).knowledgeSHA256)
    }
}
