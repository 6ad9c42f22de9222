import ReadingTestSupport
import Audit
import Foundation
import ReportReading
import RuleLanguage
import XCTest

enum Fixtures {
    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var seedFolder: URL { repository.deletingLastPathComponent().appendingPathComponent("shared/seeds") }

    /// The shipped knowledge base, loaded once.
    static let knowledge: KnowledgeBase = AuditKnowledge.load(paths: [repository.appendingPathComponent("knowledge").path]).knowledge.rules

    /// A report of the repository, named by its path from the repository root.
    static func audit(_ path: String) throws -> DocumentAudit {
        let data = try Data(contentsOf: repository.appendingPathComponent(path))
        return try Auditor(knowledge: knowledge).audit(try ReportReader().read(data: data, file: path))
    }

    static func seed(_ name: String) throws -> DocumentAudit {
        let url = seedFolder.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XCTSkip("the sample reports are not at \(seedFolder.path); seed tests skipped")
        }
        return try Auditor(knowledge: knowledge).audit(try ReportReader().read(path: url.path))
    }

    static func allSeeds() throws -> [DocumentAudit] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: seedFolder.path).filter({ $0.hasSuffix(".txt") }),
            !names.isEmpty
        else { throw XCTSkip("the sample reports are not at \(seedFolder.path); seed tests skipped") }
        return try names.sorted().map(seed)
    }
}

extension DocumentAudit {
    /// "rule unit firstLine" for each finding, the form expectations are written in.
    var summary: [String] {
        findings.map { "\($0.rule) \($0.unit) \($0.citations.first?.line ?? 0)" }
    }

    func has(_ rule: String, unit: String, line: Int? = nil) -> Bool {
        findings.contains { $0.rule == rule && $0.unit == unit && (line == nil || $0.citations.contains { $0.line == line }) }
    }
}
