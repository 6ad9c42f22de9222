import ArgumentParsing
import Foundation
import TestSupport
import WebServer
import XCTest

@testable import AuditCLI

/// `audit serve`: its options, what it prints, and a page asked for over a real socket.
final class ServeCommandTests: XCTestCase {
    private var started: ServeCommand.Started?
    private let finished = DispatchSemaphore(value: 0)
    private var output = "", error = ""

    override func tearDown() {
        guard let started else { return }
        started.server.stop()
        _ = finished.wait(timeout: .now() + 5)
    }

    private static let cases = Repository.root.appendingPathComponent("cases/weight-typo").path

    /// Starts `audit serve` with `words` and answers on a thread of its own; nil when it did not start.
    @discardableResult
    private func serve(_ words: [String]) throws -> ServeCommand.Started? {
        guard case .run(let parsed) = try ArgumentParser(root: AuditTool.root).parse(["serve"] + words) else { throw XCTSkip("not a run") }
        let context = CommandContext(
            standardOutput: { [unowned self] in output += $0 }, standardError: { [unowned self] in error += $0 },
            workingDirectory: Repository.root.path)
        started = try ServeCommand.start(parsed, context: context)
        if let started {
            let finished = finished
            Thread.detachNewThread {
                started.server.serve(started.workbench.respond)
                finished.signal()
            }
        }
        return started
    }

    private func get(_ target: String, port: UInt16, cookie: String? = nil) throws -> String {
        let cookieLine = cookie.map { "Cookie: \($0)\r\n" } ?? ""
        return try XCTUnwrap(LoopbackClient.exchange(["GET \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\(cookieLine)\r\n"], port: port))
    }

    func testOnThisMachineAuditorsNeedNoKeyAndStaffHaveTheirLinks() throws {
        let started = try XCTUnwrap(try serve(["--port", "0", "--knowledge", "knowledge", Self.cases]))
        let port = started.server.port
        let lines = output.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 5, output)
        XCTAssertEqual(lines[0], "审核工作台已启动：报告文件夹 \(Self.cases)，规则库 knowledge（77 条规则）")
        XCTAssertEqual(lines[1], "  审核人员：http://127.0.0.1:\(port)/")
        XCTAssertNotNil(lines[2].wholeMatch(of: /\ \ 政策人员（可修改规则）：http:\/\/127\.0\.0\.1:[0-9]+\/enter\?key=[0-9a-f]{32}/), lines[2])
        XCTAssertNotNil(lines[3].wholeMatch(of: /\ \ 培训教师：http:\/\/127\.0\.0\.1:[0-9]+\/enter\?key=[0-9a-f]{32}/), lines[3])
        XCTAssertEqual(lines[4], "链接中含有访问令牌，只发给相应的人。按 Ctrl-C 停止。")
        let page = try get("/reports", port: port)
        XCTAssertTrue(page.hasPrefix("HTTP/1.1 200 OK\r\n"), page)
        XCTAssertTrue(page.contains("<a href=\"/report?file=report.txt\">report.txt</a>"), page)
        XCTAssertEqual(error, "")
    }

    func testBoundToEveryAddressEveryoneNeedsAKey() throws {
        let started = try XCTUnwrap(try serve(["--host", "0.0.0.0", "--port", "0", Self.cases]))
        let port = started.server.port
        let auditorLine = try XCTUnwrap(output.split(separator: "\n").first { $0.hasPrefix("  审核人员：") })
        let key = String(try XCTUnwrap(auditorLine.firstMatch(of: /key=([0-9a-f]{32})/)).output.1)
        XCTAssertTrue(output.contains("已为审核人员生成一次性访问令牌（绑定 0.0.0.0 时必须有令牌；要固定的令牌请用 --token）。"), output)
        XCTAssertTrue(output.contains("0.0.0.0 表示本机的所有地址"), output)
        XCTAssertTrue(try get("/reports", port: port).hasPrefix("HTTP/1.1 403 "))
        let entered = try get("/enter?key=\(key)", port: port)
        XCTAssertTrue(entered.hasPrefix("HTTP/1.1 303 "), entered)
        XCTAssertTrue(try get("/reports", port: port, cookie: "workbench_key=\(key)").hasPrefix("HTTP/1.1 200 "))
    }

    func testAGivenTokenIsTheAuditorsKey() throws {
        try serve(["--host", "0.0.0.0", "--port", "0", "--token", "our-team-token-2026", Self.cases])
        XCTAssertTrue(output.contains("/enter?key=our-team-token-2026\n"), output)
        XCTAssertFalse(output.contains("一次性"), output)
    }

    func testWrongOptionsAreUsageErrors() throws {
        let cases: [(words: [String], message: String)] = [
            (["--port", "http"], "'--port' 取 0 到 65535 之间的整数，不能是 'http'"),
            (["--port", "70000"], "'--port' 取 0 到 65535 之间的整数，不能是 '70000'"),
            (["--token", "short"], "'--token' 至少要 16 个字符，且只能用字母、数字、- 和 _"),
            (["--token", "has space in it 0123456"], "'--token' 至少要 16 个字符"),
        ]
        for (words, message) in cases {
            let run = CapturedRun(["serve"] + words + [Self.cases], workingDirectory: Repository.root.path)
            XCTAssertEqual(run.status, ExitCode.usage.rawValue, words.joined(separator: " "))
            XCTAssertTrue(run.error.contains(message), run.error)
        }
    }

    func testWhatKeepsItFromStartingIsSaid() throws {
        let missing = CapturedRun(["serve", "--port", "0", "no-such-folder"], workingDirectory: Repository.root.path)
        XCTAssertEqual(missing.status, ExitCode.inputError.rawValue)
        XCTAssertTrue(missing.error.contains("错误[CLI010]: 找不到报告文件夹 no-such-folder"), missing.error)
        let occupied = try XCTUnwrap(try serve(["--port", "0", Self.cases]))
        let again = CapturedRun(["serve", "--port", "\(occupied.server.port)", Self.cases], workingDirectory: Repository.root.path)
        XCTAssertEqual(again.status, ExitCode.inputError.rawValue)
        XCTAssertTrue(again.error.contains("错误[CLI011]: 审核工作台无法启动：无法在 127.0.0.1:\(occupied.server.port) 上接受连接：地址已被占用"), again.error)
        XCTAssertTrue(again.error.contains("端口 \(occupied.server.port) 已被别的程序使用"), again.error)
        let notAddress = CapturedRun(["serve", "--host", "localhost", "--port", "0", Self.cases], workingDirectory: Repository.root.path)
        XCTAssertTrue(notAddress.error.contains("'localhost' 不是 IPv4 地址"), notAddress.error)
    }
}
