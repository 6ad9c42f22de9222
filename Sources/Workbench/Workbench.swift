import Audit
import Foundation
import ReportReading
import WebServer

/// `audit serve`: the pages auditors use in a browser, on the same reader, engine and
/// review files as the command line. Knows nothing of sockets: it answers requests.
public final class Workbench: Sendable {
    public struct Settings: Sendable {
        /// The folder of reports (every supported format); nothing outside it is served.
        public var folder: String
        public var knowledge: AuditKnowledge
        /// The knowledge folder policy staff edit (absolute), and its name as given; nil
        /// folder for the knowledge built into the binary, which cannot be saved.
        public var knowledgeFolder: String?
        /// The case library (absolute), for the impact of a rule change; nil when there is none.
        public var casesFolder: String?
        /// Report files larger than this are refused.
        public var maximumReportSize: Int
        /// The tool, its version and the knowledge base, for exported reports.
        public var run: RunInfo
        public var keys: AccessKeys
        /// Where the server listens: requests must name it (see `Gate`).
        public var host: String
        public var port: UInt16

        public init(
            folder: String, knowledge: AuditKnowledge, knowledgeFolder: String?, casesFolder: String?, maximumReportSize: Int,
            run: RunInfo, keys: AccessKeys, host: String, port: UInt16
        ) {
            self.folder = folder
            self.knowledge = knowledge
            self.knowledgeFolder = knowledgeFolder
            self.casesFolder = casesFolder
            self.maximumReportSize = maximumReportSize
            self.run = run
            self.keys = keys
            self.host = host
            self.port = port
        }
    }

    public let settings: Settings
    let reports: ServedFolder
    let gate: Gate
    /// The knowledge in use and the audits made with it; replaced when a rule is saved.
    let current: KnowledgeState
    /// The folder policy staff edit; nil for the built-in knowledge.
    let editable: KnowledgeFolder?
    /// The case library, the classes, trainees and their work; nil without a case library.
    let training: Classroom?

    /// Where the workbench keeps its own files, inside the folder of reports (hidden, so never served).
    static let dataFolder = ".workbench"

    public enum StartProblem: Error, Equatable {
        case noFolder(String)
        /// A file of the classes that the workbench did not write.
        case damagedClassFile(String)
    }

    public init(_ settings: Settings) throws(StartProblem) {
        guard let reports = ServedFolder(settings.folder) else { throw .noFolder(settings.folder) }
        self.settings = settings
        self.reports = reports
        editable = settings.knowledgeFolder.flatMap { KnowledgeFolder($0, name: settings.run.knowledgePath) }
        current = KnowledgeState(
            settings.knowledge, run: settings.run, folder: reports.root, cases: settings.casesFolder, maximumReportSize: settings.maximumReportSize)
        do throws(ClassStore.DamagedFile) {
            training = try settings.casesFolder.map { folder throws(ClassStore.DamagedFile) in
                try Classroom(cases: folder, store: reports.root + "/" + Self.dataFolder)
            }
        } catch {
            throw .damagedClassFile(error.path)
        }
        let store = training?.store
        gate = Gate(keys: settings.keys, host: settings.host, port: settings.port) { key in store?.trainee(withKey: key) }
    }

    var audits: AuditCache { current.audits }

    /// The answer to one request: who asks, whether they may, then the page.
    public func respond(to request: HTTPRequest) -> HTTPResponse {
        guard gate.acceptsHost(of: request) else { return Refusal.wrongHost.response(for: nil) }
        let method = request.method == "HEAD" ? "GET" : request.method
        if method == "GET", request.path == Stylesheet.path { return Stylesheet.response }
        if method == "GET", request.path == Script.path { return Script.response }
        if request.path == EnterPage.path { return EnterPage.respond(to: request, gate: gate) }
        if request.path == JoinPage.path { return JoinPage.respond(to: request, workbench: self) }
        guard let visitor = gate.visitor(of: request) else { return EnterPage.form(status: .forbidden, problem: nil).response(for: nil) }
        guard let route = Route.all.first(where: { $0.path == request.path }) else { return Refusal.noSuchPage.response(for: visitor) }
        guard route.method == method else { return Refusal.wrongMethod.response(for: visitor) }
        if let role = route.role, !visitor.role.may(role) { return Refusal.notForRole(role).response(for: visitor) }
        if method == "POST", !gate.isGenuine(request, from: visitor) { return Refusal.staleForm.response(for: visitor) }
        return route.handle(Route.Context(workbench: self, visitor: visitor, request: request))
    }

    /// A report named by a request (`?file=` or a form field): a report of the folder, or nil.
    func report(_ relative: String?) -> String? {
        guard let relative, ReportFolder.isReport(relative), reports.file(relative) != nil else { return nil }
        return relative
    }

    /// The reports of the folder, links out of it left out.
    var reportFiles: [String] {
        ReportFolder.reports(in: reports.root).filter { reports.file($0) != nil }
    }

    /// The folders within the folder of reports that hold reports (`2024/省级`), sorted.
    var reportFolders: [String] {
        Set(reportFiles.flatMap { file in
            let parts = file.split(separator: "/").dropLast()
            return parts.indices.map { parts[...$0].joined(separator: "/") }
        }).sorted()
    }
}
