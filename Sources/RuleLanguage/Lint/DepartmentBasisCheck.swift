import Diagnostics

/// KB108: the reports audited are of whole departments as well as of projects; a rule
/// that may judge a 部门整体 report must cite something that governs one, not only the
/// measures for project spending.
struct DepartmentBasisCheck: LintCheck {
    static let description = LintCheckDescription(
        code: "KB108", name: "project-basis-only",
        summary: "A finding rule, which may judge a 部门整体 report, cites only measures for project spending.",
        triggering: [
            """
            basis project-measure
              document: 项目支出绩效评价管理办法
              scope: 项目
              verified: no
              reason: 未核对

            rule ↓r
              title: 示例
              severity: low
              basis: project-measure
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
            basis project-measure
              document: 项目支出绩效评价管理办法
              scope: 项目
              verified: no
              reason: 未核对

            basis department-measure
              document: 部门整体支出绩效评价管理办法
              scope: 部门整体
              verified: no
              reason: 未核对

            rule r
              title: 示例
              severity: low
              basis: project-measure
              basis: department-measure
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
            guard let rule = analysis.definition, rule.kind == .finding, !rule.basis.isEmpty,
                rule.basis.allSatisfy({ $0.scope == .project })
            else { return nil }
            return .projectBasisOnly(analysis.declaration.id)
        }
    }
}
