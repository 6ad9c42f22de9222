import ReportReading
import RuleEngine
import RuleLanguage

/// Builds explanations from the engine's justifications: a firing's matches become
/// condition steps, and a derived fact leads back to the firing that asserted it.
struct ExplanationBuilder {
    let engine: Engine
    let knowledge: KnowledgeBase
    /// Derived fact versions already expanded (by timestamp): each is shown in full once.
    private var expanded = Set<Int>()

    init(engine: Engine, knowledge: KnowledgeBase) {
        self.engine = engine
        self.knowledge = knowledge
    }

    mutating func step(firing sequence: Int) -> DerivationStep? {
        guard sequence >= 1, sequence <= engine.firings.count else { return nil }
        let firing = engine.firings[sequence - 1]
        guard let rule = knowledge.rule(firing.rule) else { return nil }
        var conditions: [ConditionStep] = []
        for (index, match) in firing.matches.enumerated() {
            let source = index < rule.conditionSources.count ? rule.conditionSources[index] : index
            let written = source < rule.conditionTexts.count ? rule.conditionTexts[source].value : ""
            let plain = source < rule.plainConditions.count ? rule.plainConditions[source] : written
            conditions.append(ConditionStep(written: written, plain: plain, evidence: evidence(match)))
        }
        return DerivationStep(rule: rule.id, title: rule.title, conditions: conditions, parameters: parameters(of: rule))
    }

    mutating func evidence(_ match: ConditionMatch) -> Evidence {
        switch match {
        case .fact(let pattern, let fact): .fact(self.fact(fact, readBy: pattern))
        case .absent(_, let bindings): .absent(checked: bindings.map(named))
        case .exists(let pattern, let witnesses): .witnesses(witnesses.map { self.fact($0, readBy: pattern) })
        case .aggregate(let aggregation, let value, let members):
            .aggregate(value: MessageTemplate.format(value), members: members.map { self.fact($0, readBy: aggregation.pattern) })
        case .test(_, let bindings): .test(values: bindings.map(named))
        }
    }

    /// Slots that say which fact it is, shown even when the condition does not read them.
    static let identifying: Set<String> = ["unit", "name", "item", "heading", "label", "kind", "text", "grade", "score", "year"]

    /// A fact as a condition saw it. A fact read from the report shows the slots the
    /// condition read and those that identify it; a derived fact shows all of its slots.
    mutating func fact(_ fact: Fact, readBy pattern: Pattern? = nil) -> FactStep {
        let definition = knowledge.template(fact.template.name)
        var read = Set(pattern?.slots.map(\.slot) ?? [])
        for test in pattern?.tests ?? [] {
            for case .slot(let slot) in test.leaves { read.insert(slot) }
        }
        let isRead = fact.provenance is SourceFact && pattern != nil
        // An empty text (a default such as 换算说明) says nothing worth a column.
        let slots = fact.slots.filter { slot in
            !slot.value.isAbsent && slot.value != .text("") && (!isRead || read.contains(slot.name) || Self.identifying.contains(slot.name))
        }.map { slot in
            NamedValue(name: definition?.slot(slot.name)?.displayName ?? slot.name, value: display(slot.value))
        }
        let source: FactStep.Source
        if let read = fact.provenance as? SourceFact {
            source = .report(id: read.id, citation: read.citation)
        } else if case .firing(let sequence)? = engine.version(at: fact.timestamp)?.origin {
            if expanded.insert(fact.timestamp).inserted, let step = step(firing: sequence) {
                source = .derived(step)
            } else {
                source = .derivedAbove(rule: engine.firings[sequence - 1].rule)
            }
        } else {
            source = .given
        }
        return FactStep(template: fact.template.name, label: definition?.label ?? fact.template.name, slots: slots, source: source)
    }

    func parameters(of rule: RuleDefinition) -> [ParameterUse] { parameters(named: rule.parameters) }

    func parameters(named names: [String]) -> [ParameterUse] {
        names.compactMap { name in
            knowledge.parameter(name).map { parameter in
                ParameterUse(name: name, label: parameter.label ?? name, value: parameter.displayValue, basis: parameter.basis.map(\.text),
                    rationale: parameter.rationale)
            }
        }
    }

    func named(_ binding: Binding) -> NamedValue {
        NamedValue(name: "?" + binding.name, value: display(binding.value))
    }

    /// A value as a person reads it; a reference names the fact's reader id when it has one.
    func display(_ value: Value) -> String {
        if case .reference(let id) = value {
            if let read = engine.latestVersion(of: id)?.provenance as? SourceFact { return read.id }
            return "#\(id.rawValue)"
        }
        return MessageTemplate.format(value)
    }
}

extension DocumentAudit {
    /// How a finding was derived; nil for an id the run does not have.
    public func explanation(of id: String) -> Explanation? {
        guard let finding = finding(id), let result = finding.resultIDs.first,
            let firing = engine.results.first(where: { $0.id == result })?.firing
        else { return nil }
        var builder = ExplanationBuilder(engine: engine, knowledge: knowledge)
        guard let step = builder.step(firing: firing) else { return nil }
        return Explanation(finding: finding, step: step)
    }
}
