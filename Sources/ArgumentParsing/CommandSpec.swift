/// A command's interface, declared as data: the parser reads it, and the help text
/// is generated from it, so the two cannot disagree.
public struct CommandSpec: Sendable {
    public let name: String
    /// One line, shown in the parent's command list and at the top of the help.
    public let abstract: String
    /// Paragraphs shown after the usage line.
    public let discussion: String
    public let arguments: [ArgumentSpec]
    public let subcommands: [CommandSpec]

    public init(
        _ name: String, abstract: String, discussion: String = "", arguments: [ArgumentSpec] = [],
        subcommands: [CommandSpec] = []
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.subcommands = subcommands
    }

    var options: [ArgumentSpec] { arguments.filter { !$0.isPositional } }
    var positionals: [ArgumentSpec] { arguments.filter(\.isPositional) }

    func option(named name: String) -> ArgumentSpec? {
        options.first { $0.names.contains(name) }
    }
}

/// One option, flag or positional argument.
public struct ArgumentSpec: Sendable {
    public enum Kind: Sendable, Equatable {
        /// `--strict`: present or not.
        case flag
        /// `--format html`, `--format=html`; `repeating` allows it several times.
        case option(value: String, repeating: Bool)
        /// A bare argument; `repeating` takes all that remain (`FILE…`).
        case positional(value: String, repeating: Bool, optional: Bool)
    }

    /// `--long` and `-s` spellings for options; the value name for positionals.
    public let names: [String]
    public let kind: Kind
    public let help: String
    /// The only values accepted, when the set is closed (`text`, `json`, …).
    public let choices: [String]
    public let defaultValue: String?

    public static func flag(_ names: String..., help: String) -> ArgumentSpec {
        ArgumentSpec(names: names, kind: .flag, help: help, choices: [], defaultValue: nil)
    }

    public static func option(
        _ names: String..., value: String, help: String, choices: [String] = [], default defaultValue: String? = nil,
        repeating: Bool = false
    ) -> ArgumentSpec {
        ArgumentSpec(
            names: names, kind: .option(value: value, repeating: repeating), help: help, choices: choices,
            defaultValue: defaultValue)
    }

    public static func positional(_ value: String, help: String, repeating: Bool = false, optional: Bool = false)
        -> ArgumentSpec
    {
        ArgumentSpec(
            names: [value], kind: .positional(value: value, repeating: repeating, optional: optional), help: help,
            choices: [], defaultValue: nil)
    }

    var isPositional: Bool {
        if case .positional = kind { return true }
        return false
    }

    /// The name results are looked up by: the long spelling without dashes, or the
    /// positional's value name.
    public var key: String {
        let long = names.first { $0.hasPrefix("--") } ?? names.first ?? ""
        return long.hasPrefix("--") ? String(long.dropFirst(2)) : (long.hasPrefix("-") ? String(long.dropFirst()) : long)
    }
}
