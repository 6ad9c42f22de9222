import Audit
import Dispatch
import Foundation
import TestSupport
import WebServer
import XCTest

@testable import Workbench

/// Thirty trainees at once, over real sockets on loopback, for 60 seconds
/// (`WORKBENCH_LOAD_SECONDS` to change it): each marks a finding, submits and starts
/// again, as fast as the server answers. No request may fail, and every submission a
/// trainee was answered for must be kept.
final class TrainingLoadTests: XCTestCase {
    private static let trainees = 30
    private static let seconds = Double(ProcessInfo.processInfo.environment["WORKBENCH_LOAD_SECONDS"] ?? "") ?? 60

    /// One trainee's client: its cookie, its form token, and what it was answered.
    private final class Client: @unchecked Sendable {
        var cookie = "", token = ""
        var submitted = 0, requests = 0
        var failures: [String] = []
        var slowest = 0.0
    }

    func testThirtyTraineesSubmittingAtOnceLoseNothing() throws {
        let bench = try TestBench(library: ["anhui-farm-machinery-project"])
        defer { bench.remove() }
        let server = try HTTPServer(port: 0)
        let finished = DispatchSemaphore(value: 0)
        var settings = bench.workbench.settings
        settings.port = server.port
        let workbench = try Workbench(settings)
        Thread.detachNewThread {
            server.serve(workbench.respond)
            finished.signal()
        }
        defer {
            server.stop()
            _ = finished.wait(timeout: .now() + 10)
        }
        let port = server.port
        let classroom = try XCTUnwrap(workbench.training)
        let training = TrainingClass(id: "cload", name: "压力测试", cases: ["anhui-farm-machinery-project"], joinKey: "join-0123456789abcdef")
        try classroom.store.save(training)

        let clients = (0..<Self.trainees).map { _ in Client() }
        let started = Date()
        let deadline = started.addingTimeInterval(Self.seconds)
        // A thread each (a dispatch pool would run only as many as there are cores).
        let group = DispatchGroup()
        for (index, client) in clients.enumerated() {
            group.enter()
            Thread.detachNewThread {
                Self.work(client, name: "学员\(index + 1)", port: port, until: deadline)
                group.leave()
            }
        }
        group.wait()
        let elapsed = Date().timeIntervalSince(started)

        let failures = clients.flatMap(\.failures)
        XCTAssertEqual(Array(failures.prefix(3)), [], "\(failures.count) requests failed")
        let joined = try XCTUnwrap(classroom.store.class("cload")).trainees
        XCTAssertEqual(joined.count, Self.trainees)
        // Read back from disk, as after a restart: what was answered was written.
        let onDisk = try ClassStore(folder: bench.folder.appendingPathComponent(Workbench.dataFolder).path)
        for (client, trainee) in zip(clients, joined.sorted { Int($0.name.dropFirst(2))! < Int($1.name.dropFirst(2))! }) {
            let attempts = onDisk.work("cload", trainee.id)["anhui-farm-machinery-project"]?.attempts ?? []
            XCTAssertGreaterThan(client.submitted, 0, trainee.name)
            XCTAssertEqual(attempts.count, client.submitted, "\(trainee.name): every submission answered is kept")
            XCTAssertTrue(attempts.allSatisfy { $0.score.found == 1 && $0.score.answers == 1 }, trainee.name)
        }
        XCTAssertLessThan(elapsed, Self.seconds + 30, "bounded in time")
        let requests = clients.map(\.requests).reduce(0, +)
        print(
            "load: \(Self.trainees) trainees, \(String(format: "%.1f", elapsed)) s, \(requests) requests (\(String(format: "%.0f", Double(requests) / elapsed))/s), "
                + "\(clients.map(\.submitted).reduce(0, +)) submissions, slowest answer \(String(format: "%.3f", clients.map(\.slowest).max() ?? 0)) s")
    }

    /// Joins, then marks, submits and starts again until the deadline.
    private static func work(_ client: Client, name: String, port: UInt16, until deadline: Date) {
        let join = "/join?class=cload&key=join-0123456789abcdef"
        guard let form = ask(client, "GET", join, port: port, expect: 200),
            let token = form.body.firstMatch(of: /name="csrf" value="([0-9a-f]+)"/).map({ String($0.output.1) }),
            let joined = ask(client, "POST", "/join", port: port, form: "class=cload&key=join-0123456789abcdef&name=\(FormEncoding.percentEncoded(name))&csrf=\(token)", expect: 303),
            let cookie = joined.header("set-cookie")?.prefix(while: { $0 != ";" })
        else { return }
        client.cookie = String(cookie)
        guard let page = ask(client, "GET", "/trainee/case?name=anhui-farm-machinery-project", port: port, expect: 200),
            let own = page.body.firstMatch(of: /name="csrf" value="([0-9a-f]+)"/)
        else { return }
        client.token = String(own.output.1)
        let common = "name=anhui-farm-machinery-project&csrf=\(client.token)"
        while Date() < deadline, client.failures.isEmpty {
            guard ask(client, "POST", "/trainee/mark", port: port, form: common + "&rule=score-exceeds-attainable&lines=104", expect: 303) != nil,
                ask(client, "POST", "/trainee/submit", port: port, form: common, expect: 303) != nil
            else { return }
            client.submitted += 1
            guard ask(client, "GET", "/trainee/result?name=anhui-farm-machinery-project", port: port, expect: 200) != nil,
                ask(client, "POST", "/trainee/retry", port: port, form: common, expect: 303) != nil
            else { return }
        }
    }

    private struct Reply {
        let status: Int
        let head: String
        let body: String

        func header(_ name: String) -> String? {
            head.split(separator: "\r\n").first { $0.lowercased().hasPrefix(name + ":") }.map { String($0.dropFirst(name.count + 1)).trimmingCharacters(in: .whitespaces) }
        }
    }

    /// One request; nil, with the failure noted, when the status is not the one expected.
    private static func ask(_ client: Client, _ method: String, _ target: String, port: UInt16, form: String? = nil, expect: Int) -> Reply? {
        var request = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nOrigin: http://127.0.0.1:\(port)\r\n"
        if !client.cookie.isEmpty { request += "Cookie: \(client.cookie)\r\n" }
        if let form { request += "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(form.utf8.count)\r\n" }
        request += "\r\n" + (form ?? "")
        let sent = Date()
        let answer = LoopbackClient.exchange([request], port: port) ?? ""
        client.slowest = max(client.slowest, Date().timeIntervalSince(sent))
        client.requests += 1
        let parts = answer.components(separatedBy: "\r\n\r\n")
        let status = Int(answer.dropFirst("HTTP/1.1 ".count).prefix(3)) ?? 0
        guard status == expect else {
            client.failures.append("\(method) \(target): \(status) \(answer.prefix(200))")
            return nil
        }
        return Reply(status: status, head: parts.first ?? "", body: parts.dropFirst().joined(separator: "\r\n\r\n"))
    }
}
