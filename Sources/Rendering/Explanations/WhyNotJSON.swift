import Audit

/// `audit why-not --format json`.
public enum WhyNotJSON {
    public static func render(_ answer: WhyNotExplanation) -> JSONValue {
        .object([
            ("rule", .string(answer.rule)),
            ("title", .string(answer.title)),
            ("unit", answer.unit.map(JSONValue.string) ?? .null),
            ("conditions", .array(answer.conditions.map(JSONValue.string))),
            ("findings", .array(answer.findings.map { FindingsJSON.finding($0) })),
            ("matched", .bool(answer.matched)),
            ("candidates", .array(answer.candidates.map(candidate))),
            ("truncated", .bool(answer.truncated)),
            ("parameters", .array(answer.parameters.map(ExplanationJSON.parameter))),
        ])
    }

    static func candidate(_ candidate: WhyNotExplanation.Candidate) -> JSONValue {
        .object([
            ("satisfied", .array(candidate.satisfied.map(ExplanationJSON.condition))),
            (
                "failing",
                .object([("written", .string(candidate.failing.written)), ("plain", .string(candidate.failing.plain))] + reason(candidate.failing.reason))
            ),
        ])
    }

    static func reason(_ reason: WhyNotExplanation.Reason) -> [(String, JSONValue)] {
        switch reason {
        case .noFacts(let label): [("reason", "no-facts"), ("kind", .string(label))]
        case .noCandidate(let tried, let rejections):
            [
                ("reason", "no-candidate"), ("tried", .number(tried)),
                (
                    "closest",
                    .array(rejections.map { .object([("fact", ExplanationJSON.fact($0.fact)), ("failed", .string($0.comparison))]) })
                ),
            ]
        case .blocked(let fact): [("reason", "blocked"), ("fact", ExplanationJSON.fact(fact))]
        case .noAggregateValue(let members): [("reason", "no-aggregate-value"), ("members", .number(members))]
        case .testFailed(let comparison): [("reason", "test-failed"), ("comparison", .string(comparison))]
        }
    }
}
