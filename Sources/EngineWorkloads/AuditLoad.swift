import ExactDecimal
import RuleEngine

/// A synthetic audit workload shaped like the real one: indicator tables with
/// their rows, weight totals by aggregation, deviations derived per indicator and
/// truth-maintained, negation for missing explanations and categories.
///
/// The data are generated deterministically from the number of indicators, so that
/// runs compare.
public enum AuditLoad {
    public static let templates: [Template] = [
        Template("indicator-table", slots: [.init("id", .number), .init("unit", .text), .init("scheme-total", .number)]),
        Template(
            "indicator",
            slots: [
                .init("table", .number), .init("name", .text), .init("category", .text), .init("operator", .text),
                .init("target", .number), .init("actual", .number), .init("weight", .number),
            ]),
        Template("explanation", slots: [.init("indicator", .text)]),
        Template("deviation", slots: [.init("table", .number), .init("indicator", .text), .init("kind", .text)]),
    ]

    private static func v(_ name: String) -> RuleExpression { .variable(name) }
    private static func n(_ text: String) -> RuleExpression { .constant(.number(Number(text) ?? .zero)) }

    public static let rules: [Rule] = [
        Rule(
            "weight-total",
            when: [
                .pattern(Pattern("indicator-table", [.variable("id", "t"), .variable("scheme-total", "expected")])),
                .aggregate(
                    Aggregation(
                        "total", .sum(v("w")), of: Pattern("indicator", [.variable("table", "t"), .variable("weight", "w")]))),
                .test(.binary(.notEqual, v("total"), v("expected"))),
            ],
            then: [.emit(name: "finding", arguments: [.init("rule", "weight-total"), .init("table", v("t"))])]),
        Rule(
            "derive-shortfall",
            when: [
                .pattern(
                    Pattern(
                        "indicator",
                        [.variable("table", "t"), .variable("name", "i"), .value("operator", "≥"), .variable("target", "target"), .variable("actual", "actual")],
                        tests: [.binary(.less, v("actual"), .binary(.multiply, v("target"), n("0.9")))]))
            ],
            then: [
                .assert(
                    template: "deviation", slots: [.init("table", v("t")), .init("indicator", v("i")), .init("kind", "shortfall")],
                    logical: true)
            ]),
        Rule(
            "derive-far-exceeded",
            when: [
                .pattern(
                    Pattern(
                        "indicator",
                        [.variable("table", "t"), .variable("name", "i"), .variable("target", "target"), .variable("actual", "actual")],
                        tests: [.binary(.greater, v("actual"), .binary(.multiply, v("target"), n("1.3")))]))
            ],
            then: [
                .assert(
                    template: "deviation", slots: [.init("table", v("t")), .init("indicator", v("i")), .init("kind", "exceeded")],
                    logical: true)
            ]),
        Rule(
            "deviation-unexplained",
            when: [
                .pattern(Pattern("deviation", [.variable("table", "t"), .variable("indicator", "i"), .variable("kind", "k")])),
                .not(Pattern("explanation", [.variable("indicator", "i")])),
            ],
            then: [.emit(name: "finding", arguments: [.init("rule", "deviation-unexplained"), .init("indicator", v("i"))])]),
        Rule(
            "category-missing",
            when: [
                .pattern(Pattern("indicator-table", [.variable("id", "t")])),
                .not(Pattern("indicator", [.variable("table", "t"), .value("category", "成本指标")])),
            ],
            then: [.emit(name: "finding", arguments: [.init("rule", "category-missing"), .init("table", v("t"))])]),
        Rule(
            "many-deviations",
            when: [
                .pattern(Pattern("indicator-table", [.variable("id", "t"), .variable("unit", "u")])),
                .aggregate(Aggregation("count", .count, of: Pattern("deviation", [.variable("table", "t")]))),
                .test(.binary(.greater, v("count"), 3)),
            ],
            then: [.emit(name: "finding", arguments: [.init("rule", "many-deviations"), .init("unit", v("u"))])]),
    ]

    /// Indicator tables of 20 rows each; every fact a slot-by-slot function of its index.
    public static func facts(indicators: Int) -> [FactFile.Entry] {
        var entries: [FactFile.Entry] = []
        let tables = max(1, indicators / 20)
        let categories = ["产出指标", "效益指标", "满意度指标", "成本指标"]
        for t in 0..<tables {
            entries.append(FactFile.Entry(template: "indicator-table", slots: [
                "id": .number(Number(t)), "unit": .text("附件\(t + 1)"), "scheme-total": .number(Number(90)),
            ]))
        }
        for i in 0..<indicators {
            let table = i % tables
            let target = 50 + (i * 37) % 200
            let actual = target * (60 + (i * 53) % 90) / 100  // 60 %–149 % of target
            let weight = table % 5 == 0 && i / tables % 20 == 0 ? 10 : (i % 3 == 0 ? 5 : 4)
            entries.append(FactFile.Entry(template: "indicator", slots: [
                "table": .number(Number(table)), "name": .text("指标\(i)"),
                "category": .text(categories[(i / tables) % (table % 4 == 1 ? 3 : 4)]),
                "operator": .text(i % 5 == 0 ? "≤" : "≥"),
                "target": .number(Number(target)), "actual": .number(Number(actual)),
                "weight": .number(Number(weight)),
            ]))
            if i % 4 == 0 {
                entries.append(FactFile.Entry(template: "explanation", slots: ["indicator": .text("指标\(i)")]))
            }
        }
        return entries
    }
}
