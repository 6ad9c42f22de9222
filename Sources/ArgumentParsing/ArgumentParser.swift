import Diagnostics

/// Parses a command line against a root `CommandSpec`: subcommands first, then
/// options (`--name value`, `--name=value`, `-n value`, flags) and positionals in
/// any order; `--` ends options. `--help`/`-h` anywhere asks for help on the command
/// reached so far; `--version` on the root asks for the version.
public struct ArgumentParser {
    public let root: CommandSpec

    public init(root: CommandSpec) {
        self.root = root
    }

    public func parse(_ arguments: [String]) throws(UsageError) -> ParseOutcome {
        var reading = Reading(root: root, arguments: arguments)
        if let outcome = try reading.subcommands() { return outcome }
        if let outcome = try reading.options() { return outcome }
        try reading.positionals()
        return .run(ParsedArguments(command: reading.path, flags: reading.flags, values: reading.values))
    }

    /// One command line read left to right: the command reached, the words left, and what they gave.
    private struct Reading {
        let root: CommandSpec
        let arguments: [String]
        var spec: CommandSpec
        var path: [String] = []
        var index = 0
        var flags = Set<String>()
        var values: [String: [String]] = [:]
        /// Words that are not options, for the positionals.
        var bare: [String] = []

        init(root: CommandSpec, arguments: [String]) {
            self.root = root
            self.arguments = arguments
            spec = root
        }

        /// Walks down the subcommands; an outcome when the words ask for help or the version.
        mutating func subcommands() throws(UsageError) -> ParseOutcome? {
            while index < arguments.count, !spec.subcommands.isEmpty {
                let word = arguments[index]
                if word == "--help" || word == "-h" || word == "help" { return .help(command: path) }
                if word == "--version", path.isEmpty { return .version }
                if word.hasPrefix("-") { break }
                guard let next = spec.subcommands.first(where: { $0.name == word }) else {
                    throw .unknownCommand(word, help: Suggestions.didYouMean(word, among: spec.subcommands.map(\.name)), program: root.name, command: path)
                }
                spec = next
                path.append(word)
                index += 1
            }
            if !spec.subcommands.isEmpty, spec.positionals.isEmpty, index == arguments.count {
                // A command group with nothing chosen: show what it offers.
                if path.isEmpty, arguments.isEmpty { return .help(command: path) }
                throw .missingCommand(program: root.name, command: path)
            }
            return nil
        }

        /// Reads the options, setting aside the other words; then fills in defaults.
        mutating func options() throws(UsageError) -> ParseOutcome? {
            var optionsEnded = false
            while index < arguments.count {
                let word = arguments[index]
                index += 1
                if optionsEnded || word == "-" || !word.hasPrefix("-") {
                    bare.append(word)
                } else if word == "--" {
                    optionsEnded = true
                } else if word == "--help" || word == "-h" {
                    return .help(command: path)
                } else if word == "--version", path.isEmpty {
                    return .version
                } else {
                    try option(word)
                }
            }
            for option in spec.options where values[option.key] == nil {
                if let defaultValue = option.defaultValue { values[option.key] = [defaultValue] }
            }
            return nil
        }

        /// One option word (`--name`, `--name=value`, `-n`), with the value it takes.
        private mutating func option(_ word: String) throws(UsageError) {
            var name = word
            var inline: String?
            if let equals = word.firstIndex(of: "="), word.hasPrefix("--") {
                name = String(word[..<equals])
                inline = String(word[word.index(after: equals)...])
            }
            guard let option = spec.option(named: name) else {
                let known = spec.options.flatMap(\.names) + ["--help"] + (path.isEmpty ? ["--version"] : [])
                throw .unknownOption(name, help: Suggestions.didYouMean(name, among: known), program: root.name, command: path)
            }
            switch option.kind {
            case .flag:
                if inline != nil { throw .flagWithValue(name, command: path) }
                flags.insert(option.key)
            case .option(let valueName, let repeating):
                let value: String
                if let inline {
                    value = inline
                } else if index < arguments.count, !arguments[index].hasPrefix("-") || arguments[index] == "-" {
                    value = arguments[index]
                    index += 1
                } else {
                    throw .missingValue(name, valueName: valueName, command: path)
                }
                if !option.choices.isEmpty, !option.choices.contains(value) {
                    throw .invalidChoice(value, option: name, choices: option.choices, command: path)
                }
                if !repeating, values[option.key] != nil { throw .repeatedOption(name, command: path) }
                values[option.key, default: []].append(value)
            case .positional:
                break
            }
        }

        /// Hands out the bare words to the positionals in order.
        mutating func positionals() throws(UsageError) {
            var remaining = bare[...]
            for positional in spec.positionals {
                guard case .positional(let valueName, let repeating, let optional) = positional.kind else { continue }
                if remaining.isEmpty {
                    if optional { continue }
                    throw .missingArgument(valueName, program: root.name, command: path)
                }
                if repeating {
                    values[positional.key] = Array(remaining)
                    remaining = []
                } else {
                    values[positional.key] = [remaining.removeFirst()]
                }
            }
            if let extra = remaining.first {
                let isCommandWord = spec.positionals.isEmpty && (path.isEmpty || !spec.subcommands.isEmpty)
                throw isCommandWord ? .unknownCommand(extra, help: nil, program: root.name, command: path) : .unexpectedArgument(extra, program: root.name, command: path)
            }
        }
    }

    /// The spec at a command path.
    public func spec(at path: [String]) -> CommandSpec {
        var spec = root
        for name in path {
            guard let next = spec.subcommands.first(where: { $0.name == name }) else { break }
            spec = next
        }
        return spec
    }
}
