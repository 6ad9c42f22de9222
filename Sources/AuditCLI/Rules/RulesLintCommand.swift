import ArgumentParsing
import Audit
import BuiltInKnowledge
import Diagnostics
import RuleLanguage

/// `audit rules lint [PATH…] [--strict]`
enum RulesLintCommand: AuditCommand {
    static let path = ["rules", "lint"]
    static var spec: CommandSpec {
        CommandSpec(
            "lint", abstract: localized("检查规则库文件、规则和阅读词表：语法、名称、类型、未用或无效的部分、示例。", english: "Check knowledge files, rules and reading vocabulary: syntax, names, types, unused and dead parts, examples."),
            discussion: localized("列出每个问题及其位置。没有问题时退出状态为 0，有错误时为 1（加 --strict 时有警告也为 1）。", english: "Prints every problem with its place. Exits 0 when clean, 1 on errors (and on warnings with --strict)."),
            arguments: [
                .flag("--strict", help: localized("把警告当作错误。", english: "Treat warnings as errors.")),
                .positional(
                    "PATH", help: localized("规则库文件或文件夹（默认：AUDIT_KNOWLEDGE 指定的文件夹，否则为内置规则库）。", english: "Knowledge files or folders (default: the folder AUDIT_KNOWLEDGE names, else the built-in base)."), repeating: true,
                    optional: true),
            ])
    }

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitCode {
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
            var counts = [Plural.count(files, .file), Plural.count(knowledge.rules.count, .rule), Plural.count(knowledge.parameters.count, .parameter)]
            if !result.vocabularyFiles.isEmpty { counts.append(Plural.count(result.knowledge.vocabulary.entryCount, .readingEntry)) }
            let listed = counts.joined(separator: localized("，", english: ", "))
            context.standardOutput(
                localized("\(paths.joined(separator: " "))：\(listed)，没有问题\n", english: "\(paths.joined(separator: " ")): \(listed), no problems\n"))
        } else {
            let (errorCount, warningCount) = (Plural.count(errors, .error), Plural.count(warnings, .warning))
            context.standardOutput(
                localized(
                    "\(paths.joined(separator: " "))：\(errorCount)，\(warningCount)\n",
                    english: "\(paths.joined(separator: " ")): \(errorCount), \(warningCount)\n"))
        }
        if errors > 0 || (arguments.flag("strict") && warnings > 0) { return .findings }
        return .success
    }
}
