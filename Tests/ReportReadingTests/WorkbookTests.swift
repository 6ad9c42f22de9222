import ReadingTestSupport
import Diagnostics
import ExactDecimal
import Foundation
import XCTest
import ZipArchive

@testable import ReportReading

/// Excel workbooks (.xlsx): cells as the sheet shows them, merged ranges as merged
/// cells, every cell cited as `Sheet1!D12`.
final class WorkbookTests: XCTestCase {
    /// The form LibreOffice Calc saved from the page (Tests/Scripts/make-libreoffice-fixtures.sh)
    /// gives the facts of its Word version.
    func testTheCentralFormAsAWorkbookGivesTheFactsOfItsWordVersion() throws {
        let workbook = try Fixtures.fixture("libreoffice/central-form.xlsx")
        let word = try Fixtures.fixture("libreoffice/central-form.docx")
        XCTAssertEqual(workbook.report.source.encoding, .excelWorkbook)
        for kind in ["indicator", "execution", "indicator-table"] {
            let slots = { (read: ReadReport) in read.facts(kind).map { $0.slots.map { "\($0.name)=\($0.value)" } } }
            XCTAssertEqual(slots(workbook), slots(word), kind)
        }
        let first = try XCTUnwrap(workbook.facts("indicator").first)
        XCTAssertEqual(first.citation.place, "Sheet1!B14:I14", "the row's cells, as Excel names a range")
    }

    /// A workbook of the self-evaluation form alone: the reader says the report's text is
    /// not in it (a 读取提示), so that no rule reports it as missing.
    func testAFormOnlyWorkbookSaysItsTextIsElsewhere() throws {
        let read = try ReportReader().read(path: Fixtures.repository.appendingPathComponent("Tests/AuditCLITests/Fixtures/mixed/e-workbook.xlsx").path)
        XCTAssertEqual(read.gaps.map(\.problem), [.formsOnly])
        XCTAssertEqual(read.gaps.first?.part, ReadingGap.reportText)
        XCTAssertEqual(read.facts("indicator").count, 2)
        XCTAssertTrue(try Fixtures.fixture("libreoffice/central-form.xlsx").gaps.isEmpty, "a workbook with the report's text in it has no such gap")
    }

    func testNumbersShowAsTheirFormatsSay() {
        XCTAssertEqual(CellFormat(id: 10, code: nil).display("0.9575"), "95.75%")
        XCTAssertEqual(CellFormat(id: 9, code: nil).display("0.956"), "96%")
        XCTAssertEqual(CellFormat(id: 4, code: nil).display("1234.5"), "1,234.50")
        XCTAssertEqual(CellFormat(id: 164, code: "#,##0.00\"万元\"").display("3650"), "3,650.00")
        XCTAssertEqual(CellFormat(id: 165, code: "0.0%;[Red]-0.0%").display("0.815"), "81.5%")
        XCTAssertEqual(CellFormat(id: 166, code: "yyyy\"年\"m\"月\"d\"日\"").display("45657"), "2024-12-31")
        XCTAssertEqual(CellFormat(id: 14, code: nil).display("45292"), "2024-01-01")
        XCTAssertEqual(CellFormat.general.display("0.30000000000000004"), "0.3", "as Excel shows 15 digits")
        XCTAssertEqual(CellFormat.general.display("620"), "620")
        XCTAssertEqual(CellFormat.general.display("12.5"), "12.5")
        XCTAssertEqual(CellFormat.general.display("满意"), "满意")
    }

    func testCellReferences() {
        XCTAssertEqual(SheetContent.position("D12").map { [$0.row, $0.column] }, [12, 4])
        XCTAssertEqual(SheetContent.position("XFD1048576").map { [$0.row, $0.column] }, [1_048_576, 16_384])
        XCTAssertNil(SheetContent.position("XFE1"))
        XCTAssertNil(SheetContent.position("A0"))
        XCTAssertNil(SheetContent.position("12"))
        XCTAssertEqual(SheetContent.range("B3:A1"), SheetContent.Range(top: 1, left: 1, bottom: 3, right: 2))
        XCTAssertEqual(DocumentPlace.cellName(12, 28), "AB12")
        XCTAssertEqual(DocumentPlace.sheetName("自评表"), "自评表")
        XCTAssertEqual(DocumentPlace.sheetName("附表 1"), "'附表 1'")
    }

