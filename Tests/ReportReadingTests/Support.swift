import ReadingTestSupport
import ExactDecimal
import Diagnostics
import Foundation
import RuleEngine
import XCTest

@testable import ReportReading

enum Fixtures {
    static var folder: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures") }

    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The real sample reports, beside the repository (../shared/seeds); tests that
    /// need them skip with a message when they are absent.
    static var seedFolder: URL { repository.deletingLastPathComponent().appendingPathComponent("shared/seeds") }

    static func seed(_ name: String) throws -> ReadReport {
        let url = seedFolder.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XCTSkip("the sample reports are not at \(seedFolder.path); seed tests skipped")
        }
        return try read(url)
    }

    static func allSeeds() throws -> [ReadReport] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: seedFolder.path).filter({ $0.hasSuffix(".txt") }),
            !names.isEmpty
        else { throw XCTSkip("the sample reports are not at \(seedFolder.path); seed tests skipped") }
        return try names.sorted().map { try read(seedFolder.appendingPathComponent($0)) }
    }

    static func fixture(_ name: String) throws -> ReadReport {
        try read(folder.appendingPathComponent(name))
    }

    /// Each file is read once per test run: the seeds are large and several tests use them.
    static func read(_ url: URL) throws -> ReadReport {
        try cache.read(url.path)
    }

    private static let cache = ReadCache()

    /// Reads report text given inline.
    static func read(text: String, file: String = "report.txt") throws -> ReadReport {
        try ReportReader().read(text: text, file: file)
    }
}

private final class ReadCache: @unchecked Sendable {
    private let lock = NSLock()
    private var reads: [String: ReadReport] = [:]

    func read(_ path: String) throws -> ReadReport {
        if let read = lock.withLock({ reads[path] }) { return read }
        let read = try ReportReader().read(path: path)
        lock.withLock { reads[path] = read }
        return read
    }
}

extension ReadReport {
    func facts(_ kind: String, unit: String? = nil) -> [ExtractedFact] {
        facts.filter { $0.kind == kind && (unit == nil || $0.unit == unit) }
    }

    func unit(_ id: String) -> ReportUnit? { report.units.first { $0.id == id } }
}

extension ExtractedFact {
    func text(_ slot: String) -> String? {
        if case .text(let value)? = self[slot] { return value }
        return nil
    }

    func number(_ slot: String) -> Number? {
        if case .number(let value)? = self[slot] { return value }
        return nil
    }

    func bool(_ slot: String) -> Bool? {
        if case .boolean(let value)? = self[slot] { return value }
        return nil
    }

    func numbers(_ slot: String) -> [Number] {
        if case .list(let values)? = self[slot] { return values.compactMap { if case .number(let n) = $0 { n } else { nil } } }
        return []
    }
}

/// `Number("12.5")!` reads badly in tables of expectations.
func n(_ text: String) -> Number { Number(text)! }
