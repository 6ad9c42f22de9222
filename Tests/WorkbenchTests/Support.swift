import Audit
import Foundation
import ReportReading
import TestSupport
import WebServer
import XCTest

@testable import Workbench

/// A folder of reports from the case library, and a workbench serving it, for the tests
/// that ask it as a browser would (no sockets: `respond(to:)` directly).
struct TestBench {
    static let knowledge = AuditKnowledge.load(paths: [Repository.knowledge]).knowledge
    static let port: UInt16 = 8765
    static let host = "127.0.0.1:8765"

    /// The folder of reports; beside it, when asked for, a copy of knowledge/ and a small case library.
    let folder: URL
    private(set) var workbench: Workbench
    private let scratch: URL

    /// `cases` are case names copied as `NAME.txt`; `auditorKey` nil leaves auditors open;
    /// `editable` serves a copy of knowledge/ that policy staff may change, with
    /// `library` as the case library.
    init(
        cases: [String] = ["anhui-farm-machinery-project", "weight-typo"], auditorKey: String? = nil, host: String = "127.0.0.1",
        editable: Bool = false, library: [String] = []
    ) throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("workbench-\(UUID().uuidString)")
        folder = scratch.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in cases {
            let report = Repository.root.appendingPathComponent("cases/\(name)/report.txt")
            try FileManager.default.copyItem(at: report, to: folder.appendingPathComponent("\(name).txt"))
        }
        let knowledgeFolder = scratch.appendingPathComponent("knowledge")
        if editable { try FileManager.default.copyItem(at: URL(fileURLWithPath: Repository.knowledge), to: knowledgeFolder) }
        let casesFolder = scratch.appendingPathComponent("cases")
        for name in library {
            try FileManager.default.createDirectory(at: casesFolder, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("cases/\(name)"), to: casesFolder.appendingPathComponent(name))
        }
        // Loaded as `audit serve --knowledge knowledge` loads it: files named `knowledge/….rules`.
        let knowledge = editable ? AuditKnowledge.load(paths: ["knowledge"], relativeTo: scratch.path).knowledge : Self.knowledge
        let run = RunInfo(version: "test", knowledgePath: "knowledge", knowledge: knowledge)
        let settings = Workbench.Settings(
            folder: folder.path, knowledge: knowledge, knowledgeFolder: editable ? knowledgeFolder.path : nil,
            casesFolder: library.isEmpty ? nil : casesFolder.path, maximumReportSize: 20 << 20, run: run,
            keys: AccessKeys(auditor: auditorKey, policy: "policy-key-0123456789", trainer: "trainer-key-0123456789"), host: host, port: Self.port)
        workbench = try XCTUnwrap(Workbench(settings))
    }

    /// The copy of knowledge/ policy staff edit.
    var knowledge: URL { scratch.appendingPathComponent("knowledge") }

    func remove() { try? FileManager.default.removeItem(at: scratch) }

    /// A new workbench on the same folders, as after `audit serve` is started again.
    mutating func restart() throws { workbench = try Workbench(workbench.settings) }

    func write(_ text: String, to name: String) throws {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// A GET as a browser sends it: to this server's host, with the cookie if given.
    func get(_ target: String, cookie: String? = nil, host: String = TestBench.host) throws -> Answer {
        var headers = [("host", host)]
        if let cookie { headers.append(("cookie", cookie)) }
        return Answer(workbench.respond(to: try HTTPRequest(method: "GET", target: target, headers: headers)))
    }

    /// A form posted from a page of this server.
    func post(_ target: String, _ fields: [(String, String)], cookie: String? = nil, origin: String? = "http://" + TestBench.host) throws -> Answer {
        var headers = [("host", TestBench.host), ("content-type", "application/x-www-form-urlencoded")]
        if let cookie { headers.append(("cookie", cookie)) }
        if let origin { headers.append(("origin", origin)) }
        let body = fields.map { "\($0.0)=\(FormEncoding.percentEncoded($0.1))" }.joined(separator: "&")
        return Answer(workbench.respond(to: try HTTPRequest(method: "POST", target: target, headers: headers, body: Array(body.utf8))))
    }

    /// The form token a page gave the visitor (from its hidden field).
    func formToken(on page: Answer) throws -> String {
        let match = try XCTUnwrap(page.text.firstMatch(of: /name="csrf" value="([0-9a-f]+)"/), "no form token on the page")
        return String(match.output.1)
    }
}

/// A response, read back.
struct Answer {
    let status: Int
    let headers: [(name: String, value: String)]
    let text: String

    init(_ response: HTTPResponse) {
        status = response.status.code
        headers = response.headers
        text = String(decoding: response.body, as: UTF8.self)
    }

    func header(_ name: String) -> String? { headers.first { $0.name.lowercased() == name.lowercased() }?.value }
}
