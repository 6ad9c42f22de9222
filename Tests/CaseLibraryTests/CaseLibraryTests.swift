import ReadingTestSupport
import Audit
import CaseLibrary
import Foundation
import ReportReading
import RuleLanguage
import XCTest

/// The shipped case library: its cases load, pass, teach, and together cover the rules.
final class CaseLibraryTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let knowledge = AuditKnowledge.load(paths: [repository.appendingPathComponent("knowledge").path]).knowledge.rules
    static var findingRules: [String] { knowledge.rules.filter { $0.kind == .finding }.map(\.id) }

    private func library() -> CaseLoader.Result {
        CaseLoader.load("cases", relativeTo: Self.repository.path, knownRules: Self.findingRules)
    }

    /// Every case's audit, once (read only after it is built).
    nonisolated(unsafe) private static let audits: [(Case, DocumentAudit)] = {
        let library = CaseLoader.load("cases", relativeTo: repository.path, knownRules: findingRules)
        return library.cases.compactMap { item in
            guard let read = try? ReportReader().read(path: item.report, relativeTo: repository.path),
                let audit = try? Auditor(knowledge: knowledge).audit(read)
            else { return nil }
            return (item, audit)
        }
    }()

    func testTheLibraryLoadsWithoutProblems() {
        let library = library()
        XCTAssertEqual(library.diagnostics.map(\.description), [])
        XCTAssertGreaterThanOrEqual(library.cases.count, 20)
        XCTAssertEqual(Self.audits.count, library.cases.count, "every report reads and audits")
    }

    func testEveryCasePasses() {
        for (item, audit) in Self.audits {
            let check = CaseCheck(expected: item.expected, findings: audit.findings)
            XCTAssertTrue(check.passed, "\(item.name): missing \(check.missing.map(\.rule)), unexpected \(check.unexpected.map(CaseCheck.describe)), not quiet \(check.notQuiet.map(\.quiet.rule))")
        }
    }

    func testEveryCaseTeaches() {
        for item in library().cases {
            XCTAssertFalse(item.notes.title.isEmpty, "\(item.name) has no title")
            XCTAssertNotNil(item.notes.difficulty, "\(item.name) has no 难度")
            XCTAssertTrue((1...3).contains(item.difficulty), item.name)
            XCTAssertFalse(item.notes.general.isEmpty, "\(item.name) says nothing to the trainee")
            for rule in item.notes.rules.keys {
                XCTAssertTrue(Self.findingRules.contains(rule), "\(item.name)/notes.md has a section for unknown rule \(rule)")
            }
        }
    }

    /// Each finding rule fires in some case and stays quiet in another.
    func testTheLibraryCoversEveryRuleBothWays() {
        for rule in Self.findingRules {
            XCTAssertTrue(Self.audits.contains { $0.1.findings.contains { $0.rule == rule } }, "no case makes \(rule) fire")
            XCTAssertTrue(Self.audits.contains { !$0.1.findings.contains { $0.rule == rule } }, "\(rule) fires in every case")
        }
    }

    /// Both weight schemes, department reports with annexes, three encodings.
    func testTheLibraryCoversTheShapesOfReports() {
        let encodings = Set(Self.audits.map { $0.1.read.report.source.encoding })
        XCTAssertTrue(encodings.isSuperset(of: [.utf8, .gb18030, .utf16LittleEndian]))
        XCTAssertTrue(Self.audits.contains { $0.1.read.report.units.count > 2 }, "a department report with several annexes")
        let schemes = Set(Self.audits.flatMap { $0.1.engine.facts(of: "weight-scheme").compactMap { $0["total"] } })
        XCTAssertEqual(schemes, [.number(90), .number(100)])
        XCTAssertTrue(Self.audits.contains { $0.1.read.facts.contains { $0.kind == "budget-line" } })
        XCTAssertTrue(Self.audits.contains { $0.1.read.facts.contains { $0.kind == "score-line" } })
        XCTAssertTrue(Self.audits.contains { $0.1.read.facts.contains { $0.kind == "blank-indicator" } })
    }
}
