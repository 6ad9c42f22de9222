import ArgumentParsing
import Audit
import BuiltInKnowledge
import Diagnostics
import RuleLanguage

/// `audit rules lint [PATH…] [--strict]`
enum RulesLintCommand: AuditCommand {
    static let path = ["rules", "lint"]
    static let spec = CommandSpec(
        "lint", abstract: "Check knowledge files, rules and reading vocabulary: syntax, names, types, unused and dead parts, examples.",
        discussion: "Prints every problem with its place. Exits 0 when clean, 1 on errors (and on warnings with --strict).",
        arguments: [
            .flag("--strict", help: "Treat warnings as errors."),
            .positional(
                "PATH", help: "Knowledge files or folders (default: the folder AUDIT_KNOWLEDGE names, else the built-in base).", repeating: true,
                optional: true),
        ])

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> Int32 {
        var paths = arguments.values("PATH")
        if paths.isEmpty, let folder = KnowledgeOption.environmentFolder(context) { paths = [folder] }
        let result =
            paths.isEmpty
            ? AuditKnowledge.load(sources: BuiltInKnowledge.knowledgeFiles, lint: true, place: BuiltInKnowledge.name)
            : AuditKnowledge.load(paths: paths, relativeTo: context.workingDirectory, lint: true, vocabularyRequired: false)
        if paths.isEmpty { paths = [BuiltInKnowledge.name] }
        let problems = (result.diagnostics + result.warnings).sortedForDisplay()
        if !problems.isEmpty {
            context.standardOutput(KnowledgeOption.render(problems, sources: result.knowledge.sources, color: context.outputIsTerminal) + "\n")
        }
        let errors = problems.filter { $0.severity == .error }.count
        let warnings = problems.count - errors
        let knowledge = result.knowledge.rules
        if problems.isEmpty {
            let files = result.ruleFiles.count + result.vocabularyFiles.count
            let words = result.vocabularyFiles.isEmpty ? "" : ", \(Plural.count(result.knowledge.vocabulary.entryCount, "reading entry", "reading entries"))"
            context.standardOutput(
                "\(paths.joined(separator: " ")): \(Plural.count(files, "file")), \(Plural.count(knowledge.rules.count, "rule")), \(Plural.count(knowledge.parameters.count, "parameter"))\(words), no problems\n")
        } else {
            context.standardOutput("\(paths.joined(separator: " ")): \(Plural.count(errors, "error")), \(Plural.count(warnings, "warning"))\n")
        }
        if errors > 0 || (arguments.flag("strict") && warnings > 0) { return ExitCode.findings }
        return ExitCode.success
    }
}
