import ArgumentParsing
import Audit
import Diagnostics
import RuleLanguage

/// `--rule`, `--severity` and `--unit`: which findings `check` shows, in every format,
/// and counts for its exit status. Repeated options widen the choice; different ones narrow it.
struct FindingFilter {
    static var specs: [ArgumentSpec] {
        [
            .option("--rule", value: "ID", help: localized("只显示这条规则的问题（可重复）。", english: "Show only findings of this rule (repeatable)."), repeating: true),
            .option(
                "--severity", value: "SEVERITY", help: localized("只显示这个严重程度及以上的问题。", english: "Show only findings of this severity or higher."), choices: ["high", "medium", "low"]),
            .option("--unit", value: "UNIT", help: localized("只显示关于这个评价对象的问题，如 部门整体 或 附件3（可重复）。", english: "Show only findings about this unit under review, e.g. 部门整体 or 附件3 (repeatable)."), repeating: true),
        ]
    }

    let rules: Set<String>
    let units: Set<String>
    let minimum: FindingSeverity?

    /// Throws for a rule the knowledge base does not have (with the closest id).
    init(_ arguments: ParsedArguments, knowledge: KnowledgeBase) throws(UsageError) {
        rules = Set(arguments.values("rule"))
        units = Set(arguments.values("unit"))
        minimum = arguments.value("severity").flatMap(FindingSeverity.init(word:))
        let known = knowledge.rules.filter { $0.severity != nil }.map(\.id)
        if let unknown = rules.sorted().first(where: { !known.contains($0) }) {
            throw .unknownFindingRule(unknown, known: known, command: CheckCommand.path)
        }
    }

    var isEmpty: Bool { rules.isEmpty && units.isEmpty && minimum == nil }

    func shows(_ finding: Finding) -> Bool {
        (rules.isEmpty || rules.contains(finding.rule)) && (units.isEmpty || units.contains(finding.unit))
            && (minimum.map { finding.severity >= $0 } ?? true)
    }
}
