import Diagnostics

/// KB102: a threshold nobody reads suggests a rule lost its link to it.
struct UnusedParameterCheck: LintCheck {
    static let description = LintCheckDescription(
        code: "KB102", name: "unused-parameter",
        summary: "A parameter is declared but no rule or message uses it.",
        triggering: [
            """
            parameter ↓unused-limit
              value: 10
            """
        ],
        nonTriggering: [
            """
            rule r
              title: 示例
              when:
                indicator(weight > $limit)
              then:
                derive note(text: "heavy")
            """
        ])

    static func check(_ context: LintContext) -> [Diagnostic] {
        let used = Set(context.analyses.flatMap(\.parameters))
        return context.files.flatMap(\.parameters)
            .filter { context.knowledge.parameter($0.name.value) != nil && !used.contains($0.name.value) }
            .map { .unusedParameter($0.name) }
    }
}
