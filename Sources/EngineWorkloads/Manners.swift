import RuleEngine

/// Miss Manners (Brant et al., VLDB 1991) as engine rules: the same eight rules, in
/// the same condition order, as `../shared/bench/manners.clp`, so that the two
/// engines do the same work.
public enum Manners {
    public static let templates: [Template] = [
        Template("guest", slots: [.init("name", .text), .init("sex", .text), .init("hobby", .text)]),
        Template("last-seat", slots: [.init("seat", .number)]),
        Template("counter", slots: [.init("next", .number)]),
        Template("phase", slots: [.init("value", .text)]),
        Template(
            "seating",
            slots: [
                .init("left-seat", .number), .init("left-guest", .text), .init("right-guest", .text),
                .init("right-seat", .number), .init("id", .number), .init("parent-id", .number),
                .init("path-done", .text),
            ]),
        Template("path", slots: [.init("id", .number), .init("guest", .text), .init("seat", .number)]),
        Template("chosen", slots: [.init("id", .number), .init("guest", .text), .init("hobby", .text)]),
    ]

    private static func v(_ name: String) -> RuleExpression { .variable(name) }
    private static func plusOne(_ name: String) -> RuleExpression { .binary(.add, .variable(name), 1) }

    public static let rules: [Rule] = [
        Rule(
            "seat-first-guest",
            when: [
                .pattern(Pattern("phase", [.value("value", "start")], factVariable: "ph")),
                .pattern(Pattern("guest", [.variable("name", "g")])),
                .pattern(Pattern("counter", [.variable("next", "n")], factVariable: "ct")),
            ],
            then: [
                .assert(
                    template: "seating",
                    slots: [
                        .init("left-seat", 1), .init("left-guest", v("g")), .init("right-guest", v("g")),
                        .init("right-seat", 1), .init("id", v("n")), .init("parent-id", 0),
                        .init("path-done", "yes"),
                    ], logical: false),
                .assert(
                    template: "path", slots: [.init("id", v("n")), .init("guest", v("g")), .init("seat", 1)],
                    logical: false),
                .modify(variable: "ct", slots: [.init("next", plusOne("n"))]),
                .modify(variable: "ph", slots: [.init("value", "assign")]),
            ]),
        Rule(
            "pick-neighbour",
            when: [
                .pattern(Pattern("phase", [.value("value", "assign")], factVariable: "ph")),
                .pattern(
                    Pattern(
                        "seating",
                        [
                            .variable("right-seat", "rs"), .variable("right-guest", "last"), .variable("id", "id"),
                            .value("path-done", "yes"),
                        ])),
                .pattern(
                    Pattern("guest", [.variable("name", "last"), .variable("sex", "sx"), .variable("hobby", "h")])),
                .pattern(
                    Pattern(
                        "guest", [.variable("name", "next"), .variable("hobby", "h")],
                        tests: [.binary(.notEqual, .slot("sex"), v("sx"))])),
                .pattern(Pattern("counter", [.variable("next", "n")], factVariable: "ct")),
                .not(Pattern("path", [.variable("id", "id"), .variable("guest", "next")])),
                .not(Pattern("chosen", [.variable("id", "id"), .variable("guest", "next"), .variable("hobby", "h")])),
            ],
            then: [
                .assert(
                    template: "seating",
                    slots: [
                        .init("left-seat", v("rs")), .init("left-guest", v("last")), .init("right-guest", v("next")),
                        .init("right-seat", plusOne("rs")), .init("id", v("n")), .init("parent-id", v("id")),
                        .init("path-done", "no"),
                    ], logical: false),
                .assert(
                    template: "path",
                    slots: [.init("id", v("n")), .init("guest", v("next")), .init("seat", plusOne("rs"))],
                    logical: false),
                .assert(
                    template: "chosen", slots: [.init("id", v("id")), .init("guest", v("next")), .init("hobby", v("h"))],
                    logical: false),
                .modify(variable: "ct", slots: [.init("next", plusOne("n"))]),
                .modify(variable: "ph", slots: [.init("value", "copy-path")]),
            ]),
        Rule(
            "extend-path", salience: 10,
            when: [
                .pattern(Pattern("phase", [.value("value", "copy-path")])),
                .pattern(Pattern("seating", [.variable("id", "id"), .variable("parent-id", "pid"), .value("path-done", "no")])),
                .pattern(Pattern("path", [.variable("id", "pid"), .variable("guest", "g"), .variable("seat", "s")])),
                .not(Pattern("path", [.variable("id", "id"), .variable("guest", "g")])),
            ],
            then: [
                .assert(
                    template: "path", slots: [.init("id", v("id")), .init("guest", v("g")), .init("seat", v("s"))],
                    logical: false)
            ]),
        Rule(
            "close-path",
            when: [
                .pattern(Pattern("phase", [.value("value", "copy-path")], factVariable: "ph")),
                .pattern(Pattern("seating", [.value("path-done", "no")], factVariable: "st")),
            ],
            then: [
                .modify(variable: "st", slots: [.init("path-done", "yes")]),
                .modify(variable: "ph", slots: [.init("value", "check")]),
            ]),
        Rule(
            "finished", salience: 10,
            when: [
                .pattern(Pattern("phase", [.value("value", "check")], factVariable: "ph")),
                .pattern(Pattern("last-seat", [.variable("seat", "ls")])),
                .pattern(Pattern("seating", [.variable("right-seat", "ls")])),
            ],
            then: [.modify(variable: "ph", slots: [.init("value", "report")])]),
        Rule(
            "keep-going",
            when: [.pattern(Pattern("phase", [.value("value", "check")], factVariable: "ph"))],
            then: [.modify(variable: "ph", slots: [.init("value", "assign")])]),
        Rule(
            "report-seat", salience: 10,
            when: [
                .pattern(Pattern("phase", [.value("value", "report")])),
                .pattern(Pattern("seating", [.variable("id", "id"), .variable("right-seat", "ls")])),
                .pattern(Pattern("last-seat", [.variable("seat", "ls")])),
                .pattern(
                    Pattern(
                        "path", [.variable("id", "id"), .variable("guest", "g"), .variable("seat", "s")],
                        factVariable: "p")),
            ],
            then: [
                .retract(variable: "p"),
                .emit(name: "seat", arguments: [.init("seat", v("s")), .init("guest", v("g"))]),
            ]),
        Rule(
            "stop",
            when: [.pattern(Pattern("phase", [.value("value", "report")]))],
            then: [.halt]),
    ]
}

extension Manners {
    /// The seating found by a run: guest by seat, from the `seat` results.
    public static func seating(of engine: Engine) -> [Int: String] {
        var seats: [Int: String] = [:]
        for result in engine.results where result.name == "seat" {
            if case .number(let seat)? = result.argument("seat"), let index = seat.intValue,
                case .text(let guest)? = result.argument("guest")
            {
                seats[index] = guest
            }
        }
        return seats
    }

    /// Runs Miss Manners on parsed facts; returns the engine after the run. Another
    /// rendering of the same program may supply its templates and rules.
    public static func run(
        _ entries: [FactFile.Entry], strategy: ConflictStrategy = .depth,
        templates: [Template] = Manners.templates, rules: [Rule] = Manners.rules
    ) throws -> (Engine, Engine.RunSummary) {
        let engine = Engine(strategy: strategy)
        for template in templates { try engine.declare(template) }
        for rule in rules { try engine.add(rule) }
        for entry in entries { try engine.assert(entry.template, entry.slots) }
        return (engine, try engine.run())
    }
}
