import Diagnostics
import RuleEngine

/// KB110: a rule whose derived fact makes it match again (itself, or through other
/// rules), with a slot computed anew each time (`?n + 1`), derives without end: the run
/// stops only at the limit of derived facts. A `not` on the derived template guards it.
struct DerivationCycleCheck: LintCheck {
    static let description = LintCheckDescription(
        code: "KB110", name: "derivation-cycle",
        summary: "A rule derives, from a fact it derived, a new fact with a computed slot: it can go on without end.",
        triggering: [
            """
            template step "步" derived
              n: number "序号"

            rule first-step
              title: 第一步
              when:
                indicator(name: ?name)
              then:
                derive step(n: 1)
            rule ↓next-step
              title: 下一步
              when:
                step(n: ?n)
              then:
                derive step(n: ?n + 1)
            """
        ],
        nonTriggering: [
            // The derived slot copies what was matched: the facts run out.
            """
            template step "步" derived
              n: number "序号"

            rule copy-step
              title: 照抄
              when:
                step(n: ?n)
                indicator(weight: ?w)
              then:
                derive step(n: ?w)
            """,
            // Computed, but only while no such fact exists.
            """
            template step "步" derived
              n: number "序号"

            rule once
              title: 只推一次
              when:
                indicator(weight: ?w)
                not step()
              then:
                derive step(n: ?w + 1)
            """,
        ])

    static func check(_ context: LintContext) -> [Diagnostic] {
        let rules = context.knowledge.rules
        // Rules by the templates their positive conditions match.
        var matching: [String: [Int]] = [:]
        for (index, rule) in rules.enumerated() {
            for template in Set(matchedTemplates(rule.engineRule)) { matching[template, default: []].append(index) }
        }
        return rules.enumerated().compactMap { index, rule -> Diagnostic? in
            let lets = Set(rule.lets.map { $0.name.trimmingPrefix("?") }.map(String.init))
            let guarded = Set(rule.engineRule.conditions.compactMap { if case .not(let p) = $0 { p.template } else { nil } })
            for (template, slot) in computedDerivations(rule.engineRule, lets: lets) where !guarded.contains(template) {
                if reaches(from: matching[template] ?? [], to: index, rules: rules, matching: matching) {
                    return .derivationCycle(Located(value: rule.id, range: rule.range), template: template, slot: slot)
                }
            }
            return nil
        }
    }

    private static func matchedTemplates(_ rule: Rule) -> [String] {
        rule.conditions.compactMap { condition in
            switch condition {
            case .pattern(let pattern), .exists(let pattern): pattern.template
            case .aggregate(let aggregation): aggregation.pattern.template
            case .not, .test: nil
            }
        }
    }

    /// The templates a rule asserts or modifies with a slot computed from what it
    /// matched (not a copied variable or a constant), and that slot.
    private static func computedDerivations(_ rule: Rule, lets: Set<String>) -> [(String, String)] {
        func computed(_ expression: RuleExpression) -> Bool {
            switch expression {
            case .constant: false
            case .leaf(.variable(let name)): lets.contains(name)
            case .leaf: false
            default: true
            }
        }
        let boundTemplates = Dictionary(
            rule.conditions.compactMap { condition -> (String, String)? in
                guard case .pattern(let pattern) = condition, let variable = pattern.factVariable else { return nil }
                return (variable, pattern.template)
            }, uniquingKeysWith: { first, _ in first })
        return rule.actions.flatMap { action -> [(String, String)] in
            switch action {
            case .assert(let template, let slots, _): slots.filter { computed($0.value) }.map { (template, $0.slot) }
            case .modify(let variable, let slots):
                boundTemplates[variable].map { template in slots.filter { computed($0.value) }.map { (template, $0.slot) } } ?? []
            default: []
            }
        }
    }

    /// Whether `target` is among `start` or the rules their derived facts make match.
    private static func reaches(from start: [Int], to target: Int, rules: [RuleDefinition], matching: [String: [Int]]) -> Bool {
        var seen = Set(start), queue = start
        while let next = queue.popLast() {
            if next == target { return true }
            for action in rules[next].engineRule.actions {
                guard case .assert(let template, _, _) = action else { continue }
                for rule in matching[template] ?? [] where seen.insert(rule).inserted { queue.append(rule) }
            }
        }
        return false
    }
}
