import Diagnostics
import Foundation
import TestSupport
import XCTest

@testable import ReportReading

/// The PDF reader: syntax, cross-reference data, filters, fonts, the text a page shows
/// and its ruled tables, on files LibreOffice exported (Tests/Scripts/make-pdf-fixtures.sh).
final class PDFTests: EnglishMessagesTestCase {
    private func object(_ text: String) throws -> PDFObject {
        var parser = PDFParser(Array(text.utf8))
        return try parser.object()
    }

    func testObjects() throws {
        XCTAssertEqual(try object("<< /Type /Page /Kids [3 0 R 4 0 R] /Count 2 /Scale -1.5 /On true /None null >>"), .dictionary([
            "Type": .name("Page"), "Kids": .array([.reference(3, 0), .reference(4, 0)]), "Count": .integer(2), "Scale": .real(-1.5),
            "On": .boolean(true), "None": .null,
        ]))
        XCTAssertEqual(try object("(a\\(b\\)\\n\\101(nested)\\\ncontinued)"), .string(Array("a(b)\nA(nested)continued".utf8)))
        XCTAssertEqual(try object("<4F60 597D>"), .string([0x4F, 0x60, 0x59, 0x7D]))
        XCTAssertEqual(try object("<ABC>"), .string([0xAB, 0xC0]), "an odd digit count ends in 0")
        XCTAssertEqual(try object("/A#20B"), .name("A B"))
        XCTAssertEqual(try object("[1 2] % comment\n"), .array([.integer(1), .integer(2)]))
    }

    func testMalformedSyntaxIsAnErrorNotATrap() {
        for text in ["(unclosed", "<< /A 1", "[1 2", "<ABZ", ")", String(repeating: "[", count: 10_000), "<< 1 2 >>", ""] {
            XCTAssertThrowsError(try object(text), text.prefix(10).description)
        }
    }

    func testFilters() throws {
        XCTAssertEqual(PDFFilters.asciiHex(Array("48 65 6C6C 6F>".utf8)), Array("Hello".utf8))
        XCTAssertEqual(try PDFFilters.ascii85(Array("87cURD]i,\"Ebo80~>".utf8)), Array("Hello World!".utf8))
        XCTAssertEqual(try PDFFilters.ascii85(Array("87cURD]i,\"Ebo7~>".utf8)), Array("Hello World".utf8), "a last group of fewer than five")
        XCTAssertEqual(try PDFFilters.ascii85(Array("z~>".utf8)), [0, 0, 0, 0])
        XCTAssertThrowsError(try PDFFilters.decode(["Filter": .name("JBIG2Decode")], [1, 2], limit: 100)) { error in
            XCTAssertEqual((error as? PDFFilters.Failure)?.message, "the filter JBIG2Decode is not supported")
        }
        // PNG "Up" predictor rows of 2 bytes: each row adds to the one above.
        let predicted = try PDFFilters.predict([2, 1, 2, 2, 1, 1], ["Predictor": .integer(12), "Columns": .integer(2)])
        XCTAssertEqual(predicted, [1, 2, 2, 3])
    }

    func testACMapMapsCodesToText() {
        let cmap = PDFCMap(Array("""
            1 begincodespacerange <0000> <FFFF> endcodespacerange
            2 beginbfchar <0003> <0020> <0011> <4E2D> endbfchar
            1 beginbfrange <0020> <0022> <6587> endbfrange
            1 beginbfrange <0030> <0031> [<0041> <D835DC00>] endbfrange
            """.utf8))
        XCTAssertEqual(cmap.mappings[0x11], "中")
        XCTAssertEqual(cmap.mappings[0x21], "斈")
        XCTAssertEqual(cmap.mappings[0x31], "\u{1D400}", "a surrogate pair")
        XCTAssertEqual(cmap.codes([0x00, 0x11, 0x00, 0x03], defaultLength: 1), [0x11, 0x03])
    }

    private var exported: [UInt8] {
        get throws { [UInt8](try Data(contentsOf: Fixtures.repository.appendingPathComponent("Tests/AuditTests/Fixtures/pdf/yunxi-2024.pdf"))) }
    }

    /// Text exported by LibreOffice from a case: every line of prose comes out whole, in
    /// reading order, Chinese from the fonts' ToUnicode maps.
    func testTheTextOfAnExportedReport() throws {
        let document = try PDFDocument(try exported)
        let pages = document.pages()
        XCTAssertGreaterThanOrEqual(pages.count, 2)
        let lines = pages.flatMap { PDFTextLines.lines(PDFTextExtractor.runs(of: $0, in: document)) }
        for expected in ["2024年度云溪市科学技术局部门整体支出", "四、存在问题", "附件1", "2024年度科技创新券专项资金绩效自评报告", "项目支出绩效目标完成情况自评表"] {
            XCTAssertTrue(lines.contains(expected), expected)
        }
        XCTAssertTrue(lines.contains { $0.hasPrefix("2024年度部门预算总额为620.00万元，支出总额为505.30万元") })
        XCTAssertTrue(lines.contains("人员经费280.20万元，占基本支出的87.43%。"))
    }

