import Diagnostics

/// KB107: an auditor may quote only what was checked; a basis not checked against the
/// published text must say why, and a citation written out in a rule says nothing.
struct UnverifiedBasisCheck: LintCheck {
    static let description = LintCheckDescription(
        code: "KB107", name: "unverified-basis",
        summary: "A basis not checked against the published text gives no reason, or is written out instead of declared.",
        triggering: [
            """
            basis ↓local-rule
              document: 某市项目绩效评价办法
              scope: 全部
              verified: no
            """,
            """
            rule r
              title: 示例
              severity: low
              basis: ↓《项目支出绩效评价管理办法》 财预〔2020〕10号
              message: 示例
              recommendation: 示例
              when:
                indicator(name: ?_n)
              then:
                finding
            """,
        ],
        nonTriggering: [
            """
            basis local-rule
              document: 某市项目绩效评价办法
              scope: 全部
              verified: no
              reason: 未取得印发文件
            """,
            """
            basis checked
              document: 某市项目绩效评价办法
              number: 某财绩〔2024〕1号
              article: 第五条
              scope: 全部
              quote: 自评得分不得超过100分。
              verified: yes
            """,
        ])

    static func check(_ context: LintContext) -> [Diagnostic] {
        let declared = Dictionary(context.knowledge.bases.compactMap { basis in basis.id.map { ($0, basis) } }, uniquingKeysWith: { a, _ in a })
        var diagnostics: [Diagnostic] = []
        for declaration in context.files.flatMap(\.bases) {
            if let basis = declared[declaration.name.value], !basis.verified, basis.reason == nil {
                diagnostics.append(.unverifiedBasis(declaration.name.value, declaration.name.range))
            }
        }
        let fields = context.files.flatMap { $0.rules.flatMap(\.basis) + $0.parameters.flatMap(\.basis) }
        for field in fields where declared[field.text] == nil && PolicyBasis(parsing: field.text) != nil {
            diagnostics.append(.basisWrittenOut(field))
        }
        return diagnostics
    }
}
