import Diagnostics
import ArgumentParsing
import CaseLibrary

/// `audit cases list [DIR] [--answers]`: the cases with their title and difficulty; the
/// rules each expects only with --answers, so that a trainee can browse the library
/// without being told what to find.
enum CasesListCommand: AuditCommand {
    static let path = ["cases", "list"]
    static var spec: CommandSpec {
        CommandSpec(
            "list", abstract: localized("列出案例：名称、难度和标题（加 --answers 时还列出预期触发的规则）。", english: "List the cases: name, difficulty and title (and, with --answers, the rules they expect)."),
            arguments: [
                .flag("--answers", help: localized("同时显示每个案例预期触发的规则（供培训者使用）。", english: "Also show the rules each case expects to fire (for trainers).")),
                KnowledgeOption.spec,
                .positional("DIR", help: localized("案例库（默认：cases）。", english: "The case library (default: cases)."), optional: true),
            ])
    }

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitCode {
        guard let knowledge = KnowledgeOption.load(arguments, context: context, readsReports: false)?.rules else { return .inputError }
        let library = CaseOption.load(arguments.value("DIR") ?? CaseOption.defaultPath, knowledge: knowledge, context: context)
        let width = (library.cases.map(\.name.count).max() ?? 4) + 2
        var out = ""
        for item in library.cases {
            let level = TeachingNotes.difficultyWords[item.difficulty] ?? "\(item.difficulty)"
            let rules = Set(item.expected.findings.map(\.rule)).sorted()
            out += padded(item.name, to: width) + padded(level, to: 6) + item.title + "\n"
            if arguments.flag("answers") {
                out += String(repeating: " ", count: width + 6) + (rules.isEmpty ? "（无发现）" : rules.joined(separator: " ")) + "\n"
            }
        }
        out += "\n\(Plural.count(library.cases.count, .case))\n"
        context.standardOutput(out)
        return library.diagnostics.isEmpty ? .success : .inputError
    }
}
