/// The knowledge base the binary carries: every file of the package's knowledge/ folder
/// as it was at build time (rules, reading vocabulary, the guide for policy staff),
/// embedded by the EmbedKnowledge build plugin. `--knowledge DIR` or AUDIT_KNOWLEDGE
/// replace it; `audit knowledge export DIR` writes it out to edit.
public enum BuiltInKnowledge {
    /// Paths as in the repository (`knowledge/execution.rules`), in name order.
    public static var files: [(path: String, text: String)] { embeddedFiles }

    /// The files the audit loads: rules and reading vocabulary.
    public static var knowledgeFiles: [(path: String, text: String)] {
        embeddedFiles.filter { $0.path.hasSuffix(".rules") || $0.path.hasSuffix(".vocab") }
    }

    /// How the built-in base is named wherever a knowledge path is shown.
    public static let name = "内置"
}
