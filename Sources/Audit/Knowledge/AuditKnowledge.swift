import Diagnostics
import ReportReading
import RuleLanguage

/// What an audit takes from knowledge/: the rules, and the reading vocabulary (the words
/// reports use). Both are policy staff's text, loaded, checked and hashed together.
public struct AuditKnowledge: Sendable {
    public let rules: KnowledgeBase
    public let vocabulary: ReadingVocabulary

    public init(rules: KnowledgeBase, vocabulary: ReadingVocabulary) {
        self.rules = rules
        self.vocabulary = vocabulary
    }

    /// A reader with this vocabulary.
    public func reader(maximumSize: Int = ReportReader.defaultMaximumSize) -> ReportReader {
        ReportReader(vocabulary: vocabulary, maximumSize: maximumSize)
    }

    /// Every file read, rules and vocabulary (path → text).
    public var sources: [String: String] { rules.sources.merging(vocabulary.sources) { a, _ in a } }

    public struct Loaded: Sendable {
        public let knowledge: AuditKnowledge
        /// Errors of both, sorted by file and place.
        public let diagnostics: [Diagnostic]
        /// Lint warnings of both, when asked for.
        public let warnings: [Diagnostic]
        public let ruleFiles: [String]
        public let vocabularyFiles: [String]

        public var hasErrors: Bool { diagnostics.hasErrors }
    }

    /// Loads the `.rules` and `.vocab` files under the paths. Reading reports needs the
    /// vocabulary: without it, unless `vocabularyRequired` is false, that is an error (KB213).
    public static func load(paths: [String], relativeTo directory: String? = nil, lint: Bool = false, vocabularyRequired: Bool = true) -> Loaded {
        combine(
            KnowledgeLoader.load(paths: paths, relativeTo: directory, functions: AuditFunctions.library, lint: lint), VocabularyLoader.load(paths: paths, relativeTo: directory),
            lint: lint, places: vocabularyRequired ? paths : nil)
    }

    /// Loads from texts in memory (path, text): `.vocab` paths are vocabulary, the rest rules.
    public static func load(sources: [(path: String, text: String)], lint: Bool = false, place: String) -> Loaded {
        let vocabulary = sources.filter { $0.path.hasSuffix(".vocab") }
        return combine(
            KnowledgeLoader.load(sources: sources.filter { !$0.path.hasSuffix(".vocab") }, functions: AuditFunctions.library, lint: lint),
            VocabularyLoader.load(sources: vocabulary), lint: lint, places: [place])
    }

    /// `places` names where the vocabulary was looked for, when it is required.
    private static func combine(_ rules: KnowledgeLoader.Result, _ words: VocabularyLoader.Result, lint: Bool, places: [String]?) -> Loaded {
        var diagnostics = rules.diagnostics + words.diagnostics
        if let places, words.files.isEmpty, words.diagnostics.isEmpty { diagnostics.append(.vocabularyNotFound(places)) }
        return Loaded(
            knowledge: AuditKnowledge(rules: rules.knowledgeBase, vocabulary: words.vocabulary),
            diagnostics: diagnostics.sortedForDisplay(), warnings: lint ? (rules.warnings + words.warnings).sortedForDisplay() : [],
            ruleFiles: rules.files, vocabularyFiles: words.files)
    }
}
