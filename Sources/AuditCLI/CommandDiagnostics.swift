import ArgumentParsing
import Diagnostics
import WebServer

/// Every message the commands themselves give (CLI…, and KB042 for a folder without
/// rules), in Chinese and English. Messages of the reader, the rule language, the case
/// library and the trainer live in their own modules' catalogues.
extension Diagnostic {
    static func unknownRule(_ id: String, known: [String]) -> Diagnostic {
        Diagnostic(
            code: "CLI002", message: localized("规则库中没有规则 '\(id)'", english: "no rule '\(id)' in the knowledge base"),
            help: Suggestions.didYouMean(id, among: known) ?? CommonWording.see("audit rules list"))
    }

    static func cannotWrite(_ path: String, _ error: any Error) -> Diagnostic {
        Diagnostic(
            code: "CLI003",
            message: localized("无法写入 \(path)：\(error.localizedDescription)", english: "cannot write \(path): \(error.localizedDescription)"))
    }

    /// `findings` is how many the report has.
    static func unknownFinding(_ id: String, file: String, findings: Int) -> Diagnostic {
        let known = findings == 0
            ? localized("这份报告没有发现问题", english: "it has no findings")
            : localized("问题编号为 #1 到 #\(findings)", english: "its findings are #1 to #\(findings)")
        return Diagnostic(
            code: "CLI004", message: localized("\(file) 中没有问题 #\(id)", english: "no finding #\(id) in \(file)"),
            help: localized("\(known)；参见 'audit check \(file)'", english: "\(known); see 'audit check \(file)'"))
    }

    static func unknownUnit(_ unit: String, file: String, units: [String]) -> Diagnostic {
        let listed = units.joined(separator: "、")
        return Diagnostic(
            code: "CLI005", message: localized("\(file) 中没有评价对象 '\(unit)'", english: "\(file) has no unit '\(unit)'"),
            help: localized("其评价对象有：\(listed)", english: "its units are \(listed)"))
    }

    static func revisionWithoutRules(_ folder: String, base: String) -> Diagnostic {
        Diagnostic(
            code: "CLI006",
            message: localized("\(base) 版本的 \(folder) 中没有 .rules 文件", english: "no .rules files in \(folder) at \(base)"))
    }

    /// `reason` is git's own first line of error, or why git could not run.
    static func unreadableRevision(_ base: String, reason: String, gitRan: Bool) -> Diagnostic {
        gitRan
            ? Diagnostic(
                code: "CLI006",
                message: localized("无法读取 \(base) 的规则库：\(reason)", english: "cannot read the knowledge base at \(base): \(reason)"),
                help: localized(
                    "--base 取一个包含 .rules 文件的文件夹，或一个 git 版本（HEAD、HEAD~1、分支名、提交号）",
                    english: "--base takes a folder of .rules files or a git revision (HEAD, HEAD~1, a branch, a commit)"))
            : Diagnostic(
                code: "CLI006",
                message: localized(
                    "无法读取 \(base) 的规则库：git 无法运行（\(reason)）",
                    english: "cannot read the knowledge base at \(base): git cannot run (\(reason))"))
    }

    static func folderWithoutReports(_ path: String) -> Diagnostic {
        Diagnostic(
            code: "CLI007",
            message: localized("文件夹 \(path) 中没有报告（.txt、.docx、.xlsx、.pdf 或 .html）", english: "no reports (.txt, .docx, .xlsx, .pdf or .html) in the folder \(path)"))
    }

    static func exportFolderExists(_ folder: String) -> Diagnostic {
        Diagnostic(
            code: "CLI008",
            message: localized("\(folder) 已存在，且不是空文件夹", english: "\(folder) already exists and is not an empty folder"),
            help: localized("请导出到一个新文件夹；本次什么也没有写入", english: "export into a new folder; nothing was written"))
    }

    static func noReportFolder(_ path: String) -> Diagnostic {
        Diagnostic(
            code: "CLI010", message: localized("找不到报告文件夹 \(path)", english: "no folder of reports at \(path)"),
            help: localized("audit serve 的参数是存放报告的文件夹", english: "audit serve takes the folder that holds the reports"))
    }

