import ReadingTestSupport
import Audit
import Foundation
import ReportReading
import XCTest

/// A report as .docx, an HTML page, a workbook or a PDF gives the findings its text version
/// gives: the same rules, units, messages and quotes; only lines and places differ.
final class FormatParityTests: XCTestCase {
    /// Rule, unit, message and quotes; a quote without its blanks, since the text
    /// layout wraps a long cell over lines where Word keeps it whole.
    private func comparable(_ audit: DocumentAudit, quotes: Bool = true) -> [String] {
        audit.findings.map { finding in
            let quoted = quotes ? finding.citations.map { String($0.quote.filter { !$0.isWhitespace }) }.sorted() : []
            return "\(finding.rule) \(finding.unit) \(finding.values.map(\.value)) | " + quoted.joined(separator: " | ")
        }.sorted()
    }

    /// `quotes`: whether the quotes must match too (a PDF joins a title the text wraps, and
    /// quotes a cell merged down where its text stands: the same place, other words).
    private func assertSameFindings(_ other: DocumentAudit, text: DocumentAudit, _ name: String, quotes: Bool = true) {
        XCTAssertEqual(comparable(other, quotes: quotes), comparable(text, quotes: quotes), name)
        XCTAssertTrue(other.findings.allSatisfy { $0.citations.allSatisfy { $0.place != nil } }, "\(name): a citation without its place")
    }

