import ReadingTestSupport
import Diagnostics
import Foundation
import TestSupport
import XCTest

@testable import ReportReading

/// Encodings and line ends Chinese users' files come in, and the files that are not reports.
final class EncodingTests: EnglishMessagesTestCase {
    private var text: String {
        get throws { try String(contentsOf: Fixtures.folder.appendingPathComponent("annexed-report.txt"), encoding: .utf8) }
    }

    /// What the reader makes of a text, without the file name: the facts and their citations.
    private func summary(_ read: ReadReport) -> [String] {
        read.facts.map { fact in
            let slots = fact.slots.map { "\($0.name)=\($0.value)" }.joined(separator: " ")
            return "\(fact.id) \(fact.kind) \(fact.citation.line)-\(fact.citation.endLine) \(fact.citation.quote) \(slots)"
                .replacingOccurrences(of: read.report.file, with: "FILE")
        }
    }

    private func read(_ data: Data, as file: String) throws -> ReadReport {
        try ReportReader().read(data: data, file: file)
    }

    func testEveryEncodingReadsTheSameFacts() throws {
        let text = try text
        let expected = summary(try read(Data(text.utf8), as: "utf8.txt"))
        XCTAssertGreaterThan(expected.count, 20)
        let gb18030 = try XCTUnwrap(text.data(using: TextDecoder.gb18030))
        let variants: [(String, Data, TextEncoding)] = [
            ("utf8-bom.txt", Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8), .utf8WithBOM),
            ("utf16le-bom.txt", Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!, .utf16LittleEndian),
            ("utf16be-bom.txt", Data([0xFE, 0xFF]) + text.data(using: .utf16BigEndian)!, .utf16BigEndian),
            ("utf16le.txt", text.data(using: .utf16LittleEndian)!, .utf16LittleEndian),
            ("utf16be.txt", text.data(using: .utf16BigEndian)!, .utf16BigEndian),
            ("gb18030.txt", gb18030, .gb18030),
        ]
        for (file, data, encoding) in variants {
            let result = try read(data, as: file)
            XCTAssertEqual(result.report.source.encoding, encoding, file)
            XCTAssertEqual(summary(result), expected, file)
        }
        XCTAssertNotEqual(gb18030, Data(text.utf8), "the GB18030 bytes differ from UTF-8, so detection is tested")
    }

    func testWindowsLineEndsCountTheSameLines() throws {
        let text = try text
        let unix = try read(Data(text.utf8), as: "lf.txt")
        let windows = try read(Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8), as: "crlf.txt")
        XCTAssertEqual(summary(windows), summary(unix))
        XCTAssertEqual(windows.report.source.lineCount, unix.report.source.lineCount)
    }

    func testGB18030FourByteCharacters() throws {
        // 𠀀 (U+20000) is four bytes in GB18030.
        let text = "𠀀" + String(repeating: "绩效自评报告正文内容。", count: 3)
        let data = try XCTUnwrap(text.data(using: TextDecoder.gb18030))
        let (decoded, encoding) = try TextDecoder.decode(data, file: "x.txt")
        XCTAssertEqual(encoding, .gb18030)
        XCTAssertEqual(decoded, text)
    }
}

final class InputErrorTests: EnglishMessagesTestCase {
    private func error(_ body: () throws(Diagnostic) -> ReadReport) -> String {
        do {
            _ = try body()
            return "no error"
        } catch {
            return "\(error.range.map { "\($0.file):\($0.start.line)" } ?? "-"): [\(error.code)] \(error.message)"
                + (error.help.map { " / help: \($0)" } ?? "")
        }
    }

    func testEmptyFile() {
        XCTAssertEqual(error { () throws(Diagnostic) in try ReportReader().read(data: Data(), file: "empty.txt") }, "empty.txt:1: [RD002] empty.txt is empty")
    }

