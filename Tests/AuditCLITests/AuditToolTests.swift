import AuditCLI
import Foundation
import TestSupport
import XCTest

/// Runs the CLI in-process and captures what a person would see.
struct CapturedRun {
    let status: Int32
    let output: String
    let error: String

    init(_ arguments: [String], workingDirectory: String = FileManager.default.currentDirectoryPath, environment: [String: String] = [:]) {
        var output = "", error = ""
        status = AuditTool.run(
            arguments,
            context: CommandContext(
                standardOutput: { output += $0 }, standardError: { error += $0 }, workingDirectory: workingDirectory, environment: environment))
        self.output = output
        self.error = error
    }
}

extension CapturedRun {
    static let testFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    /// Runs the words of `line` in Tests/AuditCLITests/Fixtures.
    init(inFixtures line: String) {
        self.init(line.split(separator: " ").map(String.init), workingDirectory: Self.testFolder.appendingPathComponent("Fixtures").path)
    }

    /// Runs the words of `line` at the repository's root, with its knowledge/ and cases/.
    init(inRepository line: String) {
        self.init(
            line.split(separator: " ").map(String.init),
            workingDirectory: Self.testFolder.deletingLastPathComponent().deletingLastPathComponent().path)
    }

    /// Compares exit code, output and errors with Golden/NAME (re-record with RECORD_GOLDEN=1).
    /// The knowledge base's hash is masked: it changes with every edit of the shipped
    /// rules or words, which these files do not pin (RunInfoTests does).
    func assertMatchesGolden(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let text = "exit \(status)\n--- stdout\n\(output)--- stderr\n\(error)"
            .replacing(/(条规则，sha256 )[0-9a-f]{12}/) { "\($0.output.1)…" }
        try assertGolden(text, Self.testFolder.appendingPathComponent("Golden/\(name)"), file: file, line: line)
    }
}

final class AuditToolTests: XCTestCase {
    /// The version names the built-in knowledge base by the hash a run over the files of
    /// knowledge/ reports: the same rules, wherever they were read from.
    func testVersionShowsTheBuiltInKnowledgeByItsHash() throws {
        let run = CapturedRun(["--version"])
        XCTAssertEqual(run.status, 0)
        let fromFiles = CapturedRun(inRepository: "check --knowledge knowledge --format json cases/clean-project-90/report.txt")
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(fromFiles.output.utf8)) as? [String: Any])
        let knowledge = try XCTUnwrap(json["knowledge"] as? [String: Any])
        let hash = try XCTUnwrap(knowledge["sha256"] as? String), rules = try XCTUnwrap(knowledge["rules"] as? Int)
        XCTAssertEqual(run.output, "audit \(AuditTool.version)\n规则库 内置：\(rules) 条规则，sha256 \(hash)\n")
    }

    func testHelpDescribesTheTool() {
        for arguments in [["--help"], ["-h"]] {
            let run = CapturedRun(arguments)
            XCTAssertEqual(run.status, 0)
            XCTAssertTrue(run.output.hasPrefix("按审核规则审查预算绩效自评报告。\n\n用法：audit <命令> [--lang LANG]\n"), run.output)
            XCTAssertTrue(run.output.contains("  --version"))
            XCTAssertEqual(run.error, "")
        }
    }

    /// `audit` alone is a usage error: the help goes to standard error, and a script that
    /// forgot its command fails.
    func testNoCommandShowsTheHelpAndExits64() {
        let run = CapturedRun([])
        XCTAssertEqual(run.status, 64)
        XCTAssertEqual(run.output, "")
        XCTAssertTrue(run.error.hasPrefix("按审核规则审查预算绩效自评报告。\n"))
    }

    func testMisuseExitsWith64AndExplains() {
        let run = CapturedRun(["--verison"])
        XCTAssertEqual(run.status, 64)
        XCTAssertEqual(run.output, "")
        XCTAssertTrue(run.error.hasPrefix("错误[CLI001]: 没有选项 '--verison'\n建议: 是不是要写 '--version'？\n用法：audit"), run.error)
    }

    /// Chinese unless asked: `--lang en` anywhere on the line, or a LANG that starts with en;
    /// `--lang` wins over the environment.
    func testTheLanguageOfMessages() {
        let english = "error[CLI001]: unknown option '--verison'\nhelp: did you mean '--version'?\nUSAGE: audit"
        for run in [
            CapturedRun(["--lang", "en", "--verison"]), CapturedRun(["--verison", "--lang=en"]),
            CapturedRun(["--verison"], environment: ["LANG": "en_GB.UTF-8"]),
            CapturedRun(["--verison"], environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "en_US.UTF-8"]),
        ] {
            XCTAssertTrue(run.error.hasPrefix(english), run.error)
        }
        for run in [
            CapturedRun(["--verison"], environment: ["LANG": "zh_CN.UTF-8"]), CapturedRun(["--verison"], environment: ["LANG": "C.UTF-8"]),
            CapturedRun(["--lang", "zh", "--verison"], environment: ["LANG": "en_US.UTF-8"]),
        ] {
            XCTAssertTrue(run.error.hasPrefix("错误[CLI001]: 没有选项 '--verison'"), run.error)
        }
        let help = CapturedRun(["check", "--help", "--lang", "en"])
        XCTAssertTrue(help.output.hasPrefix("Audit reports against the rules and show every finding with the source it rests on.\n\nUSAGE: audit check"))
        XCTAssertTrue(help.output.contains("  --lang LANG"))
        let wrong = CapturedRun(["--lang", "fr", "check"])
        XCTAssertEqual(wrong.status, 64)
        XCTAssertEqual(wrong.error, "错误[CLI001]: 'fr' 不是 '--lang' 可取的值\n建议: 从中选一个：zh, en\n")
        XCTAssertEqual(CapturedRun(["check", "--lang"]).error, "错误[CLI001]: 选项 '--lang' 需要一个值 LANG\n")
    }
}

