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
        var spec = root
        var path: [String] = []
        var index = 0
        // Walk down the subcommands.
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

        var flags = Set<String>()
        var values: [String: [String]] = [:]
        var bare: [String] = []
        var optionsEnded = false
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if optionsEnded || word == "-" || !word.hasPrefix("-") {
                bare.append(word)
                continue
            }
            if word == "--" {
                optionsEnded = true
                continue
            }
            if word == "--help" || word == "-h" { return .help(command: path) }
            if word == "--version", path.isEmpty { return .version }
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
                if inline != nil {
                    throw .flagWithValue(name, command: path)
                }
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
                if !repeating, values[option.key] != nil {
                    throw .repeatedOption(name, command: path)
                }
                values[option.key, default: []].append(value)
            case .positional:
                break
            }
        }
        for option in spec.options where values[option.key] == nil {
            if let defaultValue = option.defaultValue { values[option.key] = [defaultValue] }
        }

        // Hand out the bare words to the positionals in order.
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
        return .run(ParsedArguments(command: path, flags: flags, values: values))
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
