import Diagnostics
import RuleEngine

/// KB106: two finding rules that match exactly the same facts in every example are
/// the same check twice, or lack the example that tells them apart.
struct SameFactsCheck: LintCheck {
    static let description = LintCheckDescription(
        code: "KB106", name: "same-facts",
        summary: "Two finding rules fire on exactly the same facts in every example.",
        triggering: [
            """
            rule a
              title: 甲
              severity: low
              message: 甲
              recommendation: 甲
              when:
                indicator(weight > 50)
              then:
                finding
              example: 大
                given:
                  indicator(weight: 60)
                expect: "甲"
            rule ↓b
              title: 乙
              severity: low
              message: 乙
              recommendation: 乙
              when:
                indicator(weight >= 51)
              then:
                finding
              example: 大
                given:
                  indicator(weight: 70)
                expect: "乙"
            """
        ],
        nonTriggering: [
            """
            rule a
              title: 甲
              severity: low
              message: 甲
              recommendation: 甲
              when:
                indicator(weight > 50)
              then:
                finding
              example: 大
                given:
                  indicator(weight: 60)
                expect: "甲"
            rule b
              title: 乙
              severity: low
              message: 乙
              recommendation: 乙
              when:
                indicator(weight > 55)
              then:
                finding
              example: 不够大
                given:
                  indicator(weight: 53)
                expect: nothing
            """
        ])

    static func check(_ context: LintContext) -> [Diagnostic] {
        let findingRules = context.knowledge.rules.filter { $0.kind == .finding }
        guard findingRules.count > 1 else { return [] }
        let runner = ExampleRunner(knowledge: context.knowledge)
        // For each example run, the fact sets each finding rule matched.
        var runs: [[String: Set<[FactID]>]] = []
        for rule in context.knowledge.rules {
            for example in rule.examples {
                guard let (engine, _) = try? runner.run(example) else { continue }
                var matched: [String: Set<[FactID]>] = [:]
                for candidate in findingRules {
                    matched[candidate.id] = Set((try? engine.matches(of: candidate.id))?.map(\.facts) ?? [])
                }
                runs.append(matched)
            }
        }
        var diagnostics: [Diagnostic] = []
        for (i, first) in findingRules.enumerated() {
            for second in findingRules[(i + 1)...] {
                let fires = runs.contains { !($0[first.id] ?? []).isEmpty }
                let same = runs.allSatisfy { $0[first.id] == $0[second.id] }
                if fires, same {
                    let id = Located(value: second.id, range: second.range)
                    diagnostics.append(.sameFacts(id, other: first.id, otherRange: first.range))
                }
            }
        }
        return diagnostics
    }
}