    static func cannotListen(_ error: ServerError) -> Diagnostic {
        let (message, help): (String, String?)
        switch error {
        case .notAnAddress(let host):
            message = localized("'\(host)' 不是 IPv4 地址", english: "'\(host)' is not an IPv4 address")
            help = localized("--host 取本机的一个 IPv4 地址，如 127.0.0.1 或 0.0.0.0", english: "--host takes an IPv4 address of this machine, such as 127.0.0.1 or 0.0.0.0")
        case .noSocket(let reason):
            message = localized("无法打开网络连接：\(reason)", english: "cannot open a socket: \(reason)")
            help = nil
        case .cannotListen(let host, let port, let reason, let systemWords):
            let why: String
            switch reason {
            case .addressInUse: why = localized("地址已被占用", english: "the address is in use")
            case .addressNotAvailable: why = localized("本机没有这个地址", english: "this machine has no such address")
            case .permissionDenied: why = localized("没有权限（1024 以下的端口需要管理员权限）", english: "permission denied (ports below 1024 need an administrator)")
            case .other: why = systemWords
            }
            message = localized("无法在 \(host):\(port) 上接受连接：\(why)", english: "cannot listen on \(host):\(port): \(why)")
            switch reason {
            case .addressInUse:
                help = localized(
                    "端口 \(port) 已被别的程序使用：用 --port 换一个端口，或 --port 0 由系统选择",
                    english: "port \(port) is used by another program: choose another with --port, or --port 0 to let the system choose")
            case .addressNotAvailable: help = localized("请用 --host 换一个本机地址", english: "choose another address of this machine with --host")
            case .permissionDenied: help = localized("请用 1024 以上的端口，如 --port 8765", english: "use a port above 1024, such as --port 8765")
            case .other: help = nil
            }
        }
        return Diagnostic(code: "CLI011", message: localized("审核工作台无法启动：", english: "the workbench cannot start: ") + message, help: help)
    }

    static func damagedClassFile(_ path: String) -> Diagnostic {
        Diagnostic(
            code: "CLI012",
            message: localized("无法读取培训班记录 \(path)：它不是审核工作台写出的文件", english: "cannot read the class record \(path): the workbench did not write it"),
            help: localized("请恢复它，或把它移走（培训班的记录在报告文件夹的 .workbench 中）", english: "restore it, or move it away (classes are kept in .workbench in the folder of reports)"))
    }

    static func folderWithoutRules(_ path: String) -> Diagnostic {
        Diagnostic(
            code: "KB042", message: localized("\(path) 中没有 .rules 文件", english: "no .rules files in \(path)"),
            help: localized("用 --knowledge DIR 指定规则库文件夹", english: "pass the knowledge folder with --knowledge DIR"))
    }
}

/// The usage errors the commands find beyond what the parser checks (CLI001).
extension UsageError {
    static func unknownFindingRule(_ id: String, known: [String], command: [String]) -> UsageError {
        UsageError(
            message: localized("规则库中没有给出问题的规则 '\(id)'", english: "no finding rule '\(id)' in the knowledge base"),
            help: Suggestions.didYouMean(id, among: known) ?? CommonWording.see("audit rules list"), command: command)
    }

    static func invalidMaximumSize(_ text: String, command: [String]) -> UsageError {
        UsageError(
            message: localized("'--max-size' 取 1 到 4096 之间的整数（MiB），不能是 '\(text)'", english: "'--max-size' takes a whole number of MiB from 1 to 4096, not '\(text)'"),
            help: nil, command: command)
    }

    static func invalidJobs(_ text: String, command: [String]) -> UsageError {
        UsageError(
            message: localized("'--jobs' 取 1 到 256 之间的整数，不能是 '\(text)'", english: "'--jobs' takes a whole number from 1 to 256, not '\(text)'"),
            help: nil, command: command)
    }

    static func invalidPort(_ text: String, command: [String]) -> UsageError {
        UsageError(
            message: localized("'--port' 取 0 到 65535 之间的整数，不能是 '\(text)'", english: "'--port' takes a whole number from 0 to 65535, not '\(text)'"),
            help: localized("0 表示由系统选一个空闲端口", english: "0 lets the system choose a free port"), command: command)
    }

    static func weakToken(command: [String]) -> UsageError {
        UsageError(
            message: localized("'--token' 至少要 16 个字符，且只能用字母、数字、- 和 _", english: "'--token' needs at least 16 characters, only letters, digits, - and _"),
            help: localized("不给 --token 时，工作台会生成一个一次性令牌", english: "without --token the workbench makes a one-time token"), command: command)
    }

    static func severalVerdicts(command: [String]) -> UsageError {
        UsageError(
            message: localized("--accept、--reject、--pending 只能选一个", english: "choose one of --accept, --reject and --pending"), help: nil,
            command: command)
    }

    static func noVerdict(command: [String]) -> UsageError {
        UsageError(
            message: localized("请说明审核意见：--accept、--reject 或 --pending", english: "say what you decide: --accept, --reject or --pending"),
            help: nil, command: command)
    }
}
