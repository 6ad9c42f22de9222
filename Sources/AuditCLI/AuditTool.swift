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
        KnowledgeExportCommand.self,
    ]

    /// Command groups: a name, what it is for, and the commands under it.
    static let groups: [(name: String, abstract: String)] = [
        ("cases", "The case library: test every case, list them, start a new one."),
        ("rules", "Work on the knowledge base: lint, list, show, test the rules and see what a change does."),
        ("knowledge", "The knowledge base built into audit: export it to edit."),
    ]

    static var root: CommandSpec {
        let groupSpecs = groups.map { group in
            CommandSpec(
                group.name, abstract: group.abstract,
                subcommands: commands.filter { $0.path.first == group.name && $0.path.count == 2 }.map { $0.spec })
        }
        return CommandSpec(
            "audit",
            abstract: "Review budget performance self-evaluation reports (绩效自评报告) against audit rules.",
            discussion: """
                Reads a report, extracts its facts with their place in the source, applies the \
                rules of the knowledge base (knowledge/) and explains every finding.
                """,
            subcommands: commands.filter { $0.path.count == 1 }.map { $0.spec } + groupSpecs)
    }

    /// The tool's version and the knowledge base built into it, by the hash every run reports.
    static var versionText: String {
        let loaded = AuditKnowledge.load(sources: BuiltInKnowledge.knowledgeFiles, place: BuiltInKnowledge.name)
        let run = RunInfo(version: version, knowledgePath: BuiltInKnowledge.name, knowledge: loaded.knowledge)
        return "audit \(version)\n规则库 \(BuiltInKnowledge.name)：\(run.ruleCount) 条规则，sha256 \(run.knowledgeSHA256)\n"
    }

    /// Runs a command line (without the program name); returns the exit code.
    public static func run(_ arguments: [String], context: CommandContext) -> Int32 {
        let parser = ArgumentParser(root: root)
        let help = HelpFormatter(root: root)
        // `audit` alone: what it can do, as a usage error (a script that forgot its command fails).
        guard !arguments.isEmpty else {
            context.standardError(help.help([]))
            return ExitCode.usage
        }
        do {
            switch try parser.parse(arguments) {
            case .version:
                context.standardOutput(versionText)
                return ExitCode.success
            case .help(let path):
                context.standardOutput(help.help(path))
                return ExitCode.success
            case .run(let parsed):
                guard let command = commands.first(where: { $0.path == parsed.command }) else {
                    context.standardOutput(help.help(parsed.command))
                    return ExitCode.success
                }
                return try command.run(parsed, context: context)
            }
        } catch {
            let renderer = context.errorRenderer
            context.standardError(renderer.render(error.diagnostic) + help.usage(error.command) + "\n")
            return ExitCode.usage
        }
    }
}

/// A command of `audit`.
protocol AuditCommand: Sendable {
    /// Its words after `audit`: `["rules", "lint"]`.
    static var path: [String] { get }
    static var spec: CommandSpec { get }
    /// Throws for values the parser cannot judge alone (`--max-size abc`).
    static func run(_ arguments: ParsedArguments, context: CommandContext) throws(UsageError) -> Int32
}