    /// A file whose cross-reference offsets are wrong is indexed by scanning for objects.
    func testADamagedCrossReferenceIsRebuilt() throws {
        var bytes = try exported
        let marker = Array("startxref".utf8)
        let at = try XCTUnwrap(PDFDocument.findLast("startxref", in: bytes))
        bytes.replaceSubrange(at..<(at + marker.count), with: Array("startxrex".utf8))
        let document = try PDFDocument(bytes)
        XCTAssertEqual(document.pages().count, try PDFDocument(try exported).pages().count)
    }

    /// A report exported to PDF reads as its text version: units, the indicator table
    /// (ruled cells, merged cells), citations by page for prose and by cell for tables.
    func testAnExportedReportReadsAsItsText() throws {
        let pdf = try ReportReader().read(data: Data(try exported), file: "yunxi-2024.pdf")
        let text = try Fixtures.read(Fixtures.repository.appendingPathComponent("cases/yunxi-2024/report.txt"))
        XCTAssertEqual(pdf.report.source.encoding, .pdfDocument)
        XCTAssertEqual(pdf.report.units.map(\.id), text.report.units.map(\.id))
        let indicators = { (read: ReadReport) in read.facts("indicator").map { [$0.text("name"), $0.text("operator"), $0.number("target")?.description, $0.number("actual")?.description] } }
        XCTAssertEqual(indicators(pdf), indicators(text))
        XCTAssertEqual(pdf.facts("execution").first?.citation.place, "第1页")
        XCTAssertTrue(pdf.facts("indicator").first?.citation.place?.hasPrefix("表1 第") == true)
    }

    /// A PDF whose pages carry no text is a scan, said as such; an encrypted one too.
    func testScansAndEncryptedFilesGetTheirErrors() throws {
        let scan = """
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
            3 0 obj << /Type /Page /Contents 4 0 R >> endobj
            4 0 obj << /Length 20 >> stream
            q 100 0 0 100 0 0 cm
            endstream endobj
            trailer << /Root 1 0 R >>
            %%EOF
            """
        XCTAssertThrowsError(try ReportReader().read(data: Data(scan.utf8), file: "scan.pdf")) { error in
            XCTAssertEqual((error as? Diagnostic)?.code, "RD015")
        }
        let encrypted = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R /Encrypt 2 0 R >>\n%%EOF"
        XCTAssertThrowsError(try ReportReader().read(data: Data(encrypted.utf8), file: "locked.pdf")) { error in
            XCTAssertEqual((error as? Diagnostic)?.message, "cannot read the PDF locked.pdf: the file is encrypted")
        }
    }

    /// Streams decode within a budget, each and all together (a small file that inflates
    /// without bound is stopped).
    func testDecodingHasABudget() throws {
        let document = try PDFDocument(try exported, streamLimit: 64 << 20, totalLimit: 2_000)
        let pages = document.pages()
        XCTAssertFalse(pages.isEmpty)
        XCTAssertTrue(PDFTextExtractor.runs(of: pages[0], in: document).isEmpty, "the page's contents exceed the budget and are not read")
    }

    func testPageNumbersAreNotText() {
        for line in ["3", "- 3 -", "第 3 页", "3 / 12", "第3页 共12页"] { XCTAssertTrue(PDFLayout.isPageNumber(line), line) }
        for line in ["2024年度", "一、部门基本情况", "95%", "3.5"] { XCTAssertFalse(PDFLayout.isPageNumber(line), line) }
    }

    func testWhatIsNotAReadablePDFIsSaidSo() {
        XCTAssertThrowsError(try PDFDocument(Array("not a pdf".utf8)))
        XCTAssertThrowsError(try PDFDocument(Array("%PDF-1.7\n1 0 obj << /Type /Page >> endobj\n%%EOF".utf8))) { error in
            XCTAssertEqual((error as? PDFDocument.Failure)?.message, "the file has no document catalog (/Root)")
        }
        let encrypted = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R /Encrypt 2 0 R >>\n%%EOF"
        XCTAssertThrowsError(try PDFDocument(Array(encrypted.utf8))) { error in
            XCTAssertEqual((error as? PDFDocument.Failure)?.message, "the file is encrypted")
        }
    }

    /// References that loop resolve to null; a page tree that loops is cut.
    func testLoopsAreCut() throws {
        let text = """
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] >> endobj
            3 0 obj << /Type /Page /Contents 4 0 R >> endobj
            4 0 obj 5 0 R endobj
            5 0 obj 4 0 R endobj
            trailer << /Root 1 0 R >>
            %%EOF
            """
        let document = try PDFDocument(Array(text.utf8))
        XCTAssertEqual(document.pages().count, 1)
        XCTAssertEqual(document.resolve(.reference(4, 0)), .null)
        XCTAssertEqual(PDFTextExtractor.runs(of: document.pages()[0], in: document), [])
    }

    /// Damaged copies of the exported file (bytes changed, cut short) are read or
    /// refused, never trap or hang.
    func testDamagedFilesNeverTrap() throws {
        let bytes = try exported
        var generator = SystemRandomNumberGenerator()
        for round in 0..<30 {
            var damaged = round % 3 == 0 ? Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &generator))) : bytes
            for _ in 0..<(round % 3 == 0 ? 0 : 8) where !damaged.isEmpty {
                damaged[Int.random(in: 0..<damaged.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            guard let document = try? PDFDocument(damaged) else { continue }
            for page in document.pages().prefix(3) { _ = PDFTextLines.lines(PDFTextExtractor.runs(of: page, in: document)) }
        }
    }
}

