import Diagnostics

/// Every message of the trainer's command line (TRN…), in Chinese and English.
extension Diagnostic {
    public static func unreadableProgress(_ path: String) -> Diagnostic {
        Diagnostic(
            code: "TRN001",
            message: localized("无法读取进度文件 \(path)：它不是训练进度文件", english: "cannot read the progress file \(path): it is not a training progress file"),
            help: localized("把它移到别处，重新开始记录", english: "move it aside to start afresh"))
    }

    public static func unwritableProgress(_ path: String, _ error: any Error) -> Diagnostic {
        let reason = error.localizedDescription
        return Diagnostic(
            code: "TRN005",
            message: localized("无法写入进度文件 \(path)：\(reason)", english: "cannot write the progress file \(path): \(reason)"))
    }

    public static func unknownCase(_ name: String, known: [String]) -> Diagnostic {
        Diagnostic(
            code: "TRN002", message: localized("没有案例 '\(name)'", english: "no case '\(name)'"),
            help: Suggestions.didYouMean(name, among: known) ?? CommonWording.see("audit cases list"))
    }

    public static func unreadableAnswers(_ path: String) -> Diagnostic {
        Diagnostic(code: "TRN003", message: localized("无法读取答案文件 \(path)", english: "cannot read the answers file \(path)"))
    }

    /// An answer the trainer could not take, at its line of the answers file.
    public static func invalidAnswer(_ failure: AnswerParser.Failure, line: Int, in file: String) -> Diagnostic {
        Diagnostic(code: "TRN004", message: failure.message, range: .lines(line, in: file))
    }
}
