/// What the parser found for one command line.
public struct ParsedArguments: Sendable, Equatable {
    /// The command path below the root, e.g. `["rules", "lint"]`.
    public let command: [String]
    private let flags: Set<String>
    private let values: [String: [String]]

    init(command: [String], flags: Set<String>, values: [String: [String]]) {
        self.command = command
        self.flags = flags
        self.values = values
    }

    /// Whether a flag was given, by its key (`strict` for `--strict`).
    public func flag(_ key: String) -> Bool { flags.contains(key) }

    /// The last value of an option or the single value of a positional, or its default.
    public func value(_ key: String) -> String? { values[key]?.last }

    /// Every value of a repeating option or positional, in order.
    public func values(_ key: String) -> [String] { values[key] ?? [] }
}

/// The parse result: run a command, or show help or the version.
public enum ParseOutcome: Sendable, Equatable {
    case run(ParsedArguments)
    /// Help for the command at this path.
    case help(command: [String])
    case version
}
