import ReadingTestSupport
import Diagnostics
import Foundation
import TestSupport
import XCTest
import ZipArchive

@testable import ReportReading

/// .docx input: the layout rebuilt from WordprocessingML, citations to paragraphs and
/// cells, and a clear error for every way an archive can be wrong.
final class DocxTests: EnglishMessagesTestCase {
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
            // A workbook, whatever its name, is read as one: this one has no sheets.
            ("spreadsheet.docx", "RD006", "does not look like a performance self-evaluation report: it has no Chinese text"),
            ("empty-archive.docx", "RD009", "is a ZIP archive but neither a Word document nor an Excel workbook: it has no word/document.xml"),
            ("doctype.docx", "RD010", "word/document.xml declares a DTD, which the reader refuses"),
            ("doctype-utf16.docx", "RD010", "word/document.xml declares a DTD, which the reader refuses"),
            ("malformed-xml.docx", "RD011", "word/document.xml is not well-formed XML: an end tag does not match its start tag"),
            ("invalid-utf8.docx", "RD011", "word/document.xml is not well-formed XML: bytes that are not UTF-8 (Word writes its XML in UTF-8)"),
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
        let placeSlots: Set = ["file", "end-line", "line"]
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

    /// Mutation rounds: the default, or FUZZ_ROUNDS for a longer search by hand.
    private static func rounds(_ standard: Int) -> Int {
        ProcessInfo.processInfo.environment["FUZZ_ROUNDS"].flatMap { Int($0) } ?? standard
    }

    /// Damage anywhere in a real .docx (flipped bytes, a cut) gives a report or a
    /// diagnostic, never a trap: 400 seeded mutations.
    func testDamagedArchivesNeverTrap() throws {
        let good = try [UInt8](Data(contentsOf: Fixtures.folder.appendingPathComponent("weight-typo.docx")))
        var random = SeededGenerator(seed: 20261201)
        var outcomes = (read: 0, refused: 0)
        for round in 0..<Self.rounds(400) {
            var bytes = good
            if round % 4 == 0 {
                bytes = Array(bytes.prefix(Int(random.next() % UInt64(bytes.count))))
            } else {
                for _ in 0..<(1 + random.next() % 8) {
                    bytes[Int(random.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: random.next())
                }
            }
            do {
                _ = try ReportReader().read(data: Data(bytes), file: "mutated.docx")
                outcomes.read += 1
            } catch {
                XCTAssertTrue(error.code.hasPrefix("RD"), "\(round): \(error)")
                outcomes.refused += 1
            }
        }
        XCTAssertGreaterThan(outcomes.refused, 100)
    }

    /// The same for damage inside the XML, past the CRC check: 300 seeded mutations of
    /// document.xml go through the parser, the layout and the reader. (This found that
    /// FoundationXML on Linux traps on names that are not UTF-8.)
    func testDamagedXMLNeverTraps() throws {
        let archive = try ZipArchive(bytes: [UInt8](Data(contentsOf: Fixtures.folder.appendingPathComponent("weight-typo.docx"))))
        let xml = try archive.contents(of: XCTUnwrap(archive.entry(named: "word/document.xml")))
        var random = SeededGenerator(seed: 7)
        var parsed = 0
        let noise = Array("<>/=\"&;wptrc x".utf8)
        for _ in 0..<Self.rounds(300) {
            var bytes = xml
            for _ in 0..<(1 + random.next() % 6) {
                let at = Int(random.next() % UInt64(bytes.count))
                bytes[at] = noise[Int(random.next() % UInt64(noise.count))]
            }
            guard case .success(let blocks) = WordXMLParser.parse(bytes) else { continue }
            parsed += 1
            let layout = WordLayout(blocks, numbering: WordNumbering(nil, styles: WordStyles(nil)), styles: WordStyles(nil))
            _ = try? ReportReader().read(text: layout.lines.joined(separator: "\n"), file: "m.docx", encoding: .wordDocument, origins: layout.origins)
        }
        XCTAssertGreaterThan(parsed, 20)
    }

    func testTextFilesKeepNoPlaces() throws {
        let read = try Fixtures.fixture("annexed-report.txt")
        XCTAssertTrue(read.facts.allSatisfy { $0.citation.place == nil })
    }
}
