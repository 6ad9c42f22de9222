import Diagnostics

/// KB109: a title that writes out a threshold ("结余率超过10%") goes stale when policy
/// staff change the parameter; `{$balance-rate-limit}` in the title cannot.
struct TitleRestatesParameterCheck: LintCheck {
    static let description = LintCheckDescription(
        code: "KB109", name: "title-restates-parameter",
        summary: "A rule's title writes out the value of a parameter the rule uses, instead of naming it.",
        triggering: [
            """
            rule r
              title: 权重超过↓10
              when:
                indicator(name: ?_n, weight > $limit)
              then:
                derive note(text: "heavy")
            """
        ],
        nonTriggering: [
            """
            rule r
              title: 权重超过{$limit}
              when:
                indicator(name: ?_n, weight > $limit)
              then:
                derive note(text: "heavy")
            """,
            """
            rule r
              title: 权重超过100
              when:
                indicator(name: ?_n, weight > $limit)
              then:
                derive note(text: "heavy")
            """,
        ])

    static func check(_ context: LintContext) -> [Diagnostic] {
        context.analyses.compactMap { analysis in
            guard let title = analysis.declaration.title else { return nil }
            let characters = Array(title.text)
            for name in analysis.parameters {
                guard let parameter = context.knowledge.parameter(name), case .number = parameter.value else { continue }
                let value = Array(MessageTemplate.format(parameter.value))
                if let offset = standalone(value, unit: parameter.unit, in: characters) {
                    var range = title.range
                    range.start.column += offset
                    range.end.column = range.start.column + value.count
                    return .titleRestatesParameter(name, value: String(value), range)
                }
            }
            return nil
        }
    }

    /// Where the number stands alone in the title (not as part of 100 or 1.05), followed
    /// by the parameter's unit when it has one (a 100% cap is not 100分).
    private static func standalone(_ number: [Character], unit: String?, in title: [Character]) -> Int? {
        guard number.count <= title.count else { return nil }
        for start in 0...(title.count - number.count) where Array(title[start..<start + number.count]) == number {
            let before = start > 0 ? title[start - 1] : " "
            let rest = String(title[(start + number.count)...])
            let after = rest.first ?? " "
            guard !before.isNumber, before != ".", !after.isNumber, after != "." else { continue }
            if let unit, !unit.isEmpty, !rest.drop(while: { $0 == " " }).hasPrefix(unit) { continue }
            return start
        }
        return nil
    }
}
