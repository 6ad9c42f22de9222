import ArgumentParsing
import Diagnostics
import Foundation
import RuleLanguage

/// `--knowledge DIR`, shared by every command that reads the rules.
enum KnowledgeOption {
    static let defaultPath = "knowledge"

    static var spec: ArgumentSpec {
        .option("--knowledge", "-k", value: "DIR", help: "The knowledge base: a folder of .rules files.", default: defaultPath)
    }

    /// Loads the knowledge base; on errors prints them and returns nil.
    static func load(_ arguments: ParsedArguments, context: CommandContext) -> KnowledgeBase? {
        let path = arguments.value("knowledge") ?? defaultPath
        let result = KnowledgeLoader.load(paths: [path], relativeTo: context.workingDirectory)
        if result.files.isEmpty, result.diagnostics.isEmpty {
            context.standardError(
                context.errorRenderer.render(
                    Diagnostic(code: "KB042", message: "no .rules files in \(path)", help: "pass the knowledge folder with --knowledge DIR")))
            return nil
        }
        guard !result.hasErrors else {
            context.standardError(render(result.diagnostics, sources: result.knowledgeBase.sources, color: context.errorIsTerminal))
            context.standardError("\(Plural.count(result.diagnostics.filter { $0.severity == .error }.count, "error")) in the knowledge base; fix them first (see 'audit rules lint \(path)')\n")
            return nil
        }
        return result.knowledgeBase
    }

    static func render(_ diagnostics: [Diagnostic], sources: [String: String], color: Bool) -> String {
        let lines = sources.mapValues(SourceLines.split)
        let renderer = DiagnosticRenderer(useColor: color) { file in lines[file] }
        return diagnostics.map { renderer.render($0) }.joined(separator: "\n")
    }
}

/// "1 error", "3 warnings".
enum Plural {
    static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}

/// Pads text to a column width as a terminal shows it (Chinese counts double).
func padded(_ text: String, to width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
}
