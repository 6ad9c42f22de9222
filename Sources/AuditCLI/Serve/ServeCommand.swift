import ArgumentParsing
import Audit
import Diagnostics
import Foundation
import WebServer
import Workbench

/// `audit serve [DIR]`: the workbench in a browser, for the reports of DIR. Bound to this
/// machine by default; bound to an outside address, every visitor needs a key.
enum ServeCommand: AuditCommand {
    static let path = ["serve"]
    static let defaultPort = 8765

    static var spec: CommandSpec {
        CommandSpec(
            "serve", abstract: localized("启动审核工作台：在浏览器中审阅报告、查看理由、记录审核意见。", english: "Start the workbench: review reports in a browser, read the reasons, record decisions."),
            discussion: localized(
                "默认只允许本机访问（127.0.0.1），审核人员无需令牌。用 --host 绑定其他地址时，每个请求都必须带访问令牌：--token 给出的，或启动时生成的一次性令牌。政策人员和培训教师各有自己的链接（每次启动都不同）。按 Ctrl-C 停止。",
                english: "By default only this machine may connect (127.0.0.1) and auditors need no token. Bound to another address with --host, every request must carry an access token: the one --token gives, or a one-time token made at start. Policy staff and trainers have links of their own (new at every start). Stop with Ctrl-C."),
            arguments: [
                .option("--port", "-p", value: "N", help: localized("端口（0 表示由系统选择）。", english: "The port (0: the system chooses)."), default: String(defaultPort)),
                .option("--host", value: "ADDR", help: localized("绑定的 IPv4 地址。", english: "The IPv4 address to bind."), default: "127.0.0.1"),
                .option("--token", value: "TOKEN", help: localized("审核人员的访问令牌（至少 16 个字符）。", english: "The auditors' access token (16 characters or more).")),
                KnowledgeOption.spec,
                .option(
                    "--cases", value: "DIR",
                    help: localized(
                        "案例库：培训班的案例，也是修改规则前查看影响的案例。",
                        english: "The case library: the cases of training classes, and where policy staff see what a rule change does before saving."),
                    default: CaseOption.defaultPath),
                ReaderOption.spec,
                .positional("DIR", help: localized("存放报告的文件夹（默认：当前文件夹）。", english: "The folder of reports (default: the current folder)."), optional: true),
            ])
    }

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws(UsageError) -> ExitCode {
        guard let started = try start(arguments, context: context) else { return .inputError }
        started.server.serve(started.workbench.respond)
        return .success
    }

    /// A workbench listening, not yet answering.
    struct Started {
        let server: HTTPServer
        let workbench: Workbench
    }

    /// Checks the options, loads the knowledge, binds and says where to go; nil after
    /// printing why it could not.
    static func start(_ arguments: ParsedArguments, context: CommandContext) throws(UsageError) -> Started? {
        let portText = arguments.value("port") ?? ""
        guard let port = UInt16(portText) else { throw .invalidPort(portText, command: path) }
        let host = arguments.value("host") ?? "127.0.0.1"
        let token = arguments.value("token")
        if let token, !isStrong(token) { throw .weakToken(command: path) }
        let folder = arguments.value("DIR") ?? "."
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: context.absolute(folder), isDirectory: &isFolder), isFolder.boolValue else {
            context.standardError(context.errorRenderer.render(.noReportFolder(folder)))
            return nil
        }
        guard let knowledge = KnowledgeOption.load(arguments, context: context) else { return nil }
        let reader = try ReaderOption.reader(arguments, command: path, vocabulary: knowledge.vocabulary)
        let server: HTTPServer
        do {
            server = try HTTPServer(host: host, port: port)
        } catch {
            context.standardError(context.errorRenderer.render(.cannotListen(error)))
            return nil
        }
        let keys = AccessKeys(auditor: token ?? (HTTPServer.isLoopback(host) ? nil : AccessKeys.random()))
        let run = RunInfo(version: AuditTool.version, knowledgePath: KnowledgeOption.name(arguments, context: context), knowledge: knowledge)
        let cases = context.absolute(arguments.value("cases") ?? CaseOption.defaultPath)
        let settings = Workbench.Settings(
            folder: context.absolute(folder), knowledge: knowledge, knowledgeFolder: KnowledgeOption.folder(arguments, context: context).map(context.absolute),
            casesFolder: FileManager.default.fileExists(atPath: cases) ? cases : nil, maximumReportSize: reader.maximumSize, run: run, keys: keys,
            host: host, port: server.port)
        let workbench: Workbench
        do {
            workbench = try Workbench(settings)
        } catch {
            server.stop()
            switch error {
            case .noFolder: context.standardError(context.errorRenderer.render(.noReportFolder(folder)))
            case .damagedClassFile(let path): context.standardError(context.errorRenderer.render(.damagedClassFile(path)))
            }
            return nil
        }
        context.standardOutput(banner(workbench, folder: folder, tokenMade: token == nil && keys.auditor != nil, server: server))
        return Started(server: server, workbench: workbench)
    }

    /// Letters, digits, - and _, at least 16: safe in a link, hard to guess.
    static func isStrong(_ token: String) -> Bool {
        token.count >= 16 && token.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_") }
    }

    /// Where each role goes in; the keys are in the links.
    static func banner(_ workbench: Workbench, folder: String, tokenMade: Bool, server: HTTPServer) -> String {
        let settings = workbench.settings
        let base = "http://\(server.host):\(server.port)"
        func link(_ role: Role) -> String {
            settings.keys.key(for: role).map { "\(base)/enter?key=\($0)" } ?? "\(base)/"
        }
        var out = localized(
            "审核工作台已启动：报告文件夹 \(folder)，规则库 \(settings.run.knowledgePath)（\(Plural.count(settings.run.ruleCount, .rule))）\n",
            english: "The workbench is running: reports in \(folder), knowledge base \(settings.run.knowledgePath) (\(Plural.count(settings.run.ruleCount, .rule)))\n")
        out += localized("  审核人员：", english: "  auditors: ") + link(.auditor) + "\n"
        out += (settings.knowledgeFolder == nil
            ? localized("  政策人员（内置规则库只能查看；要修改请用 --knowledge）：", english: "  policy staff (the built-in rules can only be read; pass --knowledge to edit): ")
            : localized("  政策人员（可修改规则）：", english: "  policy staff (may change the rules): ")) + link(.policy) + "\n"
        out += localized("  培训教师：", english: "  trainers: ") + link(.trainer) + "\n"
        if tokenMade {
            out += localized(
                "已为审核人员生成一次性访问令牌（绑定 \(server.host) 时必须有令牌；要固定的令牌请用 --token）。\n",
                english: "A one-time access token was made for auditors (binding \(server.host) requires one; pass --token for a fixed one).\n")
        }
        if server.host == "0.0.0.0" {
            out += localized("0.0.0.0 表示本机的所有地址：发给别人时，请换成本机的 IP 地址。\n", english: "0.0.0.0 means every address of this machine: give others this machine's IP address instead.\n")
        }
        out += localized("链接中含有访问令牌，只发给相应的人。按 Ctrl-C 停止。\n", english: "The links hold access keys: give each only to its people. Stop with Ctrl-C.\n")
        return out
    }
}
