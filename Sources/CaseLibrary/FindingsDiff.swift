import Audit
import RuleLanguage

/// What a change of the knowledge base does to the findings of one report: findings
/// only the new rules give, only the old ones gave, and those both give differently.
/// A finding is the same finding when rule, unit and first cited line agree.
public struct FindingsDiff: Sendable {
    public let added: [Finding]
    public let removed: [Finding]
    public let changed: [(old: Finding, new: Finding)]

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }

    public init(old: [Finding], new: [Finding]) {
        func key(_ finding: Finding) -> String {
            "\(finding.rule)\u{0}\(finding.unit)\u{0}\(finding.citations.first?.line ?? 0)"
        }
        var oldByKey: [String: [Finding]] = [:]
        for finding in old { oldByKey[key(finding), default: []].append(finding) }
        var added: [Finding] = []
        var changed: [(Finding, Finding)] = []
        for finding in new {
            guard var candidates = oldByKey[key(finding)], !candidates.isEmpty else {
                added.append(finding)
                continue
            }
            // Prefer the old finding that says the same; otherwise it changed.
            let index = candidates.firstIndex { $0.saysTheSame(as: finding) } ?? 0
            let previous = candidates.remove(at: index)
            oldByKey[key(finding)] = candidates
            if !previous.saysTheSame(as: finding) { changed.append((previous, finding)) }
        }
        self.added = added
        self.removed = old.filter { finding in oldByKey[key(finding)]?.contains { $0.id == finding.id } ?? false }
        self.changed = changed
    }
}

/// What changed between two knowledge bases as written: rules and parameters.
public struct KnowledgeDiff: Sendable {
    public let addedRules: [String]
    public let removedRules: [String]
    /// Rules whose conditions, message, severity, basis or title as written differ (a
    /// title that shows a changed parameter is not a changed rule: the parameter is).
    public let changedRules: [String]
    /// Parameters whose value differs: name, old value, new value (as people write them).
    public let changedParameters: [(name: String, old: String, new: String)]

    public var isEmpty: Bool { addedRules.isEmpty && removedRules.isEmpty && changedRules.isEmpty && changedParameters.isEmpty }

    public init(old: KnowledgeBase, new: KnowledgeBase) {
        let oldRules = Dictionary(old.rules.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let newIDs = Set(new.rules.map(\.id))
        addedRules = new.rules.map(\.id).filter { oldRules[$0] == nil }
        removedRules = old.rules.map(\.id).filter { !newIDs.contains($0) }
        changedRules = new.rules.compactMap { rule in
            guard let previous = oldRules[rule.id] else { return nil }
            let same = previous.conditionTexts.map(\.value) == rule.conditionTexts.map(\.value)
                && previous.message?.source == rule.message?.source && previous.severity == rule.severity
                && previous.basis.map(\.text) == rule.basis.map(\.text) && previous.writtenTitle == rule.writtenTitle
            return same ? nil : rule.id
        }
        let oldParameters = Dictionary(old.parameters.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        changedParameters = new.parameters.compactMap { parameter in
            guard let previous = oldParameters[parameter.name], previous.value != parameter.value else { return nil }
            return (parameter.name, previous.displayValue, parameter.displayValue)
        }
    }
}
