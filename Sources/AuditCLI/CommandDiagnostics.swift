import ArgumentParsing
import Diagnostics

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

    static func damagedReviewFile(_ path: String) -> Diagnostic {
        Diagnostic(
            code: "CLI009",
            message: localized("无法读取 \(path) 中的审核意见：它不是审核意见文件", english: "cannot read the review decisions in \(path): not a review file"),
            help: localized(
                "它由 'audit review' 写出；请恢复它，或把它移走以重新开始审核",
                english: "it was written by 'audit review'; restore it, or move it away to start the review again"))
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
