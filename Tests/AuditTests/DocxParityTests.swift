import ReadingTestSupport
import Audit
import Foundation
import ReportReading
import XCTest

/// A report as .docx gives the findings its text version gives: the same rules, units,
/// messages and quotes; only lines and places differ.
final class DocxParityTests: XCTestCase {
    /// Rule, unit, message and quotes; a quote without its blanks, since the text
    /// layout wraps a long cell over lines where Word keeps it whole.
    private func comparable(_ audit: DocumentAudit) -> [String] {
        audit.findings.map { finding in
            let quotes = finding.citations.map { String($0.quote.filter { !$0.isWhitespace }) }.sorted()
            return "\(finding.rule) \(finding.unit) \(finding.values.map(\.value)) | " + quotes.joined(separator: " | ")
        }.sorted()
    }

    private func assertSameFindings(docx: DocumentAudit, text: DocumentAudit, _ name: String) {
        XCTAssertEqual(comparable(docx), comparable(text), name)
        XCTAssertTrue(docx.findings.allSatisfy { $0.citations.allSatisfy { $0.place != nil } }, "\(name): a citation without its place")
    }

    /// The committed Word versions of every case (Tests/Scripts/make-docx-fixtures.sh).
    func testEveryCaseAsWord() throws {
        let folder = Fixtures.repository.appendingPathComponent("Tests/AuditTests/Fixtures/docx")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".docx") }.sorted()
        let cases = try FileManager.default.contentsOfDirectory(atPath: Fixtures.repository.appendingPathComponent("cases").path)
            .filter { FileManager.default.fileExists(atPath: Fixtures.repository.appendingPathComponent("cases/\($0)/report.txt").path) }
        XCTAssertEqual(names.map { String($0.dropLast(5)) }, cases.sorted(), "re-make the fixtures with Tests/Scripts/make-docx-fixtures.sh")
        var findings = 0
        for name in names {
            let docx = try Fixtures.audit("Tests/AuditTests/Fixtures/docx/\(name)")
            let text = try Fixtures.audit("cases/\(name.dropLast(5))/report.txt")
            assertSameFindings(docx: docx, text: text, name)
            findings += docx.findings.count
        }
        XCTAssertGreaterThan(findings, 50)
    }

    /// The five sample reports made into .docx by the fixture script, then audited.
    func testTheSeedsAsWord() throws {
        guard let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(where: FileManager.default.isExecutableFile) else {
            throw XCTSkip("python3 is not installed: the seeds cannot be made into .docx here")
        }
        let seeds = try Fixtures.allSeeds()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("seed-docx-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for text in seeds {
            let source = text.read.report.file
            let target = folder.appendingPathComponent((source as NSString).lastPathComponent + ".docx").path
            let process = Process()
            process.executableURL = URL(fileURLWithPath: python)
            process.arguments = [Fixtures.repository.appendingPathComponent("Tests/Scripts/make-docx.py").path, source, target]
            try process.run()
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0, source)
            let docx = try Auditor(knowledge: Fixtures.knowledge).audit(try ReportReader().read(path: target))
            XCTAssertFalse(text.findings.isEmpty, source)
            assertSameFindings(docx: docx, text: text, source)
        }
    }
}
