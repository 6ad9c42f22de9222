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

    /// Each finding rule's signature is the facts it matched in each example run; rules
    /// with one signature are reported pairwise. One engine runs every example (its
    /// facts retracted in between), so the rules are compiled once: linear in the rules.
    static func check(_ context: LintContext) -> [Diagnostic] {
        let findingRules = context.knowledge.rules.filter { $0.kind == .finding }
        guard findingRules.count > 1, let engine = try? context.knowledge.makeEngine() else { return [] }
        let runner = ExampleRunner(knowledge: context.knowledge)
        engine.limits = runner.limits
        // Per finding rule (by position): run number → the fact sets it matched there.
        var signatures = [[Int: Set<[FactID]>]](repeating: [:], count: findingRules.count)
        var run = 0
        for example in context.knowledge.rules.flatMap(\.examples) {
            engine.retractAllFacts()
            guard (try? runner.run(example, on: engine)) != nil else { continue }
            for (index, rule) in findingRules.enumerated() {
                guard let matches = try? engine.matches(of: rule.id), !matches.isEmpty else { continue }
                signatures[index][run] = Set(matches.map(\.facts))
            }
            run += 1
        }
        // Rules that fire somewhere, grouped by signature, in rule order.
        var groups: [[Int: Set<[FactID]>]: [Int]] = [:]
        for (index, signature) in signatures.enumerated() where !signature.isEmpty { groups[signature, default: []].append(index) }
        let pairs = groups.values.flatMap { members in
            members.indices.flatMap { i in members[(i + 1)...].map { (members[i], $0) } }
        }
        return pairs.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map { first, second in
            let (first, second) = (findingRules[first], findingRules[second])
            return .sameFacts(Located(value: second.id, range: second.range), other: first.id, otherRange: first.range)
        }
    }
}
