import Diagnostics
import Foundation

/// Where a command writes and what it knows of its surroundings; tests pass one that
/// captures output.
public struct CommandContext {
    private let writeOutput: (String) -> Void
    private let writeError: (String) -> Void
    /// Colours and terminal-only niceties only when the stream is a terminal.
    public var outputIsTerminal: Bool
    public var errorIsTerminal: Bool
    public var workingDirectory: String
    /// A line typed by the person (for the trainer); nil at the end of input.
    public var readLine: () -> String?
    public var environment: [String: String]

    public init(
        standardOutput: @escaping (String) -> Void, standardError: @escaping (String) -> Void,
        outputIsTerminal: Bool = false, errorIsTerminal: Bool = false,
        workingDirectory: String = FileManager.default.currentDirectoryPath,
        readLine: @escaping () -> String? = { nil }, environment: [String: String] = [:]
    ) {
        writeOutput = standardOutput
        writeError = standardError
        self.outputIsTerminal = outputIsTerminal
        self.errorIsTerminal = errorIsTerminal
        self.workingDirectory = workingDirectory
        self.readLine = readLine
        self.environment = environment
    }

    /// Writes to standard output. Every write goes through here, so that no control
    /// character from a report, a file name or a rule file reaches the terminal.
    public func standardOutput(_ text: String) {
        writeOutput(VisibleControls.escape(text, keepingStyles: outputIsTerminal))
    }

    public func standardError(_ text: String) {
        writeError(VisibleControls.escape(text, keepingStyles: errorIsTerminal))
    }

    /// How errors are shown on standard error (coloured on a terminal).
    var errorRenderer: DiagnosticRenderer { DiagnosticRenderer(useColor: errorIsTerminal) { _ in nil } }

    /// A path given on the command line, from the working directory when relative.
    func absolute(_ path: String) -> String { FilePath.resolve(path, from: workingDirectory) }

    /// The process's own streams.
    public static var process: CommandContext {
        CommandContext(
            standardOutput: { FileHandle.standardOutput.write(Data($0.utf8)) },
            standardError: { FileHandle.standardError.write(Data($0.utf8)) },
            outputIsTerminal: isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil,
            errorIsTerminal: isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil,
            readLine: { Swift.readLine() }, environment: ProcessInfo.processInfo.environment)
    }
}
