import Audit

/// `audit explain --format json`: the same tree as data.
public enum ExplanationJSON {
    public static func render(_ explanation: Explanation, plain: PlainExplanation? = nil) -> JSONValue {
        .object(
            [("finding", FindingsJSON.finding(explanation.finding))]
                + (plain.map { [("reasoning", reasoning($0))] } ?? [])
                + [("derivation", step(explanation.step))])
    }

    /// The plain reasoning: each step's sentence and the quotes it rests on.
    static func reasoning(_ plain: PlainExplanation) -> JSONValue {
        .array(
            plain.steps.map { step in
                .object([("sentence", .string(step.sentence)), ("quotes", .array(step.quotes.map(FactsRendering.citation)))])
            })
    }

    static func step(_ step: DerivationStep) -> JSONValue {
        .object([
            ("rule", .string(step.rule)),
            ("title", .string(step.title)),
            ("conditions", .array(step.conditions.map(condition))),
            ("parameters", .array(step.parameters.map(parameter))),
        ])
    }

    static func condition(_ condition: ConditionStep) -> JSONValue {
        .object([("written", .string(condition.written)), ("plain", .string(condition.plain))] + evidence(condition.evidence))
    }

    static func evidence(_ evidence: Evidence) -> [(String, JSONValue)] {
        switch evidence {
        case .fact(let fact): [("matched", "fact"), ("fact", self.fact(fact))]
        case .absent(let checked): [("matched", "absent"), ("checked", values(checked))]
        case .witnesses(let facts): [("matched", "exists"), ("facts", .array(facts.map(fact)))]
        case .aggregate(let value, let members): [("matched", "aggregate"), ("value", .string(value)), ("facts", .array(members.map(fact)))]
        case .test(let values): [("matched", "test"), ("values", self.values(values))]
        }
    }

    static func fact(_ fact: FactStep) -> JSONValue {
        var members: [(String, JSONValue)] = [("kind", .string(fact.template)), ("label", .string(fact.label)), ("slots", values(fact.slots))]
        switch fact.source {
        case .report(let id, let citation):
            members.append(("source", .object([("fact", .string(id)), ("citation", FactsRendering.citation(citation))])))
        case .derived(let step):
            members.append(("derivedBy", self.step(step)))
        case .derivedAbove(let rule):
            members.append(("derivedBy", .object([("rule", .string(rule)), ("shownAbove", .bool(true))])))
        case .given:
            break
        }
        return .object(members)
    }

    static func parameter(_ parameter: ParameterUse) -> JSONValue {
        .object([
            ("name", .string(parameter.name)), ("label", .string(parameter.label)), ("value", .string(parameter.value)),
            ("basis", .array(parameter.basis.map(JSONValue.string))),
        ] + (parameter.rationale.map { [("rationale", JSONValue.string($0))] } ?? []))
    }

    static func values(_ values: [NamedValue]) -> JSONValue {
        .array(values.map { .object([("name", .string($0.name)), ("value", .string($0.value))]) })
    }
}

extension JSONValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
}
