import Diagnostics

/// The help text of a command, generated from its spec.
public struct HelpFormatter {
    public let root: CommandSpec

    public init(root: CommandSpec) {
        self.root = root
    }

    /// `USAGE: audit rules lint [--strict] [PATH …]`
    public func usage(_ path: [String]) -> String {
        let spec = ArgumentParser(root: root).spec(at: path)
        var parts = [([root.name] + path).joined(separator: " ")]
        if !spec.subcommands.isEmpty { parts.append(localized("<命令>", english: "<command>")) }
        for option in spec.options {
            let name = option.names.first { $0.hasPrefix("--") } ?? option.names[0]
            switch option.kind {
            case .flag: parts.append("[\(name)]")
            case .option(let value, let repeating): parts.append("[\(name) \(value)]" + (repeating ? " …" : ""))
            case .positional: break
            }
        }
        for positional in spec.positionals {
            guard case .positional(let value, let repeating, let optional) = positional.kind else { continue }
            let text = value + (repeating ? " …" : "")
            parts.append(optional ? "[\(text)]" : text)
        }
        return localized("用法：", english: "USAGE: ") + parts.joined(separator: " ")
    }

    public func help(_ path: [String]) -> String {
        let spec = ArgumentParser(root: root).spec(at: path)
        var out = "\(spec.abstract)\n\n\(usage(path))\n"
        if !spec.discussion.isEmpty { out += "\n\(spec.discussion)\n" }
        var rows: [(String, String)] = []
        if !spec.positionals.isEmpty {
            out += localized("\n参数：\n", english: "\nARGUMENTS:\n")
            rows = spec.positionals.map { ($0.names[0], $0.help) }
            out += table(rows)
        }
        out += localized("\n选项：\n", english: "\nOPTIONS:\n")
        rows = spec.options.map { option in
            // Short spellings first, as people expect: "-f, --format".
            var left = option.names.sorted { !$0.hasPrefix("--") && $1.hasPrefix("--") }.joined(separator: ", ")
            if case .option(let value, _) = option.kind { left += " \(value)" }
            var right = option.help
            if !option.choices.isEmpty {
                right += localized("（可选：\(option.choices.joined(separator: "、"))）", english: " (\(option.choices.joined(separator: ", ")))")
            }
            if let value = option.defaultValue { right += localized("［默认：\(value)］", english: " [default: \(value)]") }
            return (left, right)
        }
        rows.append(("-h, --help", localized("显示本命令的帮助。", english: "Show help for this command.")))
        if path.isEmpty { rows.append(("--version", localized("显示版本及内置规则库。", english: "Show the version."))) }
        out += table(rows)
        if !spec.subcommands.isEmpty {
            out += localized("\n命令：\n", english: "\nCOMMANDS:\n") + table(spec.subcommands.map { ($0.name, $0.abstract) })
            let line = ([root.name] + path).joined(separator: " ")
            out += localized("\n  用 '\(line) <命令> --help' 查看某个命令的选项。\n", english: "\n  See '\(line) <command> --help' for a command's options.\n")
        }
        return out
    }

    private func table(_ rows: [(String, String)]) -> String {
        let width = min(max(rows.map(\.0.count).max() ?? 0, 8), 28)
        return rows.map { left, right in
            let padding = left.count <= width ? String(repeating: " ", count: width - left.count) : "\n" + String(repeating: " ", count: width + 2)
            return "  \(left)\(padding)  \(right)\n"
        }.joined()
    }
}
