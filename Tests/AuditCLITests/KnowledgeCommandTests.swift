import AuditCLI
import Foundation
import XCTest

/// The knowledge base built into audit, and the ways to replace it.
final class KnowledgeCommandTests: XCTestCase {
    private let repository = CapturedRun.testFolder.deletingLastPathComponent().deletingLastPathComponent()

    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("audit-knowledge-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }

    /// Every file of knowledge/, byte for byte: what the binary carries is what the repository holds.
    func testExportWritesTheFilesOfTheRepository() throws {
        let folder = try temporaryFolder()
        let run = CapturedRun(["knowledge", "export", folder.path])
        XCTAssertEqual(run.status, 0, run.error)
        XCTAssertTrue(run.output.hasPrefix("已把 17 个文件写到 \(folder.path)/（12 个 .rules，4 个 .vocab，README.md 是说明）\n"), run.output)
        let knowledge = repository.appendingPathComponent("knowledge")
        let names = (FileManager.default.enumerator(atPath: knowledge.path)?.allObjects as? [String] ?? [])
            .filter { !$0.hasPrefix(".") && $0.contains(".") }.sorted()
        let written = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).filter { $0.contains(".") }.sorted()
        XCTAssertEqual(written, names)
        for name in names {
            XCTAssertEqual(
                FileManager.default.contents(atPath: folder.appendingPathComponent(name).path),
                FileManager.default.contents(atPath: knowledge.appendingPathComponent(name).path), name)
        }
    }

    func testExportRefusesAFolderThatHoldsFiles() throws {
        let folder = try temporaryFolder()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let run = CapturedRun(["knowledge", "export", folder.path])
        XCTAssertEqual(run.status, 2)
        XCTAssertEqual(run.error, "错误[CLI008]: \(folder.path) 已存在，且不是空文件夹\n建议: 请导出到一个新文件夹；本次什么也没有写入\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["notes.txt"])
    }

    /// Run from an empty folder, audit needs no knowledge/ beside it; AUDIT_KNOWLEDGE and
    /// --knowledge replace the built-in base, --knowledge first.
    func testTheBuiltInBaseAndWhatReplacesIt() throws {
        let empty = try temporaryFolder()
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let report = repository.appendingPathComponent("cases/balance-exactly-10/report.txt").path
        let builtIn = CapturedRun(["check", report], workingDirectory: empty.path)
        XCTAssertEqual(builtIn.error, "")
        XCTAssertTrue(builtIn.output.contains("；规则库 内置（"), builtIn.output)
        XCTAssertTrue(builtIn.output.contains("结余率超过10%"), builtIn.output)

        let edited = try temporaryFolder()
        XCTAssertEqual(CapturedRun(["knowledge", "export", edited.path]).status, 0)
        let parameters = edited.appendingPathComponent("parameters.rules")
        let text = try String(contentsOf: parameters, encoding: .utf8)
        try text.replacingOccurrences(of: "value: 10\n", with: "value: 9\n").write(to: parameters, atomically: true, encoding: .utf8)
        let fromEnvironment = CapturedRun(["check", report], workingDirectory: empty.path, environment: ["AUDIT_KNOWLEDGE": edited.path])
        XCTAssertTrue(fromEnvironment.output.contains("；规则库 \(edited.path)（"), fromEnvironment.output)
        XCTAssertTrue(fromEnvironment.output.contains("结余率超过9%"), "the edited limit: \(fromEnvironment.output)")
        let fromOption = CapturedRun(
            ["check", "--knowledge", repository.appendingPathComponent("knowledge").path, report], workingDirectory: empty.path,
            environment: ["AUDIT_KNOWLEDGE": edited.path])
        XCTAssertTrue(fromOption.output.contains("结余率超过10%"), "--knowledge wins over AUDIT_KNOWLEDGE")
    }

    func testLintWithoutAPathLintsTheBaseInUse() {
        let run = CapturedRun(["rules", "lint", "--strict"])
        XCTAssertEqual(run.status, 0, run.output)
        XCTAssertTrue(run.output.hasPrefix("内置：16 个文件，77 条规则"), run.output)
    }
}
