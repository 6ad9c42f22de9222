import Diagnostics
import Foundation
import ReadingTestSupport
import TestSupport
import XCTest

@testable import ReportReading

/// The reading vocabulary: the shipped words load cleanly and their examples pass; every
/// malformed file gives its pinned diagnostic (Fixtures/vocabulary-invalid/KBnnn-*.vocab).
final class VocabularyTests: EnglishMessagesTestCase {
    func testTheShippedVocabularyLoadsWithoutProblems() {
        let loaded = VocabularyLoader.load(paths: [Repository.knowledge])
        XCTAssertEqual(loaded.diagnostics.map(\.description), [])
        XCTAssertEqual(loaded.warnings.map(\.description), [], "every entry carries an example")
        XCTAssertEqual(Set(loaded.vocabulary.tables.map(\.kind)), [.indicators, .budget, .scores])
        XCTAssertEqual(Set(loaded.vocabulary.sections.map(\.name)), Set(SectionKind.described.map(\.vocabularyName)))
        XCTAssertEqual(Set(loaded.vocabulary.labels.map(\.name)), Set(QuantityLabel.allCases.map(\.rawValue)))
    }

    func testEveryShippedExamplePasses() {
        let outcomes = VocabularyExamples.run(ShippedVocabulary.value)
        XCTAssertGreaterThan(outcomes.count, 100)
        for outcome in outcomes where !outcome.passed {
            XCTFail("\(outcome.example.owner): \(outcome.example.input) — expected \(outcome.expected), got \(outcome.actual)")
        }
    }

    func testAFailingExampleSaysWhatItGot() {
        let loaded = VocabularyLoader.load(sources: [
            ("t.vocab", "table scores \"得分表\"\n  needs: name + score\n  example: 名称 | 得分 → name | score\ncolumn name \"指标\"\n  words: 名称\n  example: 名称\ncolumn score \"得分\"\n  words: 得分\n  example: 得分率 → score\n")
        ])
        XCTAssertEqual(loaded.diagnostics, [])
        let outcomes = VocabularyExamples.run(loaded.vocabulary)
        XCTAssertEqual(outcomes.map(\.passed), [true, true, true], "得分率 holds 得分 and no unless excludes it")
        let strict = VocabularyLoader.load(sources: [
            ("t.vocab", "table scores \"得分表\"\n  needs: name + score\ncolumn name \"指标\"\n  words: 名称\ncolumn score \"得分\"\n  words: 得分\n  unless: 得分率\n  example: 得分率 → score\n")
        ])
        let failed = VocabularyExamples.run(strict.vocabulary).filter { !$0.passed }
        XCTAssertEqual(failed.map { "\($0.expected) / \($0.actual)" }, ["score / -"])
    }

    // MARK: Malformed files

    private var fixtures: [URL] {
        get throws {
            try FileManager.default.contentsOfDirectory(
                at: Fixtures.folder.appendingPathComponent("vocabulary-invalid"), includingPropertiesForKeys: nil
            ).filter { $0.pathExtension == "vocab" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        }
    }

    private func diagnostics(of fixture: URL) -> [Diagnostic] {
        let loaded = VocabularyLoader.load(paths: [fixture.path])
        let name = fixture.lastPathComponent
        return (loaded.diagnostics + loaded.warnings).map { diagnostic in
            var copy = diagnostic
            copy.range?.file = name
            copy.message = copy.message.replacingOccurrences(of: fixture.path, with: name)
            copy.notes = copy.notes.map { Diagnostic.Note($0.message) }
            return copy
        }.sortedForDisplay()
    }

    func testEveryFixtureGivesItsPinnedDiagnostics() throws {
        for fixture in try fixtures {
            let actual = diagnostics(of: fixture).map(\.pinned).joined(separator: "\n") + "\n"
            try assertGolden(actual, fixture.deletingPathExtension().appendingPathExtension("expected"))
        }
    }

    func testEachFixtureShowsTheCodeItIsNamedFor() throws {
        for fixture in try fixtures {
            let code = String(fixture.lastPathComponent.prefix(5))
            XCTAssertTrue(diagnostics(of: fixture).contains { $0.code == code }, "\(fixture.lastPathComponent) does not produce \(code)")
        }
    }

    func testEveryCodeHasAFixture() throws {
        let covered = Set(try fixtures.map { String($0.lastPathComponent.prefix(5)) })
        for entry in VocabularyCodes.all where entry.inAFile {
            XCTAssertTrue(covered.contains(entry.code), "no fixture for \(entry.code) (\(entry.summary))")
        }
    }

    func testUnknownNamesSuggestTheClosest() throws {
        let loaded = VocabularyLoader.load(sources: [("t.vocab", "section problms \"存在问题\"\n  words: 存在问题\n  example: 存在问题\n")])
        let diagnostic = try XCTUnwrap(loaded.diagnostics.first)
        XCTAssertEqual(diagnostic.code, "KB202")
        XCTAssertEqual(diagnostic.help, "did you mean 'problems'?")
        XCTAssertEqual(diagnostic.range, SourceRange(file: "t.vocab", line: 1, column: 9, length: 7))
    }
}

/// One matcher for every word list: the word that ends last wins, then the longer.
final class WordMatcherTests: EnglishMessagesTestCase {
    private func entry(_ name: String, _ words: [String], exact: [String] = [], unless: [String] = []) -> VocabularyEntry {
        VocabularyEntry(name: name, title: name, words: words, exact: exact, unless: unless, range: .lines(1, in: "t.vocab"))
    }

