import Diagnostics

/// A command line that does not fit the command's interface. Shown with the usage
/// line; the process exits with 64 (EX_USAGE).
public struct UsageError: Error, Equatable, Sendable {
    public let message: String
    public let help: String?
    /// The command whose usage to show.
    public let command: [String]

    public init(message: String, help: String?, command: [String]) {
        self.message = message
        self.help = help
        self.command = command
    }

    public var diagnostic: Diagnostic {
        Diagnostic(code: "CLI001", message: message, help: help)
    }

    public static let exitCode: Int32 = 64
}

/// Every usage error the parser gives, in Chinese and English (all CLI001).
extension UsageError {
    /// "see 'audit rules --help'"
    public static func seeHelp(_ program: String, _ command: [String]) -> String {
        CommonWording.see(([program] + command + ["--help"]).joined(separator: " "))
    }

    public static func unknownCommand(_ word: String, help: String?, program: String, command: [String]) -> UsageError {
        UsageError(message: localized("没有命令 '\(word)'", english: "unknown command '\(word)'"), help: help ?? seeHelp(program, command), command: command)
    }

    public static func missingCommand(program: String, command: [String]) -> UsageError {
        UsageError(message: localized("缺少命令", english: "missing command"), help: seeHelp(program, command), command: command)
    }

    public static func unknownOption(_ name: String, help: String?, program: String, command: [String]) -> UsageError {
        UsageError(message: localized("没有选项 '\(name)'", english: "unknown option '\(name)'"), help: help ?? seeHelp(program, command), command: command)
    }

    public static func flagWithValue(_ name: String, command: [String]) -> UsageError {
        UsageError(message: localized("选项 '\(name)' 不带值", english: "option '\(name)' takes no value"), help: nil, command: command)
    }

    public static func missingValue(_ name: String, valueName: String, command: [String]) -> UsageError {
        UsageError(
            message: localized("选项 '\(name)' 需要一个值 \(valueName)", english: "option '\(name)' needs a value \(valueName)"), help: nil,
            command: command)
    }

    public static func invalidChoice(_ value: String, option name: String, choices: [String], command: [String]) -> UsageError {
        let listed = choices.joined(separator: ", ")
        let guess = Suggestions.closest(to: value, among: choices)
        return UsageError(
            message: localized("'\(value)' 不是 '\(name)' 可取的值", english: "'\(value)' is not a valid value for '\(name)'"),
            help: localized("从中选一个：\(listed)", english: "choose one of: \(listed)") + (guess.map { " (\(Suggestions.phrase($0)))" } ?? ""),
            command: command)
    }

    public static func repeatedOption(_ name: String, command: [String]) -> UsageError {
        UsageError(message: localized("选项 '\(name)' 给了不止一次", english: "option '\(name)' is given more than once"), help: nil, command: command)
    }

    public static func missingArgument(_ valueName: String, program: String, command: [String]) -> UsageError {
        UsageError(message: localized("缺少 \(valueName)", english: "missing \(valueName)"), help: seeHelp(program, command), command: command)
    }

    public static func unexpectedArgument(_ word: String, program: String, command: [String]) -> UsageError {
        UsageError(message: localized("多余的参数 '\(word)'", english: "unexpected argument '\(word)'"), help: seeHelp(program, command), command: command)
    }
}
