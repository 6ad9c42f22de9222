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
            help: localized("规则库：包含 .rules 文件和阅读词表（.vocab）的文件夹。默认：AUDIT_KNOWLEDGE 指定的文件夹，否则为 audit 内置的规则库。", english: "The knowledge base: a folder of .rules files and the reading vocabulary (.vocab). Default: the folder AUDIT_KNOWLEDGE names, else the base built into audit."))
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
                reportErrors(result.diagnostics, sources: result.knowledge.sources, in: ("内置规则库", "the built-in knowledge base"), path: "", context: context)
                return nil
            }
            return result.knowledge
        }
        let result = AuditKnowledge.load(paths: [path], relativeTo: context.workingDirectory, vocabularyRequired: readsReports)
        if result.ruleFiles.isEmpty, !result.diagnostics.contains(where: { $0.code == "KB042" }) {
            context.standardError(
                context.errorRenderer.render(
                    Diagnostic.folderWithoutRules(path)))
            return nil
        }
        guard !result.hasErrors else {
            reportErrors(result.diagnostics, sources: result.knowledge.sources, in: ("规则库", "the knowledge base"), path: path, context: context)
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
            reportErrors(result.diagnostics, sources: result.vocabulary.sources, in: ("阅读词表", "the reading vocabulary"), path: path ?? "", context: context)
            return nil
        }
        return result.vocabulary
    }

    /// Prints the errors that keep the knowledge base from being used, and what to run.
    private static func reportErrors(_ diagnostics: [Diagnostic], sources: [String: String], in what: (chinese: String, english: String), path: String, context: CommandContext) {
        context.standardError(render(diagnostics, sources: sources, color: context.errorIsTerminal))
        let errors = diagnostics.filter { $0.severity == .error }.count
        let lint = "audit rules lint" + (path.isEmpty ? "" : " " + path)
        context.standardError(
            localized(
                "\(what.chinese)有 \(Plural.count(errors, .error))，请先改正（见 '\(lint)'）\n",
                english: "\(Plural.count(errors, .error)) in \(what.english); fix them first (see '\(lint)')\n"))
    }

    static func render(_ diagnostics: [Diagnostic], sources: [String: String], color: Bool) -> String {
        let lines = sources.mapValues(SourceLines.split)
        let renderer = DiagnosticRenderer(useColor: color) { file in lines[file] }
        return diagnostics.map { renderer.render($0) }.joined(separator: "\n")
    }
}

/// "3 条规则" / "3 rules": a count with its noun, in the current language.
enum Plural {
    enum Noun {
        case rule, example, report, readingEntry, file, error, warning, finding, parameter, `case`

        /// The Chinese measure word and noun, and the English singular and plural.
        var words: (chinese: String, singular: String, plural: String) {
            switch self {
            case .rule: ("条规则", "rule", "rules")
            case .example: ("个示例", "example", "examples")
            case .report: ("份报告", "report", "reports")
            case .readingEntry: ("个阅读用词", "reading entry", "reading entries")
            case .file: ("个文件", "file", "files")
            case .error: ("个错误", "error", "errors")
            case .warning: ("个警告", "warning", "warnings")
            case .finding: ("项发现", "finding", "findings")
            case .parameter: ("个参数", "parameter", "parameters")
            case .case: ("个案例", "case", "cases")
            }
        }
    }

    static func count(_ n: Int, _ noun: Noun) -> String {
        let words = noun.words
        return localized("\(n) \(words.chinese)", english: "\(n) \(n == 1 ? words.singular : words.plural)")
    }
}

/// Pads text to a column width as a terminal shows it (Chinese counts double).
func padded(_ text: String, to width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
}
