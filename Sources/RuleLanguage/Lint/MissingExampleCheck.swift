import Diagnostics

/// KB104: every rule shows, by example, a case where it fires and one where it stays quiet.
struct MissingExampleCheck: LintCheck {
    static let description = LintCheckDescription(
        code: "KB104", name: "missing-example",
        summary: "A rule lacks an example on which it fires, or one on which it stays quiet.",
        triggering: [
            """
            rule ↓r
              title: 示例
              when:
                indicator(name: ?n)
              then:
                derive note(text: ?n)
              example: 有指标
                given:
                  indicator(name: "a")
                expect: note(text: "a")
            """
        ],
        nonTriggering: [
            """
            rule r
              title: 示例
              when:
                indicator(name: ?n)
              then:
                derive note(text: ?n)
              example: 有指标
                given:
                  indicator(name: "a")
                expect: note(text: "a")
              example: 没有指标
                expect: nothing
            """
        ])

    static func check(_ context: LintContext) -> [Diagnostic] {
        context.analyses.flatMap { analysis -> [Diagnostic] in
            guard let rule = analysis.definition else { return [] }
            var missing: [Diagnostic] = []
            if !rule.examples.contains(where: { !$0.expectsNothing }) {
                missing.append(.missingExample(analysis.declaration.id, fires: true))
            }
            if !rule.examples.contains(where: \.expectsNothing) {
                missing.append(.missingExample(analysis.declaration.id, fires: false))
            }
            return missing
        }
    }
}
