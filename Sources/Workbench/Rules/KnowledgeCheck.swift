import Audit
import Diagnostics
import ReportReading
import RuleLanguage

/// An edit of one knowledge file, checked as `audit rules lint` and `audit rules test`
/// check it: the whole knowledge base loaded with the edited text, its errors and
/// warnings (the same diagnostics, with line, column, caret and did-you-mean), and the
/// examples of the file's rules or words run.
struct KnowledgeCheck {
    struct Example {
        let owner: String
        let title: String
        let line: Int
        let passed: Bool
        /// For a failure: `- expected` and `+ actual` lines, or why it could not run.
        let detail: [String]
    }

    /// The edited file, relative to the knowledge folder, and as diagnostics name it.
    let file: String
    let path: String
    let loaded: AuditKnowledge.Loaded
    let examples: [Example]

    init(_ file: String, text: String, in folder: KnowledgeFolder) {
        self.file = file
        loaded = AuditKnowledge.load(sources: folder.sources(replacing: file, with: text), lint: true, place: folder.name)
        path = folder.name + "/" + file
        examples = loaded.hasErrors ? [] : file.hasSuffix(".vocab") ? Self.wordExamples(loaded.knowledge.vocabulary, path: path) : Self.ruleExamples(loaded.knowledge.rules, path: path)
    }

    /// Errors stop a save; warnings are shown.
    var canSave: Bool { !loaded.hasErrors }

    var errorCount: Int { loaded.diagnostics.filter { $0.severity == .error }.count }

    /// The diagnostics as `audit rules lint` prints them (no colour), the edited file's
    /// first: an error elsewhere is mostly a consequence (a parameter the edit broke).
    var renderedProblems: String {
        let lines = loaded.knowledge.sources.mapValues(SourceLines.split)
        let renderer = DiagnosticRenderer(useColor: false) { lines[$0] }
        let all = loaded.diagnostics + loaded.warnings
        let (here, elsewhere) = (all.filter { $0.range?.file == path }, all.filter { $0.range?.file != path })
        return (here + elsewhere).map { renderer.render($0) }.joined(separator: "\n")
    }

    private static func ruleExamples(_ knowledge: KnowledgeBase, path: String) -> [Example] {
        let runner = ExampleRunner(knowledge: knowledge)
        return knowledge.rules.filter { $0.range.file == path }.flatMap { rule in
            rule.examples.map { example in
                let outcome = runner.run(example, of: rule)
                let (missing, unexpected) = outcome.difference
                let detail = outcome.error.map { [$0] } ?? (missing.map { "- " + $0 } + unexpected.map { "+ " + $0 })
                return Example(owner: rule.id, title: example.title, line: example.range.start.line, passed: outcome.passed, detail: outcome.passed ? [] : detail)
            }
        }
    }

    private static func wordExamples(_ vocabulary: ReadingVocabulary, path: String) -> [Example] {
        VocabularyExamples.run(vocabulary).filter { $0.example.range.file == path }.map { outcome in
            let example = outcome.example
            return Example(
                owner: example.owner, title: example.input + (example.expected.map { " → \($0)" } ?? ""), line: example.range.start.line,
                passed: outcome.passed, detail: outcome.passed ? [] : ["- " + outcome.expected, "+ " + outcome.actual])
        }
    }
}
