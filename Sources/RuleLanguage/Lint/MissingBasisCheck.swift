import Diagnostics

/// KB103: a finding must say which rule of policy it applies.
struct MissingBasisCheck: LintCheck {
    static let description = LintCheckDescription(
        code: "KB103", name: "missing-basis",
        summary: "A rule that reports findings cites no policy document.",
        triggering: [
            """
            rule ↓r
              title: 示例
              severity: low
              message: 示例
              recommendation: 示例
              when:
                indicator(name: ?_n)
              then:
                finding
            """
        ],
        nonTriggering: [
            """
            rule r
              title: 示例
              severity: low
              basis: 《项目支出绩效评价管理办法》 财预〔2020〕10号
              message: 示例
              recommendation: 示例
              when:
                indicator(name: ?_n)
              then:
                finding
            """
        ])

    static func check(_ context: LintContext) -> [Diagnostic] {
        context.analyses.compactMap { analysis in
            guard let rule = analysis.definition, rule.kind == .finding, analysis.declaration.basis.isEmpty else { return nil }
            return .missingBasis(analysis.declaration.id)
        }
    }
}
