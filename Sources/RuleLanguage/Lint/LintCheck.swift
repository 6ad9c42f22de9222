import Diagnostics
import RuleEngine

/// One lint check: a stable code, what it looks for, and knowledge snippets on which
/// it must warn (at each `↓`) and must not. The snippets are its tests and its
/// documentation.
protocol LintCheck: Sendable {
    static var description: LintCheckDescription { get }
    static func check(_ context: LintContext) -> [Diagnostic]
}

public struct LintCheckDescription: Sendable {
    public let code: String
    public let name: String
    public let summary: String
    /// Snippets that must draw the warning exactly where `↓` stands.
    public let triggering: [String]
    /// Snippets that must not draw it.
    public let nonTriggering: [String]
}

/// What the checks see: the files as written, the compiled knowledge base, and what
/// the compiler learned about each rule.
struct LintContext {
    let files: [KnowledgeFile]
    let knowledge: KnowledgeBase
    let analyses: [RuleAnalysis]
}

/// Runs every check.
struct Linter {
    static let checks: [any LintCheck.Type] = [
        UnusedVariableCheck.self, UnusedParameterCheck.self, MissingBasisCheck.self, MissingExampleCheck.self,
        NeverHoldsCheck.self, SameFactsCheck.self, UnverifiedBasisCheck.self, DepartmentBasisCheck.self, TitleRestatesParameterCheck.self,
        DerivationCycleCheck.self,
    ]

    public static var descriptions: [LintCheckDescription] { checks.map { $0.description } }

    let files: [KnowledgeFile]
    let knowledge: KnowledgeBase
    let analyses: [RuleAnalysis]

    func run() -> [Diagnostic] {
        let context = LintContext(files: files, knowledge: knowledge, analyses: analyses)
        return Self.checks.flatMap { $0.check(context) }
    }
}

extension KnowledgeLoader {
    /// The lint checks, for documentation and tests.
    public static var lintChecks: [LintCheckDescription] { Linter.descriptions }
}
