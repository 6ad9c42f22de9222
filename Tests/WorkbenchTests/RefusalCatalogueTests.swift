import Foundation
import TestSupport
import XCTest

@testable import Workbench

/// Every refusal a visitor can meet, pinned in Golden/refusals.txt (status, title, what
/// it says, what to do), like the command line's messages.txt; a refusal added to the
/// catalogue without a sample here fails. Re-record with RECORD_GOLDEN=1.
final class RefusalCatalogueTests: XCTestCase {
    private struct WriteFailure: LocalizedError {
        var errorDescription: String? { "No space left on device" }
    }

    private static let samples: [(name: String, page: Page)] = [
        ("wrongHost", Refusal.wrongHost),
        ("noSuchPage", Refusal.noSuchPage),
        ("noSuchReport", Refusal.noSuchReport),
        ("noSuchFinding", Refusal.noSuchFinding("9", findings: 4)),
        ("noSuchFinding none", Refusal.noSuchFinding("1", findings: 0)),
        ("wrongMethod", Refusal.wrongMethod),
        ("notForRole", Refusal.notForRole(.policy)),
        ("staleForm", Refusal.staleForm),
        ("badForm", Refusal.badForm("请选择 确认、不采纳 或 待定。")),
        ("builtInKnowledge", Refusal.builtInKnowledge),
        ("noSuchKnowledgeFile", Refusal.noSuchKnowledgeFile),
        ("noCaseLibrary", Refusal.noCaseLibrary),
        ("noSuchClass", Refusal.noSuchClass),
        ("noSuchCase", Refusal.noSuchCase),
        ("wrongJoinLink", Refusal.wrongJoinLink),
        ("cannotSave", Refusal.cannotSave("knowledge/parameters.rules", WriteFailure())),
    ]

    func testEveryRefusalSaysWhatAndWhatToDo() throws {
        var out = ""
        for (name, page) in Self.samples {
            out += "## \(name)\n\(page.status.code) \(page.title)\n" + page.body.replacing(/<[^>]+>/, with: "") + "\n"
            XCTAssertTrue(page.body.contains("class=\"help\""), "\(name) says what to do")
        }
        try assertGolden(out, URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/refusals.txt"))
    }

    func testEveryRefusalHasASample() throws {
        let source = try String(contentsOf: Repository.root.appendingPathComponent("Sources/Workbench/Pages/Refusal.swift"), encoding: .utf8)
        let declared = Set(source.matches(of: /static (?:var|func) ([a-zA-Z]+)/).map { String($0.output.1) })
        let sampled = Set(Self.samples.map { String($0.name.prefix { $0 != " " }) })
        XCTAssertEqual(declared.subtracting(sampled).sorted(), [], "refusals without a sample")
    }
}
