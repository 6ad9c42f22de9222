import Foundation
import FuzzTargets
import XCTest

/// The fuzz targets without libFuzzer: every committed seed goes through its target,
/// and every input a fuzzer once crashed or hung on (Tests/Fuzz/regressions/TARGET/NAME)
/// gives the outcome pinned beside it (NAME.expected: "ok …" or the error's code).
final class FuzzCorpusTests: XCTestCase {
    private static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz")

    private func inputs(_ kind: String, _ target: String) -> [URL] {
        let directory = Self.folder.appendingPathComponent(kind).appendingPathComponent(target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { !$0.hasSuffix(".expected") && !$0.hasPrefix(".") }.sorted().map { directory.appendingPathComponent($0) }
    }

    func testEveryTargetHasSeedsAndADictionary() {
        for target in FuzzTarget.all {
            XCTAssertFalse(inputs("corpus", target.name).isEmpty, "no seeds for \(target.name)")
        }
        let dictionaries = (try? FileManager.default.contentsOfDirectory(atPath: Self.folder.appendingPathComponent("dictionaries").path)) ?? []
        XCTAssertEqual(Set(dictionaries), ["html.dict", "http.dict", "pdf.dict", "rules.dict", "text.dict", "xml.dict"])
    }

    /// The seeds are read as their reader reads them: most to facts, the damaged ones to their error.
    func testSeedsGoThroughTheirTargets() throws {
        var outcomes: [String] = []
        for target in FuzzTarget.all {
            for input in inputs("corpus", target.name) {
                outcomes.append("\(target.name)/\(input.lastPathComponent) \(target.run([UInt8](try Data(contentsOf: input))))")
            }
        }
        XCTAssertEqual(outcomes.filter { $0.contains(" ok ") }.count, 17, outcomes.joined(separator: "\n"))
    }

    func testRegressionsGiveTheirPinnedOutcome() throws {
        var checked = 0
        for target in FuzzTarget.all {
            for input in inputs("regressions", target.name) {
                let expected = try String(contentsOf: input.appendingPathExtension("expected"), encoding: .utf8)
                XCTAssertEqual(target.run([UInt8](try Data(contentsOf: input))), expected.trimmingCharacters(in: .newlines), input.path)
                checked += 1
            }
        }
        XCTAssertGreaterThanOrEqual(checked, 3)
    }
}
