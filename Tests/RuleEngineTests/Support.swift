import ExactDecimal
import XCTest

@testable import RuleEngine

/// Builds an engine with templates and rules, failing the test on any error.
func makeEngine(_ templates: [Template], _ rules: [Rule] = [], strategy: ConflictStrategy = .depth) throws -> Engine {
    let engine = Engine(strategy: strategy)
    for template in templates { try engine.declare(template) }
    for rule in rules { try engine.add(rule) }
    return engine
}

/// Shorthands for the IR, so that tests read close to the rule they state.
func pattern(_ template: String, _ slots: [String: String] = [:], _ values: [String: Value] = [:], tests: [RuleExpression] = [], as factVariable: String? = nil) -> Pattern {
    let bindings = slots.keys.sorted().map { SlotConstraint.variable($0, slots[$0] ?? $0) }
    let constants = values.keys.sorted().map { SlotConstraint.value($0, values[$0] ?? .absent) }
    return Pattern(template, bindings + constants, tests: tests, factVariable: factVariable)
}

func v(_ name: String) -> RuleExpression { .variable(name) }

func num(_ text: String) -> Number {
    guard let n = Number(text) else { preconditionFailure("bad number literal \(text)") }
    return n
}

func emit(_ name: String = "hit", _ variables: String...) -> Action {
    .emit(name: name, arguments: variables.map { SlotAssignment($0, .variable($0)) })
}

extension Engine {
    /// The value of one argument of every result, in emission order.
    func emitted(_ argument: String) -> [Value] {
        results.map { $0.argument(argument) ?? .absent }
    }

    func matchCount(_ rule: String) throws -> Int {
        try matches(of: rule).count
    }
}
