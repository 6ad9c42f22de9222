import Diagnostics
import Foundation
import XCTest
import ZipArchive

@testable import ReportReading

/// .docx input: the layout rebuilt from WordprocessingML, citations to paragraphs and
/// cells, and a clear error for every way an archive can be wrong.
final class DocxTests: XCTestCase {
    private static let invalid = Fixtures.folder.appendingPathComponent("docx-invalid")

    private func diagnostic(_ name: String, reader: ReportReader = ReportReader(), in folder: URL = DocxTests.invalid) -> Diagnostic? {
        do {
            _ = try reader.read(path: folder.appendingPathComponent(name).path)
            return nil
        } catch {
            return error
        }
    }

    /// Every malformed fixture (made by Tests/Scripts/make-invalid-docx.py) gives its error.
    func testEveryMalformedArchiveGivesItsError() throws {
        let expected: [(String, String, String)] = [
            ("text-named-docx.docx", "RD007", "is not a Word document: a .docx is a ZIP archive, and this file is not one"),
            ("truncated.docx", "RD008", "as a .docx: the archive's end record is missing: the file is cut short, or not a ZIP archive"),
            ("directory-outside.docx", "RD008", "as a .docx: the archive is damaged: the central directory lies outside the file"),
            ("checksum-mismatch.docx", "RD008", "as a .docx: word/document.xml fails its CRC-32 check"),
            ("corrupt-deflate.docx", "RD008", "as a .docx: word/document.xml has corrupt compressed data: a block of the reserved type 3"),
            ("encrypted.docx", "RD008", "as a .docx: word/document.xml is encrypted"),
            (
                "unsupported-method.docx", "RD008",
                "as a .docx: word/document.xml uses compression method 12; only stored (0) and DEFLATE (8) are read"
            ),
            ("spreadsheet.docx", "RD009", "is a ZIP archive but not a Word document: it has no word/document.xml"),
            ("empty-archive.docx", "RD009", "is a ZIP archive but not a Word document: it has no word/document.xml"),
            ("doctype.docx", "RD010", "word/document.xml declares a DTD, which the reader refuses"),
            ("malformed-xml.docx", "RD011", "word/document.xml is not well-formed XML: an end tag does not match its start tag"),
            ("zip-bomb.docx", "RD012", "is refused: word/document.xml is compressed 1028:1, more than the limit of 200:1 (a zip bomb?)"),
        ]
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.invalid.path).sorted()
        XCTAssertEqual(names, expected.map(\.0).sorted(), "every fixture is pinned here")
        for (name, code, message) in expected {
            let error = try XCTUnwrap(diagnostic(name), name)
            XCTAssertEqual(error.code, code, name)
            XCTAssertTrue(error.message.hasSuffix(message), "\(name): \(error.message)")
            XCTAssertTrue(error.message.contains(name) || error.range?.file.contains(name) == true, name)
        }
    }

    func testErrorsPointIntoThePart() throws {
        let malformed = try XCTUnwrap(diagnostic("malformed-xml.docx"))
        XCTAssertEqual(malformed.range?.file, Self.invalid.appendingPathComponent("malformed-xml.docx").path + "!/word/document.xml")
        XCTAssertEqual(malformed.range?.start.line, 2)
        let doctype = try XCTUnwrap(diagnostic("doctype.docx"))
        XCTAssertEqual(doctype.range?.start.line, 2)
        XCTAssertEqual(diagnostic("spreadsheet.docx")?.notes.map(\.message), ["it holds [Content_Types].xml, xl/workbook.xml"])
        XCTAssertEqual(diagnostic("empty-archive.docx")?.notes.map(\.message), ["the archive is empty"])
        XCTAssertEqual(diagnostic("encrypted.docx")?.help, "remove the password in Word (文件 → 信息 → 保护文档) and save a copy")
    }

    func testArchiveLimitsAreTheReadersToSet() throws {
        let reader = ReportReader(archiveLimits: ZipArchive.Limits(maximumEntries: 2))
        let error = try XCTUnwrap(diagnostic("weight-typo.docx", reader: reader, in: Fixtures.folder))
        XCTAssertEqual(error.code, "RD012")
        XCTAssertTrue(error.message.hasSuffix("is refused: the archive has 6 entries, more than the limit of 2"), error.message)
    }

    func testReadsAWordReportIntoTheSameModel() throws {
        let read = try Fixtures.fixture("weight-typo.docx")
        XCTAssertEqual(read.report.source.encoding, .wordDocument)
        XCTAssertEqual(read.report.units.map(\.id), ["项目"])
        XCTAssertEqual(read.report.units.first?.tables.first?.kind, .indicators)
        let text = try ReportReader().read(path: Fixtures.repository.appendingPathComponent("cases/weight-typo/report.txt").path)
        // The same facts with the same values: only the file, lines and places differ.
        XCTAssertEqual(read.facts.map(\.kind), text.facts.map(\.kind))
        let placeSlots: Set = ["file", "end-line"]
        for (docx, txt) in zip(read.facts, text.facts) {
            XCTAssertEqual(docx.slots.map(\.name), txt.slots.map(\.name))
            XCTAssertEqual(
                docx.slots.filter { !placeSlots.contains($0.name) }.map(\.value), txt.slots.filter { !placeSlots.contains($0.name) }.map(\.value),
                docx.id)
            XCTAssertEqual(docx.citation.quote, txt.citation.quote, docx.id)
        }
    }

    /// Every citation names its paragraph or cell, and its quote is in the cited lines
    /// of the layout.
    func testCitationsNameParagraphsAndCells() throws {
        let read = try Fixtures.fixture("weight-typo.docx")
        let lines = read.report.source.lines
        for fact in read.facts {
            for citation in [fact.citation] + fact.slotCitations.values {
                XCTAssertNotNil(citation.place, fact.id)
                let cited = lines[(citation.line - 1)...(citation.endLine - 1)].joined(separator: "\n")
                XCTAssertTrue(cited.contains(citation.quote), "\(fact.id): \(citation.quote)")
            }
        }
        let row = try XCTUnwrap(read.facts.first { $0.kind == "indicator" && $0.text("name") == "观众人次" })
        XCTAssertEqual(row.citation.place, "表1 第12行 第1–8列")
        XCTAssertEqual(row.slotCitations["weight"]?.place, "表1 第12行 第7列")
        XCTAssertEqual(row.slotCitations["weight"]?.quote, "105")
        let unit = try XCTUnwrap(read.facts.first { $0.kind == "unit" })
        XCTAssertEqual(unit.citation.place?.hasPrefix("¶"), true)
    }

    func testPlacesAreDescribedAsAPersonCountsThem() {
        XCTAssertEqual(DocumentPlace.describe(.paragraph(3), .paragraph(3)), "¶3")
        XCTAssertEqual(DocumentPlace.describe(.paragraph(3), .paragraph(5)), "¶3–5")
        XCTAssertEqual(DocumentPlace.describe(.cell(table: 2, row: 4, column: 8), .cell(table: 2, row: 4, column: 8)), "表2 第4行 第8列")
        XCTAssertEqual(DocumentPlace.describe(.cell(table: 2, row: 4, column: 1), .cell(table: 2, row: 4, column: 8)), "表2 第4行 第1–8列")
        XCTAssertEqual(DocumentPlace.describe(.cell(table: 2, row: 4, column: 1), .cell(table: 2, row: 6, column: 3)), "表2 第4–6行")
        XCTAssertEqual(DocumentPlace.describe(.paragraph(9), .cell(table: 1, row: 1, column: 1)), "¶9 – 表1 第1行 第1列")
    }

    func testTextFilesKeepNoPlaces() throws {
        let read = try Fixtures.fixture("annexed-report.txt")
        XCTAssertTrue(read.facts.allSatisfy { $0.citation.place == nil })
    }
}
