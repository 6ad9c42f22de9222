import ArgumentParsing
import CaseLibrary
import Diagnostics
import RuleLanguage

/// The case library folder, shared by `cases`, `train` and `rules diff`.
enum CaseOption {
    static let defaultPath = "cases"

    /// Loads the cases; reports problems in case files (they do not stop the others).
    static func load(_ folder: String, knowledge: KnowledgeBase, context: CommandContext) -> CaseLoader.Result {
        let result = CaseLoader.load(
            folder, relativeTo: context.workingDirectory, knownRules: knowledge.rules.filter { $0.kind == .finding }.map(\.id))
        if !result.diagnostics.isEmpty {
            let renderer = DiagnosticRenderer(useColor: context.errorIsTerminal) { file in
                (try? String(contentsOfFile: context.absolute(file), encoding: .utf8))
                    .map(SourceLines.split)
            }
            context.standardError(renderer.render(result.diagnostics))
        }
        return result
    }
}
