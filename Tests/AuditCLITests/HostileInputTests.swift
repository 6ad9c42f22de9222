import AuditCLI
import Foundation
import XCTest

/// Reports and file names made to attack the auditor's terminal: escape sequences that
/// would set the window title, clear the screen or write the clipboard are shown as
/// symbols in every text output, and escaped in JSON.
final class HostileInputTests: XCTestCase {
    private var folder: URL!
    private let hostileName = "报告\u{1B}]0;标题\u{07}.txt"

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("audit-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let repository = CapturedRun.testFolder.deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: repository.appendingPathComponent("cases/yunxi-2024/report.txt"), encoding: .utf8)
            .replacingOccurrences(of: "部分项目支出进度偏慢", with: "部分项目\u{1B}[2J\u{1B}]52;c;cm0gLXJmIH4=\u{07}支出进度偏慢\u{9B}")
            .replacingOccurrences(of: "结余114.70万元", with: "结余114.70万元\u{7F}")
        try text.write(to: folder.appendingPathComponent(hostileName), atomically: true, encoding: .utf8)
        try Data().write(to: folder.appendingPathComponent("空\u{1B}[31m.txt"))
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func run(_ arguments: String...) -> CapturedRun { CapturedRun(arguments, workingDirectory: folder.path) }

    /// The characters a terminal acts on, other than line breaks and TAB.
    private func controls(_ text: String) -> [String] {
        text.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r") || (0x7F...0x9F).contains($0.value) }
            .map { String(format: "U+%04X", $0.value) }
    }

    func testNoControlCharacterReachesTheTerminal() {
        // Each output and how it shows the ESC of the file name: a symbol in text, an
        // escape in JSON, U+FFFD in HTML (XML cannot hold it), percent-encoded in a URI.
        let outputs: [([String], String)] = [
            (["check", "."], "报告␛]0;标题␇.txt"), (["check", "-f", "markdown", "."], "报告␛]0;标题␇.txt"),
            (["check", "-f", "csv", "."], "报告␛]0;标题␇.txt"), (["check", "-f", "json", "."], "报告\\u001b]0;标题\\u0007.txt"),
            (["check", "-f", "html", "."], "报告\u{FFFD}]0;标题\u{FFFD}.txt"), (["check", "-f", "sarif", "."], "%1B%5D0%3B"),
            (["facts", hostileName], "部分项目␛[2J␛]52;c;cm0gLXJmIH4=␇支出进度偏慢�"), (["explain", hostileName, "3"], "结余114.70万元␡"),
        ]
        for (arguments, shown) in outputs {
            let result = CapturedRun(arguments, workingDirectory: folder.path)
            XCTAssertEqual(controls(result.output), [], arguments.joined(separator: " "))
            XCTAssertEqual(controls(result.error), [], arguments.joined(separator: " "))
            XCTAssertTrue(result.output.contains(shown), "\(arguments.joined(separator: " ")): \(shown)")
        }
        XCTAssertTrue(run("check", ".").error.contains("空␛[31m.txt"))
    }

    func testAReportWrittenToAFileIsEscapedToo() throws {
        XCTAssertEqual(run("check", "-o", "out.txt", hostileName).status, 1)
        let written = try String(contentsOf: folder.appendingPathComponent("out.txt"), encoding: .utf8)
        XCTAssertEqual(controls(written), [])
        XCTAssertTrue(written.contains("报告␛]0;标题␇.txt"))
    }
}
