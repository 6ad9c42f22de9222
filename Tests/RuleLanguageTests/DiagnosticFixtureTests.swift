import Diagnostics
import Foundation
import RuleLanguage
import TestSupport
import XCTest

/// One malformed file per diagnostic code (Fixtures/invalid/KBnnn-*.rules), each
/// pinned to the exact messages and positions in its `.expected` file.
final class DiagnosticFixtureTests: XCTestCase {
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
