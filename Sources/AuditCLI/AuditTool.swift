import ArgumentParsing
import Audit
import BuiltInKnowledge
import Diagnostics

/// The `audit` command: parses the command line and dispatches to a subcommand.
public enum AuditTool {
    public static let version = "0.1.0"

    /// Every command, by its path below `audit`.
    static let commands: [any AuditCommand.Type] = [
        CheckCommand.self, ExplainCommand.self, WhyNotCommand.self, ReviewCommand.self, TrainCommand.self, FactsCommand.self,
        CasesTestCommand.self, CasesListCommand.self, CasesNewCommand.self, RulesLintCommand.self, RulesDiffCommand.self, RulesListCommand.self, RulesShowCommand.self, RulesTestCommand.self,
        KnowledgeExportCommand.self, ServeCommand.self,
    ]

    /// Command groups: a name, what it is for, and the commands under it.
    static var groups: [(name: String, abstract: String)] {
        [
            ("cases", localized("案例库：测试全部案例、列出案例、新建案例。", english: "The case library: test every case, list them, start a new one.")),
            ("rules", localized(
                "维护规则库：检查、列出、说明、测试规则，查看修改带来的变化。",
                english: "Work on the knowledge base: lint, list, show, test the rules and see what a change does.")),
            ("knowledge", localized("audit 内置的规则库：导出后修改。", english: "The knowledge base built into audit: export it to edit.")),
        ]
    }

    static var root: CommandSpec {
        let groupSpecs = groups.map { group in
            CommandSpec(
                group.name, abstract: group.abstract,
                subcommands: commands.filter { $0.path.first == group.name && $0.path.count == 2 }.map { withLanguage($0.spec) })
        }
        return CommandSpec(
            "audit",
            abstract: localized("按审核规则审查预算绩效自评报告。", english: "Review budget performance self-evaluation reports (绩效自评报告) against audit rules."),
            discussion: localized("读取报告，提取其中的事实并记下每条事实在原文中的位置，运用规则库（knowledge/）中的规则审核，并说明每个问题的来由。", english: "Reads a report, extracts its facts with their place in the source, applies the rules of the knowledge base (knowledge/) and explains every finding."),
            arguments: [LanguageOption.spec],
            subcommands: commands.filter { $0.path.count == 1 }.map { withLanguage($0.spec) } + groupSpecs)
    }

    /// A command's interface with `--lang`, which every command takes.
    private static func withLanguage(_ spec: CommandSpec) -> CommandSpec {
        CommandSpec(
            spec.name, abstract: spec.abstract, discussion: spec.discussion, arguments: spec.arguments + [LanguageOption.spec],
            subcommands: spec.subcommands)
    }

    /// The tool's version and the knowledge base built into it, by the hash every run reports.
    static var versionText: String {
        let loaded = AuditKnowledge.load(sources: BuiltInKnowledge.knowledgeFiles, place: BuiltInKnowledge.name)
        let run = RunInfo(version: version, knowledgePath: BuiltInKnowledge.name, knowledge: loaded.knowledge)
        let base = localized(
            "规则库 \(BuiltInKnowledge.name)：\(run.ruleCount) 条规则，sha256 \(run.knowledgeSHA256)",
            english: "knowledge base \(BuiltInKnowledge.name): \(run.ruleCount) rules, sha256 \(run.knowledgeSHA256)")
        return "audit \(version)\n\(base)\n"
    }

    /// Runs a command line (without the program name); returns the exit code. Every
    /// message is in the language `--lang` or the environment chooses.
    public static func run(_ arguments: [String], context: CommandContext) -> Int32 {
        let (rest, asked, missingValue) = LanguageOption.extract(arguments)
        let language = MessageLanguage.chosen(option: asked, environment: context.environment)
        return MessageLanguage.$current.withValue(language) {
            if missingValue || asked.map({ !LanguageOption.choices.contains($0) }) == true {
                let error: UsageError = missingValue
                    ? .missingValue("--lang", valueName: "LANG", command: [])
                    : .invalidChoice(asked ?? "", option: "--lang", choices: LanguageOption.choices, command: [])
                context.standardError(context.errorRenderer.render(error.diagnostic))
                return ExitCode.usage.rawValue
            }
            return run(parsing: rest, context: context).rawValue
        }
    }

    private static func run(parsing arguments: [String], context: CommandContext) -> ExitCode {
        let parser = ArgumentParser(root: root)
        let help = HelpFormatter(root: root)
        // `audit` alone: what it can do, as a usage error (a script that forgot its command fails).
        guard !arguments.isEmpty else {
            context.standardError(help.help([]))
            return .usage
        }
        do {
            switch try parser.parse(arguments) {
            case .version:
                context.standardOutput(versionText)
                return .success
            case .help(let path):
                context.standardOutput(help.help(path))
                return .success
            case .run(let parsed):
                guard let command = commands.first(where: { $0.path == parsed.command }) else {
                    context.standardOutput(help.help(parsed.command))
                    return .success
                }
                return try command.run(parsed, context: context)
            }
        } catch {
            let renderer = context.errorRenderer
            context.standardError(renderer.render(error.diagnostic) + help.usage(error.command) + "\n")
            return .usage
        }
    }
}

/// A command of `audit`.
protocol AuditCommand: Sendable {
    /// Its words after `audit`: `["rules", "lint"]`.
    static var path: [String] { get }
    static var spec: CommandSpec { get }
    /// Throws for values the parser cannot judge alone (`--max-size abc`).
    static func run(_ arguments: ParsedArguments, context: CommandContext) throws(UsageError) -> ExitCode
}
