import Diagnostics
import RuleLanguage
import XCTest

/// Each lint check's own snippets: it warns exactly at every ↓ of the triggering
/// ones, and stays quiet on the others.
final class LintCheckTests: XCTestCase {
    /// The snippet without its markers, and the (line, column) of each marker.
    private func markers(in snippet: String) -> (String, [String]) {
        var text = ""
        var found: [String] = []
        for (number, line) in snippet.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var clean = ""
            for character in line {
                if character == "↓" { found.append("\(number + 1):\(clean.count + 1)") } else { clean.append(character) }
            }
            text += (number == 0 ? "" : "\n") + clean
        }
        return (text, found)
    }

    func testTriggeringSnippetsWarnAtTheMarkers() throws {
        for check in KnowledgeLoader.lintChecks {
            for snippet in check.triggering {
                let (text, expected) = markers(in: snippet)
                let result = try Fixtures.load(text)
                XCTAssertEqual(result.diagnostics.map(\.pinned), [], "\(check.code): the snippet must compile")
                let found = result.warnings.filter { $0.code == check.code && $0.range?.file == "snippet.rules" }
                    .map { "\($0.range?.start.line ?? 0):\($0.range?.start.column ?? 0)" }
                XCTAssertEqual(found, expected, "\(check.code) \(check.name) on:\n\(snippet)")
            }
        }
    }

    func testNonTriggeringSnippetsStayQuiet() throws {
        for check in KnowledgeLoader.lintChecks {
            for snippet in check.nonTriggering {
                let result = try Fixtures.load(snippet)
                XCTAssertEqual(result.diagnostics.map(\.pinned), [], "\(check.code): the snippet must compile")
                let found = result.warnings.filter { $0.code == check.code && $0.range?.file == "snippet.rules" }
                XCTAssertEqual(found.map(\.pinned), [], "\(check.code) \(check.name) on:\n\(snippet)")
            }
        }
    }

    func testEveryCheckHasBothKindsOfSnippet() {
        for check in KnowledgeLoader.lintChecks {
            XCTAssertFalse(check.triggering.isEmpty, check.code)
            XCTAssertFalse(check.nonTriggering.isEmpty, check.code)
            XCTAssertTrue(KnowledgeCodes.all.contains { $0.code == check.code }, "\(check.code) is not in the catalogue")
        }
    }
}