    /// "=100%" typed into a cell becomes a formula in Excel; the person meant the operator.
    func testAConstantFormulaShowsAsTyped() {
        let cell = SheetContent.Cell(row: 1, column: 1, type: "n", style: 0, value: "1", formula: "100%")
        XCTAssertEqual(WorkbookReader.text(of: cell, strings: [], formats: []), "=100%")
        let sum = SheetContent.Cell(row: 1, column: 1, type: "n", style: 0, value: "730", formula: "SUM(B2:B4)")
        XCTAssertEqual(WorkbookReader.text(of: sum, strings: [], formats: []), "730")
    }

    /// A merged range over the whole sheet, or thousands of empty ones, cannot make the
    /// reader spread out millions of cells: ranges larger than a form's are not taken as
    /// merges, and an empty one says nothing.
    func testHugeMergedRangesAreBounded() throws {
        var content = SheetContent()
        content.cells = [
            SheetContent.Cell(row: 1, column: 1, type: "inlineStr", style: 0, value: "一级指标"),
            SheetContent.Cell(row: 1, column: 2, type: "inlineStr", style: 0, value: "二级指标"),
        ]
        content.merges = [SheetContent.Range(top: 1, left: 1, bottom: 1_048_576, right: 16_384)]
            + (1...20_000).map { SheetContent.Range(top: $0 + 2, left: 3, bottom: $0 + 2, right: 4) }
        var layout = TextLayout()
        SheetLayout(sheet: "Sheet1", content: content, text: \.value).lay(into: &layout)
        XCTAssertEqual(layout.lines, ["\t一级指标", "\t二级指标", ""], "the empty merges add no rows")
    }

    // MARK: Workbooks that cannot be read

    private func expectError(_ data: Data, file: String, code: String, contains text: String, line: UInt = #line) {
        XCTAssertThrowsError(try ReportReader().read(data: data, file: file), line: line) { error in
            guard let diagnostic = error as? Diagnostic else { return XCTFail("\(error)", line: line) }
            XCTAssertEqual(diagnostic.code, code, line: line)
            let said = diagnostic.message + (diagnostic.help ?? "")
            XCTAssertTrue(said.contains(text), said, line: line)
        }
    }

    func testAnOldExcelFileIsToldToBeSavedAsXlsx() {
        let ole = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504))
        expectError(ole, file: "自评表.xls", code: "RD013", contains: ".xlsx")
    }

    func testAnXlsxThatIsNotAnArchive() {
        expectError(Data("项目支出绩效自评表".utf8), file: "自评表.xlsx", code: "RD007", contains: ".xlsx")
    }

    func testADamagedWorkbook() throws {
        let bytes = try Data(contentsOf: Fixtures.folder.appendingPathComponent("libreoffice/central-form.xlsx"))
        expectError(bytes.prefix(bytes.count / 2), file: "cut.xlsx", code: "RD008", contains: ".xlsx")
    }

    /// Workbooks cut short or with bytes changed are read or refused with an error,
    /// never a trap.
    func testDamagedWorkbooksNeverTrap() throws {
        let bytes = [UInt8](try Data(contentsOf: Fixtures.folder.appendingPathComponent("libreoffice/central-form.xlsx")))
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            var damaged = bytes
            for _ in 0..<4 { damaged[Int.random(in: 0..<damaged.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator) }
            do {
                _ = try ReportReader().read(data: Data(damaged), file: "damaged.xlsx")
            } catch {
                XCTAssertTrue(error.code.hasPrefix("RD"), error.description)
            }
        }
    }
}