    func testBinaryFile() {
        let data = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D] + Array(repeating: 0x00, count: 40))
        XCTAssertEqual(
            error { () throws(Diagnostic) in try ReportReader().read(data: data, file: "report.png") },
            "report.png:1: [RD003] report.png is not a text file / help: save the report as plain text (UTF-8, UTF-16 or GB18030), or give the .docx")
    }

    func testAnOldWordFile() {
        let data = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0x00, count: 512))
        XCTAssertEqual(
            error { () throws(Diagnostic) in try ReportReader().read(data: data, file: "报告.doc") },
            "报告.doc:1: [RD013] 报告.doc is an old-format Office file (Word 97–2003 .doc or similar), which the reader does not take"
                + " / help: open it in Word or WPS and save it as .docx (文件 → 另存为 → Word 文档)")
    }

    /// Whatever its name, a file that starts as a ZIP archive is read as a .docx.
    func testAZipSignatureIsReadAsWord() {
        let data = Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00] + Array(repeating: 0x41, count: 40))
        XCTAssertEqual(
            error { () throws(Diagnostic) in try ReportReader().read(data: data, file: "report.zip") },
            "report.zip:1: [RD008] cannot read report.zip as a .docx: the archive's end record is missing: the file is cut short, or not a ZIP archive"
                + " / help: the file may be damaged or cut short; ask for it again, or open it in Word and save a copy")
    }

    func testAnotherLanguage() {
        let data = Data(String(repeating: "This is an annual report in English. ", count: 20).utf8)
        XCTAssertEqual(
            error { () throws(Diagnostic) in try ReportReader().read(data: data, file: "english.txt") },
            "english.txt:1: [RD006] english.txt does not look like a performance self-evaluation report: it has no Chinese text")
        let few = Data("Budget 预算 2024".utf8)
        XCTAssertEqual(
            error { () throws(Diagnostic) in try ReportReader().read(data: few, file: "few.txt") },
            "few.txt:1: [RD006] few.txt does not look like a performance self-evaluation report: it has almost no Chinese text")
    }

    func testTooLarge() {
        let data = Data(repeating: 0x41, count: 3000)
        XCTAssertEqual(
            error { () throws(Diagnostic) in try ReportReader(maximumSize: 2048).read(data: data, file: "big.txt") },
            "big.txt:1: [RD005] big.txt is 2.9 KiB, more than the limit of 2 KiB / help: raise the limit with --max-size if the file really is a report")
        // Exactly at the limit the file is read (and found not to be a report).
        XCTAssertTrue(
            error { () throws(Diagnostic) in try ReportReader(maximumSize: 2048).read(data: Data(repeating: 0x41, count: 2048), file: "big.txt") }
                .contains("[RD006]"))
    }

    func testMissingFileAndFolder() throws {
        XCTAssertEqual(
            error { () throws(Diagnostic) in try ReportReader().read(path: "no-such-report.txt", relativeTo: "/tmp") },
            "no-such-report.txt:1: [RD001] cannot read no-such-report.txt: no such file")
        XCTAssertEqual(
            error { () throws(Diagnostic) in try ReportReader().read(path: Fixtures.folder.path) },
            "\(Fixtures.folder.path):1: [RD001] cannot read \(Fixtures.folder.path): it is a folder")
    }

    /// A UTF-16 file cut short has an odd number of bytes: said as such, with or
    /// without a byte-order mark, instead of dropping the odd byte or calling it binary.
    func testTruncatedUTF16() throws {
        let report = try String(contentsOf: Fixtures.folder.appendingPathComponent("annexed-report.txt"), encoding: .utf8)
        let cut = { (data: Data) in data.dropLast() }
        XCTAssertEqual(
            error { () throws(Diagnostic) in try ReportReader().read(data: cut(Data([0xFF, 0xFE]) + report.data(using: .utf16LittleEndian)!), file: "bom.txt") },
            "bom.txt:1: [RD017] bom.txt is UTF-16 text cut short: \(report.utf16.count * 2 + 1) bytes, an odd number, so the last character is incomplete"
                + " / help: the file may not have been copied whole; ask for it again, or save it as UTF-8")
        XCTAssertEqual(
            error { () throws(Diagnostic) in try ReportReader().read(data: cut(report.data(using: .utf16BigEndian)!), file: "plain.txt") },
            "plain.txt:1: [RD017] plain.txt is UTF-16 text cut short: \(report.utf16.count * 2 - 1) bytes, an odd number, so the last character is incomplete"
                + " / help: the file may not have been copied whole; ask for it again, or save it as UTF-8")
    }

    /// Bytes that are neither UTF-8 nor GB18030 are pointed at: line and column.
    func testAnUnknownEncodingSaysWhere() throws {
        func place(_ data: Data, _ file: String) throws -> (String, [String]) {
            do {
                _ = try ReportReader().read(data: data, file: file)
                return ("no error", [])
            } catch {
                let range = try XCTUnwrap(error.range)
                return ("\(range.file):\(range.start.line):\(range.start.column) [\(error.code)]", error.notes.map(\.message))
            }
        }
        let data = Data("一、基本情况\n第二行文字\u{FF}".utf8) + Data([0xFF, 0x80, 0x80]) + Data("后面".utf8)
        let (location, notes) = try place(data, "bad.txt")
        XCTAssertEqual(location, "bad.txt:2:7 [RD004]")
        XCTAssertEqual(notes, [
            "the bytes at line 2, column 7 are not a valid character: the file is damaged or mixes encodings there",
            "the reader takes UTF-8 (with or without BOM), UTF-16 and GB18030/GBK",
        ])
        // A lone surrogate in UTF-16, after a Windows line end.
        let units: [UInt16] = Array("一、基本情况\r\n概述".utf16) + [0xD800] + Array("文字".utf16)
        let bytes = Data([0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        XCTAssertEqual(try place(bytes, "u16.txt").0, "u16.txt:2:3 [RD004]")
    }

    /// A symbolic link to itself and a name with bytes that are not UTF-8 each get their
    /// own reason, not "no such file".
    func testALinkLoopAndANameThatIsNotUTF8() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("audit-names-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let loop = folder.appendingPathComponent("loop.txt").path
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: loop)
        XCTAssertEqual(
            error { () throws(Diagnostic) in try ReportReader().read(path: "loop.txt", relativeTo: folder.path) },
            "loop.txt:1: [RD001] cannot read loop.txt: its symbolic links lead back to themselves (a link loop)")
        // Made with the bytes of the name, as another program would.
        let bytes = Array(folder.path.utf8) + Array("/bad".utf8) + [0xFF, 0xFE] + Array(".txt".utf8) + [0]
        let descriptor = bytes.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) }
        XCTAssertGreaterThanOrEqual(descriptor, 0)
        close(descriptor)
        let listed = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasPrefix("bad") })
        XCTAssertEqual(
            error { () throws(Diagnostic) in try ReportReader().read(path: listed, relativeTo: folder.path) },
            "\(listed):1: [RD001] cannot read \(listed): its name holds bytes that are not UTF-8 (shown as �), so it cannot be opened by name; rename the file and try again")
    }

    func testLatin1GarbageIsNotTakenForAReport() {
        // Invalid UTF-8 that GB18030 decodes to a few odd characters: still not a report.
        let data = Data([0xC4, 0xE3, 0xBA, 0xC3] + Array("hello world\n".utf8))
        XCTAssertTrue(error { () throws(Diagnostic) in try ReportReader().read(data: data, file: "odd.txt") }.contains("[RD006]"))
    }
}