    private lazy var matcher = WordMatcher([
        ("label", entry("label", ["绩效指标"])), ("nature", entry("nature", ["性质", "指标性质"])),
        ("target", entry("target", ["指标值", "年度指标值"])), ("measure", entry("measure", ["单位", "度量单位"])),
        ("actual", entry("actual", ["实际完成值", "实际完成指标值"])), ("score", entry("score", ["得分"], unless: ["得分率"])),
        ("causes", entry("causes", ["原因分析"], exact: ["原因"])),
    ])

    private func match(_ text: String) -> String? { matcher.match(text)?.key }

    func testTheHeadOfThePhraseWins() {
        XCTAssertEqual(match("绩效指标性质"), "nature", "性质 ends last")
        XCTAssertEqual(match("绩效指标值"), "target", "指标值 ends after 绩效指标")
        XCTAssertEqual(match("绩效度量单位"), "measure")
    }

    func testAtTheSameEndTheLongerWordWins() {
        XCTAssertEqual(match("实际完成指标值"), "actual", "实际完成指标值 and 指标值 end together")
        XCTAssertEqual(match("年度指标值"), "target")
    }

    func testUnlessAndExactWords() {
        XCTAssertNil(match("得分率"))
        XCTAssertEqual(match("自评得分"), "score")
        XCTAssertEqual(match("原因"), "causes")
        XCTAssertNil(match("立项原因"), "原因 counts only as the whole text")
        XCTAssertEqual(match("偏差原因分析"), "causes")
    }

    func testNotesAreSetAside() {
        XCTAssertEqual(VocabularyText.splitNotes("指标值（单位）").text, "指标值")
        XCTAssertEqual(VocabularyText.splitNotes("财政拨款（元）").notes, ["元"])
        XCTAssertEqual(VocabularyText.splitNotes("（万元）").text, "万元", "a text that is all note keeps it")
        XCTAssertEqual(VocabularyText.compact("绩效 指标\u{3000}值"), "绩效指标值")
    }
}

extension Diagnostic {
    /// `3:12: error[KB202]: message`, the form fixtures pin.
    fileprivate var pinned: String {
        let place = range.map { "\($0.start.line):\($0.start.column)" } ?? "-"
        return "\(place): \(severity.rawValue)[\(code)]: \(message)" + (help.map { "\n  help: \($0)" } ?? "")
    }
}

/// knowledge/README.md is the policy staff's reference: it lists every vocabulary code too.
final class VocabularyGuideTests: EnglishMessagesTestCase {
    func testTheGuideListsEveryCode() throws {
        let guide = try String(contentsOf: Repository.root.appendingPathComponent("knowledge/README.md"), encoding: .utf8)
        for entry in VocabularyCodes.all {
            XCTAssertTrue(guide.contains("| \(entry.code) |"), "knowledge/README.md does not list \(entry.code)")
        }
    }
}
