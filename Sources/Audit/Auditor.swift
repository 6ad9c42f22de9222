import ReportReading
import RuleEngine
import RuleLanguage

/// Runs the knowledge base on a report: loads its facts, runs the rules to quiescence,
/// and turns every emitted finding into a `Finding` with its citations.
public struct Auditor: Sendable {
    public let knowledge: KnowledgeBase
    /// What one report may make the engine hold and do (`ResourceLimits.standard`).
    public var limits = ResourceLimits.standard

    public init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
    }

    public func audit(_ read: ReadReport) throws(EngineError) -> DocumentAudit {
        let engine = try knowledge.makeEngine()
        engine.limits = limits
        _ = try FactLoader.load(read.facts, into: engine)
        try engine.run()
        let unitOrder = Dictionary(read.report.units.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let ruleOrder = Dictionary(knowledge.rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let parameters = knowledge.parameterValues
        let unitKinds = Dictionary(read.report.units.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a })
        // The same finding stated twice in a report (a figure repeated in two places) is
        // one finding citing both places.
        var copies: [[Finding]] = []
        var positions: [[String]: Int] = [:]
        for result in engine.standingResults where result.name == KnowledgeBase.findingResult {
            guard let rule = knowledge.rule(result.rule), let severity = rule.severity else { continue }
            let variables = Dictionary(result.arguments.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
            let unit = variables["unit"].flatMap { if case .text(let t) = $0 { t } else { nil } } ?? ""
            let citations = FindingEvidence.citations(engine.derivation(ofResult: result.id), citedConditions: rule.citedConditions)
            let templates = [rule.message, rule.recommendation].compactMap { $0 }
            var draft = Finding(
                id: "", rule: rule.id, severity: severity, title: rule.title, needsReview: rule.needsReview,
                messageTemplate: rule.message, recommendationTemplate: rule.recommendation, bindings: variables,
                parameters: parameters.filter { name, _ in templates.contains { $0.uses(parameter: name) } }, unit: unit,
                citations: citations, basis: Self.basis(rule.basis, for: unitKinds[unit]), resultIDs: [result.id],
                values: Self.values(shownBy: templates, variables: variables, parameters: parameters))
            draft.subject = Self.derivedFacts(matchedBy: engine.firings[result.firing - 1])
            if let position = positions[draft.identity] {
                copies[position].append(draft)
                continue
            }
            positions[draft.identity] = copies.count
            copies.append([draft])
        }
        let drafts = copies.map(Finding.merging)
        // Shown by unit (in report order), then weight, then rule order, then place.
        let sorted = drafts.sorted { a, b in
            let left = (unitOrder[a.unit] ?? Int.max, Self.severityOrder[a.severity] ?? 0, ruleOrder[a.rule] ?? Int.max)
            let right = (unitOrder[b.unit] ?? Int.max, Self.severityOrder[b.severity] ?? 0, ruleOrder[b.rule] ?? Int.max)
            if left != right { return left < right }
            let (lineA, lineB) = (a.citations.first?.line ?? 0, b.citations.first?.line ?? 0)
            if lineA != lineB { return lineA < lineB }
            if a.values != b.values { return a.values.map(\.value).lexicographicallyPrecedes(b.values.map(\.value)) }
            return a.resultIDs.lexicographicallyPrecedes(b.resultIDs)
        }
        var findings = sorted.enumerated().map { index, finding in finding.numbered(index + 1) }
        Self.link(&findings)
        return DocumentAudit(read: read, findings: findings, engine: engine, knowledge: knowledge)
    }

    /// The values the templates show, in their order, each once; thresholds as `$name`.
    static func values(shownBy templates: [MessageTemplate], variables: [String: Value], parameters: [String: Value]) -> [FindingValue] {
        var seen = Set<String>()
        return templates.flatMap(\.parts).compactMap { part -> FindingValue? in
            let (name, value): (String, Value?)
            switch part {
            case .text: return nil
            case .variable(let variable, _, _): (name, value) = (variable, variables[variable])
            case .parameter(let parameter, _): (name, value) = ("$" + parameter, parameters[parameter])
            }
            guard seen.insert(name).inserted else { return nil }
            return FindingValue(name: name, value: value.map { MessageTemplate.format($0) } ?? "")
        }
    }

    /// The derived facts (a deviation, an execution rate) a firing's own conditions matched.
    static func derivedFacts(matchedBy firing: Firing) -> Set<FactID> {
        Set(
            firing.matches.compactMap { match in
                guard case .fact(_, let fact) = match, fact.provenance == nil, fact.template.name != KnowledgeBase.findingTemplate else { return nil }
                return fact.id
            })
    }

    /// Findings resting on the same derived fact name each other.
    static func link(_ findings: inout [Finding]) {
        var sharing: [FactID: [Int]] = [:]  // by derived fact, the findings that rest on it
        for (index, finding) in findings.enumerated() {
            for fact in finding.subject { sharing[fact, default: []].append(index) }
        }
        for index in findings.indices where !findings[index].subject.isEmpty {
            let others = Set(findings[index].subject.flatMap { sharing[$0] ?? [] }).subtracting([index])
            findings[index].related = others.sorted().map { findings[$0].id }
        }
    }

    /// The clauses that govern the unit: a project is not judged by a department-level
    /// measure; a department by its own measure and the project measures it follows.
    static func basis(_ basis: [PolicyBasis], for kind: UnitKind?) -> [PolicyBasis] {
        guard kind == .project else { return basis }
        let fitting = basis.filter { $0.scope != .department }
        return fitting.isEmpty ? basis : fitting
    }

    /// High first.
    static let severityOrder = Dictionary(uniqueKeysWithValues: FindingSeverity.allCases.sorted(by: >).enumerated().map { ($1, $0) })
}

/// One report after the audit: what was read, what was found, and the engine that
/// found it (kept for explanations).
public struct DocumentAudit {
    public let read: ReadReport
    public let findings: [Finding]
    public let engine: Engine
    public let knowledge: KnowledgeBase
    /// The auditor's decisions about this report's findings, from its review file, and
    /// those whose finding the audit no longer gives.
    public private(set) var review = ReviewFile()
    public private(set) var staleDecisions: [ReviewDecision] = []

    /// Takes the decisions of a review file; stale ones are judged against all findings.
    public mutating func attach(_ review: ReviewFile) {
        self.review = review
        staleDecisions = review.stale(given: findings)
    }

    public var file: String { read.report.file }

    public func decision(for finding: Finding) -> ReviewDecision? { review.decision(for: finding) }

    public func finding(_ id: String) -> Finding? { findings.first { $0.id == id } }

    /// The same audit showing only some findings; each keeps its number, so that
    /// `explain 7` still names the seventh finding of the whole audit.
    public func keeping(_ isShown: (Finding) -> Bool) -> DocumentAudit {
        var kept = DocumentAudit(read: read, findings: findings.filter(isShown), engine: engine, knowledge: knowledge)
        kept.review = review
        kept.staleDecisions = staleDecisions
        return kept
    }

    /// Findings by severity, highest first.
    public var counts: [(FindingSeverity, Int)] {
        FindingSeverity.allCases.sorted(by: >).map { severity in (severity, findings.filter { $0.severity == severity }.count) }
    }
}
