import Diagnostics
import Foundation
import XCTest

@testable import ReportReading

/// Every fact's quote occurs in the lines it cites, counted as `nl -ba` counts them,
/// for every fact of every seed and fixture report.
final class CitationTests: XCTestCase {
    private func assertQuotesOccur(in read: ReadReport, file: StaticString = #filePath, line: UInt = #line) throws {
        let data = try XCTUnwrap(FileManager.default.contents(atPath: read.report.file))
        let lines = SourceLines.split(try TextDecoder.decode(data, file: read.report.file).text)
        var checked = 0
        for fact in read.facts {
            for (slot, citation) in [("", fact.citation)] + fact.slotCitations.sorted(by: { $0.key < $1.key }) {
                let place = "\(read.report.file):\(citation.line) \(fact.id) \(fact.kind)\(slot.isEmpty ? "" : ".\(slot)")"
                XCTAssertGreaterThanOrEqual(citation.line, 1, place, file: file, line: line)
                XCTAssertLessThanOrEqual(citation.line, citation.endLine, place, file: file, line: line)
                XCTAssertLessThanOrEqual(citation.endLine, lines.count, place, file: file, line: line)
                guard citation.line >= 1, citation.endLine <= lines.count, citation.line <= citation.endLine else { continue }
                let cited = lines[(citation.line - 1)...(citation.endLine - 1)].joined(separator: "\n")
                XCTAssertFalse(citation.quote.isEmpty, place, file: file, line: line)
                XCTAssertTrue(cited.contains(citation.quote), "\(place): “\(citation.quote)” is not in the cited lines", file: file, line: line)
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 10, file: file, line: line)
    }

    func testEverySeedFactQuotesItsLines() throws {
        for read in try Fixtures.allSeeds() { try assertQuotesOccur(in: read) }
    }

    func testEveryFixtureFactQuotesItsLines() throws {
        try assertQuotesOccur(in: Fixtures.fixture("annexed-report.txt"))
        try assertQuotesOccur(in: Fixtures.fixture("project-with-scores.txt"))
    }

    func testTheQuoteStartsAtItsColumn() throws {
        let read = try Fixtures.fixture("annexed-report.txt")
        let data = try XCTUnwrap(FileManager.default.contents(atPath: read.report.file))
        let lines = SourceLines.split(try XCTUnwrap(String(data: data, encoding: .utf8)))
        for fact in read.facts where fact.citation.line == fact.citation.endLine {
            let text = Array(lines[fact.citation.line - 1])
            let quote = Array(fact.citation.quote)
            let start = fact.citation.column - 1
            XCTAssertEqual(Array(text[start..<min(text.count, start + quote.count)]), quote, "\(fact.id) \(fact.kind)")
            XCTAssertEqual(fact.citation.endColumn - fact.citation.column, quote.count, "\(fact.id) \(fact.kind)")
        }
    }
}

/// A paragraph wrapped over thousands of lines (no line ends a sentence) is one
/// paragraph, read in time linear in its lines, and every figure in it is cited on
/// its own line and column.
final class WrappedParagraphTests: XCTestCase {
    func testThousandsOfWrappedLinesMakeOneParagraphCitedLineByLine() throws {
        let count = 2_000
        var text = "2025年度项目支出绩效自评报告\n一、基本情况\n"
        for index in 0..<count { text += "本项目第\(index)批资金用于改善基础设施建设和公共服务\n" }
        text += "以上资金共计\(count)万元。\n"
        let read = try ReportReader().read(text: text, file: "wrapped.txt")
        let paragraphs = read.report.units[0].paragraphs
        XCTAssertEqual(paragraphs.count, 1)
        let span = paragraphs[0].piece.span(in: read.report.source)
        XCTAssertEqual(span.start, SourcePoint(line: 3, column: 1))
        XCTAssertEqual(span.end.line, count + 3)
        // A place inside the paragraph maps back to its own line and column.
        for line in [3, 4, 1_000, count + 2] {
            let offset = paragraphs[0].piece.fragments.first { $0.fragment.line == line }!.offset
            XCTAssertEqual(paragraphs[0].piece.point(offset + 4, in: read.report.source), SourcePoint(line: line, column: 5))
        }
    }
}
