import ArgumentParsing
import Audit
import BuiltInKnowledge
import Diagnostics
import Foundation
import ReportReading
import RuleLanguage

/// `--knowledge DIR`, shared by every command that reads the rules. Without it the
/// folder named by AUDIT_KNOWLEDGE is read, and without that the knowledge base built
/// into the binary.
enum KnowledgeOption {
    static let environmentVariable = "AUDIT_KNOWLEDGE"
    /// The folder policy staff edit in a repository, for the commands about edits (rules diff).
    static let editedFolder = "knowledge"

    static var spec: ArgumentSpec {
        .option(
            "--knowledge", "-k", value: "DIR",
            help: "The knowledge base: a folder of .rules files and the reading vocabulary (.vocab). Default: the folder AUDIT_KNOWLEDGE names, else the base built into audit.")
    }

    /// The folder to read, or nil for the built-in base.
    static func folder(_ arguments: ParsedArguments, context: CommandContext) -> String? {
        arguments.value("knowledge") ?? environmentFolder(context)
    }

    /// The folder AUDIT_KNOWLEDGE names, if set and not empty.
    static func environmentFolder(_ context: CommandContext) -> String? {
        context.environment[environmentVariable].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// How a run names its knowledge base: the folder, or 内置.
    static func name(_ arguments: ParsedArguments, context: CommandContext) -> String {
        folder(arguments, context: context) ?? BuiltInKnowledge.name
    }

    /// Loads the knowledge base, rules and reading vocabulary; on errors prints them and
    /// returns nil. Commands that read reports need the vocabulary; those that only show
    /// or test rules do not.
    static func load(_ arguments: ParsedArguments, context: CommandContext, readsReports: Bool = true) -> AuditKnowledge? {
        guard let path = folder(arguments, context: context) else {
            let result = AuditKnowledge.load(sources: BuiltInKnowledge.knowledgeFiles, place: BuiltInKnowledge.name)
            guard !result.hasErrors else {
                reportErrors(result.diagnostics, sources: result.knowledge.sources, in: "the built-in knowledge base", path: "", context: context)
                return nil
            }
            return result.knowledge
        }
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
        let path = folder(arguments, context: context)
        let result: VocabularyLoader.Result
        if let path {
            result = VocabularyLoader.load(paths: [path], relativeTo: context.workingDirectory)
            if result.files.isEmpty, result.diagnostics.isEmpty {
                context.standardError(context.errorRenderer.render(.vocabularyNotFound([path])))
                return nil
            }
        } else {
            result = VocabularyLoader.load(sources: BuiltInKnowledge.knowledgeFiles.filter { $0.path.hasSuffix(".vocab") })
        }
        guard !result.hasErrors else {
            reportErrors(result.diagnostics, sources: result.vocabulary.sources, in: "the reading vocabulary", path: path ?? "", context: context)
            return nil
        }
        return result.vocabulary
    }

    /// Prints the errors that keep the knowledge base from being used, and what to run.
    private static func reportErrors(_ diagnostics: [Diagnostic], sources: [String: String], in what: String, path: String, context: CommandContext) {
        context.standardError(render(diagnostics, sources: sources, color: context.errorIsTerminal))
        let errors = diagnostics.filter { $0.severity == .error }.count
        context.standardError("\(Plural.count(errors, "error")) in \(what); fix them first (see 'audit rules lint\(path.isEmpty ? "" : " " + path)')\n")
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
