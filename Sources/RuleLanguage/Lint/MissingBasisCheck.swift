import Diagnostics

/// KB103: a finding must say which rule of policy it applies, and a threshold where its
/// value comes from: a document, or the reasoning behind a rule of thumb.
struct MissingBasisCheck: LintCheck {
    static let description = LintCheckDescription(
        code: "KB103", name: "missing-basis",
        summary: "A rule that reports findings cites no policy document; a parameter gives neither basis nor rationale.",
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
            """,
            """
            parameter ↓tolerance
              value: 0.5
            """,
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
            """,
            """
            parameter tolerance
              value: 0.5
              rationale: 得分保留一位小数，相差半分以内按舍入处理
            """,
        ])

    static func check(_ context: LintContext) -> [Diagnostic] {
        let rules = context.analyses.compactMap { analysis -> Diagnostic? in
            guard let rule = analysis.definition, rule.kind == .finding, analysis.declaration.basis.isEmpty else { return nil }
            return .missingBasis(analysis.declaration.id)
        }
        let parameters = context.files.flatMap(\.parameters).filter { $0.basis.isEmpty && $0.rationale == nil }.map { Diagnostic.missingRationale($0.name) }
        return rules + parameters
    }
}
