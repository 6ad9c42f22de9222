import Audit
import Foundation
import ReadingTestSupport
import RuleLanguage
import TestSupport
import XCTest

@testable import ReportReading

/// Metamorphic layout tests: every case report rewritten in each of the ways provinces
/// and departments write the same report must give the same findings, citing the same
/// facts. The pass rate per transformation is printed; all must pass. With
/// METAMORPHIC_DUMP=DIR every rewritten report is written there to be looked at.
final class MetamorphicTests: XCTestCase {
    static let knowledge = KnowledgeLoader.load(paths: [Repository.knowledge]).knowledgeBase

    static let transformations: [any LayoutTransformation] = [
        RoundTrip(), ReorderColumns(), RenameHeaders(), SplitHeader(), AddScoreAndReason(), MoneyInYuan(), FullWidthDigits(),
        RenumberHeadings(), ExecutionRateRow(), BudgetBlockAbove(), ConvertToDocx(),
    ]

    private func audit(_ input: RewrittenReport) throws -> DocumentAudit {
        let reader = ReportReader()
        let read: ReadReport =
            switch input {
            case .text(let text): try reader.read(text: text, file: "report.txt")
            case .docx(let data): try reader.read(data: data, file: "report.docx")
            }
        return try Auditor(knowledge: Self.knowledge).audit(read)
    }

    private var cases: [(name: String, text: String)] {
        get throws {
            let folder = Repository.root.appendingPathComponent("cases")
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
                FileManager.default.fileExists(atPath: folder.appendingPathComponent("\($0)/report.txt").path)
            }.sorted()
            return try names.map { name in
                // Read as the reader decodes it (GB18030, UTF-16): the rewrites work on text.
                let read = try ReportReader().read(path: folder.appendingPathComponent("\(name)/report.txt").path)
                return (name, read.report.source.lines.joined(separator: "\n") + "\n")
            }
        }
    }

    func testEveryTransformationKeepsTheFindings() throws {
        var table = "transformation                                        applied  passed  n/a\n"
        var failures: [String] = []
        let cases = try cases
        let transformations = Self.transformations
        for transformation in transformations {
            var applied = 0, passed = 0
            for (name, text) in cases {
                let report = try ReportText(text: text)
                guard let rewritten = transformation.apply(to: report) else { continue }
                applied += 1
                dump(rewritten, case: name, transformation: transformations.firstIndex { $0.name == transformation.name } ?? 0)
                let before = FindingSignature.of(try audit(.text(text)))
                let after = FindingSignature.of(try audit(rewritten)).map { $0.without(transformation.addedFacts) }
                if before == after {
                    passed += 1
                } else {
                    let lost = before.filter { !after.contains($0) }, gained = after.filter { !before.contains($0) }
                    failures.append(
                        "\(transformation.name) — \(name):\n" + lost.map { "  - \($0)\n" }.joined() + gained.map { "  + \($0)\n" }.joined())
                }
            }
            let label = transformation.name.padding(toLength: 52, withPad: " ", startingAt: 0)
            table += "\(label)  \(String(applied).leftPadded(7))  \(String(passed).leftPadded(6))  \(String(cases.count - applied).leftPadded(3))\n"
        }
        print(table)
        try table.write(to: URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("metamorphic-pass-rates.txt"), atomically: true, encoding: .utf8)
        XCTAssertEqual(failures, [], failures.joined())
    }
}

extension MetamorphicTests {
    private func dump(_ report: RewrittenReport, case name: String, transformation: Int) {
        guard let folder = ProcessInfo.processInfo.environment["METAMORPHIC_DUMP"] else { return }
        let url = URL(fileURLWithPath: folder)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        switch report {
        case .text(let text): try? text.write(to: url.appendingPathComponent("\(name)-\(transformation).txt"), atomically: true, encoding: .utf8)
        case .docx(let data): try? data.write(to: url.appendingPathComponent("\(name)-\(transformation).docx"))
        }
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
