import Checksums
import RuleLanguage
import ReportReading

/// What it takes to reproduce a run: the tool's version and the exact knowledge base
/// (the inputs' digests are on each document).
public struct RunInfo: Sendable {
    public let tool: String
    public let version: String
    /// Where the knowledge base was read from, as given.
    public let knowledgePath: String
    /// SHA-256 over the knowledge files (by file name, then content), so the same rules
    /// give the same hash wherever they were read from.
    public let knowledgeSHA256: String
    public let ruleCount: Int

    /// Values as given: for tests that pin rendered output whatever the rules' hash.
    public init(tool: String = "audit", version: String, knowledgePath: String, knowledgeSHA256: String, ruleCount: Int) {
        self.tool = tool
        self.version = version
        self.knowledgePath = knowledgePath
        self.knowledgeSHA256 = knowledgeSHA256
        self.ruleCount = ruleCount
    }

    /// SHA-256 over the knowledge files (by file name, then content): the rules and the
    /// reading vocabulary, since both decide the findings.
    public init(tool: String = "audit", version: String, knowledgePath: String, knowledge: AuditKnowledge) {
        self.tool = tool
        self.version = version
        self.knowledgePath = knowledgePath
        ruleCount = knowledge.rules.rules.count
        var hasher = SHA256()
        let files = knowledge.sources.map { (name: $0.key.split(separator: "/").last.map(String.init) ?? $0.key, text: $0.value) }
        for file in files.sorted(by: { ($0.name, $0.text) < ($1.name, $1.text) }) {
            hasher.update(Array(file.name.utf8) + [0] + Array(file.text.utf8) + [0])
        }
        knowledgeSHA256 = hasher.finishHex()
    }
}
