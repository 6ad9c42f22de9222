import Diagnostics
import Foundation
import RuleLanguage
import TestSupport
import XCTest

/// One malformed file per diagnostic code (Fixtures/invalid/KBnnn-*.rules), each
/// pinned to the exact messages and positions in its `.expected` file.
final class DiagnosticFixtureTests: EnglishMessagesTestCase {
    private var fixtures: [URL] {
        get throws {
            try FileManager.default.contentsOfDirectory(
                at: Fixtures.folder.appendingPathComponent("invalid"), includingPropertiesForKeys: nil
            ).filter { $0.pathExtension == "rules" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        }
    }

    private func diagnostics(of fixture: URL) throws -> [Diagnostic] {
        let name = fixture.lastPathComponent
        guard let text = try? String(contentsOf: fixture, encoding: .utf8) else {
            // Not UTF-8: only the loader reading from disk can say so.
            return KnowledgeLoader.load(paths: [fixture.path], lint: true).diagnostics.map { diagnostic in
                var copy = diagnostic
                copy.range?.file = name
                copy.message = copy.message.replacingOccurrences(of: fixture.path, with: name)
                return copy
            }
        }
        let result = try Fixtures.load(text, path: name)
        return (result.diagnostics + result.warnings).filter { $0.range?.file == name }.sortedForDisplay()
    }

    func testEveryFixtureGivesItsPinnedDiagnostics() throws {
        for fixture in try fixtures {
            let actual = try diagnostics(of: fixture).map(\.pinned).joined(separator: "\n") + "\n"
            try assertGolden(actual, fixture.deletingPathExtension().appendingPathExtension("expected"))
        }
    }

    func testEachFixtureShowsTheCodeItIsNamedFor() throws {
        for fixture in try fixtures {
            let code = String(fixture.lastPathComponent.prefix(5))
            XCTAssertTrue(try diagnostics(of: fixture).contains { $0.code == code }, "\(fixture.lastPathComponent) does not produce \(code)")
        }
    }

    func testEveryCodeHasAFixture() throws {
        let covered = Set(try fixtures.map { String($0.lastPathComponent.prefix(5)) })
        for entry in KnowledgeCodes.all where !entry.internalOnly {
            XCTAssertTrue(covered.contains(entry.code), "no fixture for \(entry.code) (\(entry.summary))")
        }
    }
}

/// Characters typed in Chinese input mode get a hint naming what was meant.
final class FullWidthHintTests: EnglishMessagesTestCase {
    private func helps(_ line: String) throws -> [String] {
        let text = "rule r\n  title: 示例\n  when:\n    \(line)\n  then:\n    derive note(text: \"x\")\n"
        return try Fixtures.load(text).diagnostics.filter { $0.code == "KB003" }.compactMap(\.help)
    }

    func testAFullWidthFormNamesItsHalfWidthTwin() throws {
        XCTAssertEqual(try helps("test 1 ＠ 2"), ["this is the full-width '＠'; write the half-width '@' (switch the input method to English)"])
    }

    func testSentencePunctuationIsToBeRemoved() throws {
        for mark in ["；", ";", "。"] {
            XCTAssertEqual(
                try helps("indicator(weight: ?w)\(mark)"), ["a condition or field ends at the end of its line, without punctuation: remove '\(mark)'"])
        }
    }

    func testFullWidthVariableAndParameterSignsAreRead() throws {
        let result = try Fixtures.load("parameter limit\n  label: 上限\n  value: 10\n  rationale: 示例\n\nrule r\n  title: 示例\n  when:\n    indicator(weight: ？w)\n    test ？w > ＄limit\n  then:\n    derive note(text: \"x\")\n")
        XCTAssertFalse(result.diagnostics.contains { ["KB001", "KB003"].contains($0.code) }, "\(result.diagnostics)")
    }
}

/// A misspelt parameter after `matches` is an unknown parameter with the closest name,
/// not a complaint about types.
final class MatchesParameterTests: EnglishMessagesTestCase {
    func testAMisspeltPatternParameterSuggestsTheClosest() throws {
        let result = try Fixtures.load(
            "parameter cause-words\n  label: 原因用语\n  value: \"原因|由于\"\n  rationale: 示例\n\nrule r\n  title: 示例\n  when:\n    paragraph(text: ?t)\n    test ?t matches $cause-word\n  then:\n    derive note(text: \"x\")\n")
        let unknown = try XCTUnwrap(result.diagnostics.first { $0.code == "KB022" }, "\(result.diagnostics)")
        XCTAssertEqual(unknown.message, "unknown parameter '$cause-word'")
        XCTAssertEqual(unknown.help, "did you mean '$cause-words'?")
        XCTAssertFalse(result.diagnostics.contains { $0.code == "KB024" })
    }
}

/// The first error in a rule is the one to fix: variables its broken line would have
/// bound are not reported again as unbound further down.
final class KnockOnErrorTests: EnglishMessagesTestCase {
    func testABrokenConditionHidesNoOtherErrorButItsUnboundVariables() throws {
        let result = try Fixtures.load(
            "rule r\n  title: 示例\n  when:\n    indicator(weight: ?w, name ?n)\n    test ?w > 10 and ?n matches \"x\"\n  then:\n    derive note(text: ?n)\n")
        XCTAssertEqual(result.diagnostics.map(\.code), ["KB001"], "\(result.diagnostics)")
        // Without the broken line, an unbound variable is still an error.
        let unbound = try Fixtures.load("rule r\n  title: 示例\n  when:\n    indicator(weight: ?w)\n    test ?x > 10\n  then:\n    derive note(text: \"x\")\n")
        XCTAssertTrue(unbound.diagnostics.contains { $0.code == "KB023" })
    }
}
