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
    static let knowledge = AuditKnowledge.load(paths: [Repository.knowledge]).knowledge.rules

    static let transformations: [any LayoutTransformation] = [
        RoundTrip(), ReorderColumns(), RenameHeaders(), SplitHeader(), AddScoreAndReason(), MoneyInYuan(), FullWidthDigits(),
        RenumberHeadings(), ExecutionRateRow(), BudgetBlockAbove(), ConvertToDocx(),
    ]

    private static func audit(_ input: RewrittenReport) throws -> DocumentAudit {
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
        let cases = try cases
        let transformations = Self.transformations
        // Each case is read and audited once as written, then once per rewrite; cases run side by side.
        let results = Results(count: cases.count)
        DispatchQueue.concurrentPerform(iterations: cases.count) { index in
            let (name, text) = cases[index]
            results.set(index, (try? Self.outcomes(of: name, text: text, under: transformations)) ?? [])
        }
        var table = "transformation                                        applied  passed  n/a\n"
        var failures: [String] = []
        for (position, transformation) in transformations.enumerated() {
            let outcomes = results.all.compactMap { $0.count > position ? $0[position] : nil }
            XCTAssertEqual(outcomes.count, cases.count, "a case could not be read or audited")
            var applied = 0, passed = 0
            for outcome in outcomes {
                switch outcome {
                case .notApplied: break
                case .passed: applied += 1; passed += 1
                case .failed(let difference): applied += 1; failures.append(difference)
                }
            }
            let label = transformation.name.padding(toLength: 52, withPad: " ", startingAt: 0)
            table += "\(label)  \(String(applied).leftPadded(7))  \(String(passed).leftPadded(6))  \(String(cases.count - applied).leftPadded(3))\n"
        }
        print(table)
        try table.write(to: URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("metamorphic-pass-rates.txt"), atomically: true, encoding: .utf8)
        XCTAssertEqual(failures, [], failures.joined())
    }

    private static func outcomes(of name: String, text: String, under transformations: [any LayoutTransformation]) throws -> [Outcome] {
        let report = try ReportText(text: text)
        let original = FindingSignature.of(try Auditor(knowledge: Self.knowledge).audit(report.read))
        return try transformations.enumerated().map { position, transformation in
            guard let rewritten = transformation.apply(to: report) else { return .notApplied }
            dump(rewritten, case: name, transformation: position)
            let rewrittenFindings = FindingSignature.of(try audit(rewritten)).map { $0.without(transformation.addedFacts) }
            // A finding the rewrite may remove is compared by rule and unit only, and may only go.
            let removable = { (signature: FindingSignature) in transformation.mayRemove.contains(signature.rule) }
            let kept = Set(original.filter(removable).map { "\($0.rule) \($0.unit)" })
            let after = rewrittenFindings.filter { !removable($0) || !kept.contains("\($0.rule) \($0.unit)") }
            let before = original.filter { !removable($0) }.map { $0.matchingValues(of: after) }
            guard before != after else { return .passed }
            let lost = before.filter { !after.contains($0) }, gained = after.filter { !before.contains($0) }
            return .failed("\(transformation.name) — \(name):\n" + lost.map { "  - \($0)\n" }.joined() + gained.map { "  + \($0)\n" }.joined())
        }
    }
}

/// What one rewrite of one case gave.
private enum Outcome: Sendable {
    case notApplied
    case passed
    case failed(String)
}

/// Outcomes per case, filled from several threads.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var outcomes: [[Outcome]]

    init(count: Int) { outcomes = Array(repeating: [], count: count) }

    func set(_ index: Int, _ value: [Outcome]) { lock.withLock { outcomes[index] = value } }
    var all: [[Outcome]] { lock.withLock { outcomes } }
}

extension MetamorphicTests {
    private static func dump(_ report: RewrittenReport, case name: String, transformation: Int) {
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
