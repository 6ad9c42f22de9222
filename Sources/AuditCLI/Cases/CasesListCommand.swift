import ArgumentParsing
import CaseLibrary

/// `audit cases list [DIR]`: the cases with their title, difficulty and findings.
enum CasesListCommand: AuditCommand {
    static let path = ["cases", "list"]
    static let spec = CommandSpec(
        "list", abstract: "List the cases: name, difficulty, title and the rules they teach.",
        arguments: [
            KnowledgeOption.spec,
            .positional("DIR", help: "The case library (default: cases).", optional: true),
        ])

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> Int32 {
        guard let knowledge = KnowledgeOption.load(arguments, context: context, readsReports: false)?.rules else { return ExitCode.inputError }
        let library = CaseOption.load(arguments.value("DIR") ?? CaseOption.defaultPath, knowledge: knowledge, context: context)
        let width = (library.cases.map(\.name.count).max() ?? 4) + 2
        var out = ""
        for item in library.cases {
            let level = TeachingNotes.difficultyWords[item.difficulty] ?? "\(item.difficulty)"
            let rules = Set(item.expected.findings.map(\.rule)).sorted()
            out += padded(item.name, to: width) + padded(level, to: 6) + item.title + "\n"
            out += String(repeating: " ", count: width + 6) + (rules.isEmpty ? "（无发现）" : rules.joined(separator: " ")) + "\n"
        }
        out += "\n\(Plural.count(library.cases.count, "case"))\n"
        context.standardOutput(out)
        return library.diagnostics.isEmpty ? ExitCode.success : ExitCode.inputError
    }
}
