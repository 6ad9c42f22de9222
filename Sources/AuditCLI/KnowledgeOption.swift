import ArgumentParsing
import Audit
import Diagnostics
import Foundation
import ReportReading
import RuleLanguage

/// `--knowledge DIR`, shared by every command that reads the rules.
enum KnowledgeOption {
    static let defaultPath = "knowledge"

    static var spec: ArgumentSpec {
        .option(
            "--knowledge", "-k", value: "DIR", help: "The knowledge base: a folder of .rules files and the reading vocabulary (.vocab).",
            default: defaultPath)
    }

    /// Loads the knowledge base, rules and reading vocabulary; on errors prints them and
    /// returns nil. Commands that read reports need the vocabulary; those that only show
    /// or test rules do not.
    static func load(_ arguments: ParsedArguments, context: CommandContext, readsReports: Bool = true) -> AuditKnowledge? {
        let path = arguments.value("knowledge") ?? defaultPath
        let result = AuditKnowledge.load(paths: [path], relativeTo: context.workingDirectory, vocabularyRequired: readsReports)
        if result.ruleFiles.isEmpty, !result.diagnostics.contains(where: { $0.code == "KB042" }) {
            context.standardError(
                context.errorRenderer.render(
                    Diagnostic(code: "KB042", message: "no .rules files in \(path)", help: "pass the knowledge folder with --knowledge DIR")))
            return nil
        }
        guard !result.hasErrors else {
            reportErrors(result.diagnostics, sources: result.knowledge.sources, in: "the knowledge base", path: path, context: context)
            return nil
        }
        return result.knowledge
    }

    /// Loads only the reading vocabulary, for commands that read reports without
    /// auditing them; on errors prints them and returns nil.
    static func loadVocabulary(_ arguments: ParsedArguments, context: CommandContext) -> ReadingVocabulary? {
        let path = arguments.value("knowledge") ?? defaultPath
        let result = VocabularyLoader.load(paths: [path], relativeTo: context.workingDirectory)
        if result.files.isEmpty, result.diagnostics.isEmpty {
            context.standardError(context.errorRenderer.render(.vocabularyNotFound([path])))
            return nil
        }
        guard !result.hasErrors else {
            reportErrors(result.diagnostics, sources: result.vocabulary.sources, in: "the reading vocabulary", path: path, context: context)
            return nil
        }
        return result.vocabulary
    }

    /// Prints the errors that keep the knowledge base from being used, and what to run.
    private static func reportErrors(_ diagnostics: [Diagnostic], sources: [String: String], in what: String, path: String, context: CommandContext) {
        context.standardError(render(diagnostics, sources: sources, color: context.errorIsTerminal))
        let errors = diagnostics.filter { $0.severity == .error }.count
        context.standardError("\(Plural.count(errors, "error")) in \(what); fix them first (see 'audit rules lint \(path)')\n")
    }

    static func render(_ diagnostics: [Diagnostic], sources: [String: String], color: Bool) -> String {
        let lines = sources.mapValues(SourceLines.split)
        let renderer = DiagnosticRenderer(useColor: color) { file in lines[file] }
        return diagnostics.map { renderer.render($0) }.joined(separator: "\n")
    }
}

/// "1 error", "3 warnings", "2 reading entries".
enum Plural {
    static func count(_ n: Int, _ noun: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? noun : plural ?? noun + "s")"
    }
}

/// Pads text to a column width as a terminal shows it (Chinese counts double).
func padded(_ text: String, to width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
}