    /// Every case in another format, committed under Tests/AuditTests/Fixtures/<format>/.
    private func assertEveryCase(as format: String, remake script: String) throws {
        let folder = Fixtures.repository.appendingPathComponent("Tests/AuditTests/Fixtures/\(format)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix("." + format) }.sorted()
        let cases = try FileManager.default.contentsOfDirectory(atPath: Fixtures.repository.appendingPathComponent("cases").path)
            .filter { FileManager.default.fileExists(atPath: Fixtures.repository.appendingPathComponent("cases/\($0)/report.txt").path) }
        XCTAssertEqual(names.map { String($0.dropLast(format.count + 1)) }, cases.sorted(), "re-make the fixtures with \(script)")
        var findings = 0
        for name in names {
            let other = try Fixtures.audit("Tests/AuditTests/Fixtures/\(format)/\(name)")
            let text = try Fixtures.audit("cases/\(name.dropLast(format.count + 1))/report.txt")
            assertSameFindings(other, text: text, name)
            findings += other.findings.count
        }
        XCTAssertGreaterThan(findings, 50)
    }

    /// The Word versions of every case (made by Tests/Scripts/make-docx-fixtures.sh).
    func testEveryCaseAsWord() throws {
        try assertEveryCase(as: "docx", remake: "Tests/Scripts/make-docx-fixtures.sh")
    }

    /// Every case's Word version saved as a web page by LibreOffice (Tests/Scripts/make-html-fixtures.sh).
    func testEveryCaseAsAWebPage() throws {
        try assertEveryCase(as: "html", remake: "Tests/Scripts/make-html-fixtures.sh")
    }

    /// Cases exported to PDF by LibreOffice with ruled tables (Tests/Scripts/make-pdf-fixtures.sh):
    /// a row split by a page break, prose wrapped mid-figure, codes wrapped in cells, annexes.
    func testTheCommittedPDFsGiveTheFindingsOfTheirText() throws {
        let folder = Fixtures.repository.appendingPathComponent("Tests/AuditTests/Fixtures/pdf")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".pdf") }.sorted()
        XCTAssertEqual(names.count, 5, "re-make the fixtures with Tests/Scripts/make-pdf-fixtures.sh")
        for name in names {
            let pdf = try Fixtures.audit("Tests/AuditTests/Fixtures/pdf/\(name)")
            assertSameFindings(pdf, text: try Fixtures.audit("cases/\(name.dropLast(4))/report.txt"), name)
        }
    }

    /// Every case exported to PDF by LibreOffice, when LibreOffice is here.
    func testEveryCaseAsAPDF() throws {
        guard let python = Self.program(["/usr/bin/python3", "/usr/local/bin/python3"]),
            let soffice = Self.program(["/usr/bin/soffice", "/usr/local/bin/soffice"])
        else { throw XCTSkip("python3 or LibreOffice is not installed: the cases cannot be exported to PDF here") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("case-pdf-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases = try FileManager.default.contentsOfDirectory(atPath: Fixtures.repository.appendingPathComponent("cases").path)
            .filter { FileManager.default.fileExists(atPath: Fixtures.repository.appendingPathComponent("cases/\($0)/report.txt").path) }.sorted()
        let script = Fixtures.repository.appendingPathComponent("Tests/Scripts/make-docx.py").path
        for name in cases {
            try Self.run(python, [script, "--plain", "--borders", Fixtures.repository.appendingPathComponent("cases/\(name)/report.txt").path, folder.appendingPathComponent(name + ".docx").path])
        }
        try Self.run(soffice, ["--headless", "--convert-to", "pdf", "--outdir", folder.path] + cases.map { folder.appendingPathComponent($0 + ".docx").path })
        for name in cases {
            let pdf = try Auditor(knowledge: Fixtures.knowledge).audit(try ReportReader().read(path: folder.appendingPathComponent(name + ".pdf").path))
            assertSameFindings(pdf, text: try Fixtures.audit("cases/\(name)/report.txt"), name)
        }
    }

    /// Every case's web page opened in LibreOffice Calc and saved as a workbook
    /// (Tests/Scripts/make-html-fixtures.sh): the prose is lines of column A, so only the
    /// tables are compared — every indicator row read with the same values.
    func testEveryCaseAsAWorkbookHasTheIndicatorsOfItsText() throws {
        let folder = Fixtures.repository.appendingPathComponent("Tests/AuditTests/Fixtures/xlsx")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".xlsx") }.sorted()
        XCTAssertEqual(names.count, 40, "re-make the fixtures with Tests/Scripts/make-html-fixtures.sh")
        var rows = 0
        for name in names {
            let workbook = try ReportReader().read(path: folder.appendingPathComponent(name).path)
            let text = try ReportReader().read(path: Fixtures.repository.appendingPathComponent("cases/\(name.dropLast(5))/report.txt").path)
            let indicators = { (read: ReadReport) in
                read.facts.filter { $0.kind == "indicator" }.map { fact in
                    ["level1", "level2", "name", "operator", "target", "actual", "weight"].map { slot in "\(fact.slots.first { $0.name == slot }?.value ?? .absent)" }
                }
            }
            XCTAssertEqual(indicators(workbook), indicators(text), name)
            XCTAssertTrue(workbook.facts.filter { $0.kind == "indicator" }.allSatisfy { $0.citation.place?.contains("!") == true }, "\(name): cited as Sheet1!B14")
            rows += indicators(workbook).count
        }
        XCTAssertGreaterThan(rows, 200)
    }

    /// The five sample reports made into .docx by the fixture script, then audited.
    func testTheSeedsAsWord() throws {
        try assertTheSeeds(as: nil)
    }

    /// The five sample reports made into .docx and saved as web pages by LibreOffice.
    func testTheSeedsAsWebPages() throws {
        try assertTheSeeds(as: "html")
    }

    /// The five sample reports made into .docx with ruled tables and exported to PDF by LibreOffice.
    func testTheSeedsAsPDFs() throws {
        try assertTheSeeds(as: "pdf")
    }

    /// `format`: what LibreOffice saves the .docx as (nil: the .docx itself).
    private func assertTheSeeds(as format: String?) throws {
        guard let python = Self.program(["/usr/bin/python3", "/usr/local/bin/python3"]) else {
            throw XCTSkip("python3 is not installed: the seeds cannot be made into .docx here")
        }
        let soffice = Self.program(["/usr/bin/soffice", "/usr/local/bin/soffice"])
        if let format, soffice == nil { throw XCTSkip("LibreOffice is not installed: the seeds cannot be saved as \(format) here") }
        let seeds = try Fixtures.allSeeds()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("seed-formats-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for text in seeds {
            let source = text.read.report.file
            let name = (source as NSString).lastPathComponent
            let docx = folder.appendingPathComponent(name + ".docx").path
            let script = Fixtures.repository.appendingPathComponent("Tests/Scripts/make-docx.py").path
            let options = format == nil ? [] : format == "pdf" ? ["--plain", "--borders"] : ["--plain"]
            try Self.run(python, [script] + options + [source, docx])
            var target = docx
            if let format, let soffice {
                try Self.run(soffice, ["--headless", "--convert-to", format, "--outdir", folder.path, docx])
                target = folder.appendingPathComponent(name + "." + format).path
            }
            let other = try Auditor(knowledge: Fixtures.knowledge).audit(try ReportReader().read(path: target))
            XCTAssertFalse(text.findings.isEmpty, source)
            assertSameFindings(other, text: text, source, quotes: format != "pdf")
        }
    }

    private static func program(_ candidates: [String]) -> String? {
        candidates.first(where: FileManager.default.isExecutableFile)
    }

    private static func run(_ program: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "\(program) \(arguments.joined(separator: " "))")
    }
}
