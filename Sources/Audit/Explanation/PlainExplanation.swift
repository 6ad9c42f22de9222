import ReportReading
import RuleEngine
import RuleLanguage

/// How a finding was reached, for an auditor: one plain sentence per step of the
/// reasoning, premises first, each with the report's words it rests on, and the
/// thresholds used with where their values come from. Built from the same engine
/// justifications as the detailed explanation; text is only a rendering of it.
public struct PlainExplanation: Sendable {
    public let finding: Finding
    public let steps: [PlainStep]
    /// Every threshold the reasoning used.
    public let parameters: [ParameterUse]
}

/// One step: what a rule concluded, with the report's values, and the quotes it read.
public struct PlainStep: Sendable {
    public let sentence: String
    public let quotes: [Citation]
}

struct PlainExplanationBuilder {
    let engine: Engine
    let knowledge: KnowledgeBase
    private var steps: [PlainStep] = []
    /// The thresholds the steps used, in order of first use.
    private(set) var usedParameters: [String] = []
    private var done = Set<Int>()
    /// Each quote is shown under the first step that read it.
    private var quoted = Set<Citation>()

    init(engine: Engine, knowledge: KnowledgeBase) {
        self.engine = engine
        self.knowledge = knowledge
    }

    mutating func explain(_ finding: Finding, result: EmittedResult) -> PlainExplanation {
        let variables = Dictionary(result.arguments.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
        visit(firing: result.firing, conclusion: variables, derived: nil, finding: finding)
        let uses = ExplanationBuilder(engine: engine, knowledge: knowledge).parameters(named: usedParameters)
        return PlainExplanation(finding: finding, steps: steps, parameters: uses)
    }

    /// The premises of a firing first, then the firing's own sentence.
    private mutating func visit(firing sequence: Int, conclusion: [String: Value]?, derived: Fact?, finding: Finding?) {
        guard done.insert(sequence).inserted, sequence >= 1, sequence <= engine.firings.count else { return }
        let firing = engine.firings[sequence - 1]
        guard let rule = knowledge.rule(firing.rule) else { return }
        let quotes = read(firing.matches)
        for name in rule.parameters where !usedParameters.contains(name) { usedParameters.append(name) }
        var values = Dictionary(firing.bindings.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
        for binding in rule.lets where values[binding.name] == nil {
            let value = try? binding.expression.evaluate { leaf in
                if case .variable(let variable) = leaf { return values[variable] ?? .absent }
                return .absent
            }
            values[binding.name] = value ?? .absent
        }
        for slot in derived?.slots ?? [] where values[slot.name] == nil { values[slot.name] = slot.value }
        for (name, value) in conclusion ?? [:] { values[name] = value }
        let sentence: String
        if let template = rule.explanation {
            sentence = template.render(variables: values, parameters: knowledge.parameterValues)
        } else if let finding {
            let message = finding.messageTemplate?.render(variables: finding.bindings, parameters: finding.parameters) ?? ""
            sentence = "判定为“\(finding.title)”" + (message.isEmpty ? "" : "：" + message)
        } else {
            sentence = rule.title
        }
        steps.append(PlainStep(sentence: sentence, quotes: unquoted(quotes)))
    }

    /// What conditions matched: the steps behind each derived fact are added; the report's
    /// words read directly are returned.
    mutating func read(_ matches: [ConditionMatch]) -> [Citation] {
        var quotes: [Citation] = []
        for match in matches {
            let facts: [Fact]
            var pattern: Pattern?
            switch match {
            case .fact(let read, let fact): (facts, pattern) = ([fact], read)
            case .aggregate(_, _, let members), .exists(_, let members): facts = members
            case .absent, .test: facts = []
            }
            for fact in facts { quotes += read(fact, pattern: pattern) }
        }
        return quotes
    }

    /// One fact: its quote when the report states it, else the steps that derived it.
    mutating func read(_ fact: Fact, pattern: Pattern? = nil) -> [Citation] {
        if let source = fact.provenance as? SourceFact {
            var quotes = source.kind == "report" ? [] : [source.citation]
            if let pattern { quotes += FindingEvidence.outside(source, read: pattern) }
            return quotes
        }
        if fact.template.name != KnowledgeBase.findingTemplate, case .firing(let origin)? = engine.version(at: fact.timestamp)?.origin {
            visit(firing: origin, conclusion: nil, derived: fact, finding: nil)
        }
        return []
    }

    /// The quotes not yet shown under an earlier step, in file order.
    mutating func unquoted(_ quotes: [Citation]) -> [Citation] {
        Citation.ordered(quotes).filter { quoted.insert($0).inserted }
    }

    /// The steps gathered so far, handed over and forgotten.
    mutating func takeSteps() -> [PlainStep] {
        defer { steps = [] }
        return steps
    }
}

extension DocumentAudit {
    /// How a finding was reached, in plain sentences; nil for an id the run does not have.
    public func plainExplanation(of id: String) -> PlainExplanation? {
        guard let finding = finding(id), let first = finding.resultIDs.first,
            let result = engine.results.first(where: { $0.id == first })
        else { return nil }
        var builder = PlainExplanationBuilder(engine: engine, knowledge: knowledge)
        return builder.explain(finding, result: result)
    }
}
