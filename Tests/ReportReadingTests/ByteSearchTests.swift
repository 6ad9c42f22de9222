import Diagnostics
import TestSupport
import XCTest

@testable import ReportReading

/// The byte search the readers use on whole parts agrees with a plain scan.
final class ByteSearchTests: XCTestCase {
    func testAgreesWithAPlainScanOnRandomBytes() {
        var random = SeededGenerator(seed: 11)
        for _ in 0..<2_000 {
            let bytes = (0..<Int(random.next() % 40)).map { _ in UInt8(random.next() % 3) }
            let pattern = (0..<Int(1 + random.next() % 3)).map { _ in UInt8(random.next() % 3) }
            let start = Int(random.next() % 45)
            let plain = start > bytes.count ? nil : (start..<max(start, bytes.count - pattern.count + 1)).first { bytes[$0..<($0 + pattern.count)].elementsEqual(pattern) }
            XCTAssertEqual(bytes.firstOffset(of: pattern, from: start), plain, "\(bytes) \(pattern) from \(start)")
        }
    }

    func testEdges() {
        XCTAssertEqual(Array("<!DOCTYPE".utf8).firstOffset(of: Array("<!DOCTYPE".utf8)), 0)
        XCTAssertNil(Array("abc".utf8).firstOffset(of: []))
        XCTAssertNil(Array("abc".utf8).firstOffset(of: Array("abcd".utf8)))
        XCTAssertEqual(Array("aab".utf8).firstOffset(of: Array("ab".utf8)), 1)
    }
}

/// A part with one run of text or markup longer than the XML parser takes is refused
/// with its own error (RD018), not "not well-formed": just under and just over.
final class OversizedPartTests: EnglishMessagesTestCase {
    private func refuse(_ xml: String) -> String? {
        do {
            try OfficePackage.refuseOversizedText(Array(xml.utf8), part: "word/document.xml", file: "r.docx", limit: 10)
            return nil
        } catch {
            return "\(error.range.map { "\($0.file):\($0.start.line)" } ?? "") [\(error.code)] \(error.message)"
        }
    }

    func testARunJustOverTheLimitIsRefused() {
        XCTAssertNil(refuse("<w:t>0123456789</w:t>\n<w:t>0123456789</w:t>"))
        XCTAssertEqual(
            refuse("<w:t>0123456789</w:t>\n<w:t>0123456789A</w:t>"),
            "r.docx!/word/document.xml:2 [RD018] r.docx: word/document.xml holds 11 bytes of text or markup in one run,"
                + " more than the XML reader's limit of 10 bytes per run")
        XCTAssertNotNil(refuse("<w:t>0123456789</w:t><w:p a=\"0123456789\"/>"), "a tag counts too")
        XCTAssertNotNil(refuse("0123456789A"), "a part without tags")
    }
}
