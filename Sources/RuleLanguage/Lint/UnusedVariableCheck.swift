import Diagnostics

/// KB101: a variable bound and never read is usually a typo for another one.
struct UnusedVariableCheck: LintCheck {
    static let description = LintCheckDescription(
        code: "KB101", name: "unused-variable",
        summary: "A variable is bound but no condition, action or message reads it.",
        triggering: [
            """
            rule r
              title: 示例
              when:
                indicator(name: ?name, weight: ↓?w)
              then:
                derive note(text: ?name)
            """
        ],
        nonTriggering: [
            """
            rule r
              title: 示例
              when:
                indicator(name: ?name, weight: ?w)
                test ?w > 0
              then:
                derive note(text: ?name)
            """,
            """
            rule r
              title: 示例
              when:
                indicator(name: ?_name)
              then:
                derive note(text: "x")
            """,
        ])

    static func check(_ context: LintContext) -> [Diagnostic] {
        context.analyses.filter { $0.definition != nil }.flatMap { analysis in
            analysis.variables.filter { $0.uses == 0 && !$0.name.value.hasPrefix("_") }.map { .unusedVariable($0.name) }
        }
    }
}
