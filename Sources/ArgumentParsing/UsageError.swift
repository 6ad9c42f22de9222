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
