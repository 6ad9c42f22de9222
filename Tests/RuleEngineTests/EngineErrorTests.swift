import Diagnostics
import TestSupport
import XCTest

@testable import RuleEngine

/// Every message the engine can show a person, pinned.
final class EngineErrorTests: EnglishMessagesTestCase {
    let templates = [Template("indicator", slots: [.init("name", .text), .init("weight", .number)])]

    private func compileError(_ rule: Rule) -> Diagnostic? {
        do {
            _ = try makeEngine(templates, [rule])
            return nil
        } catch let error as EngineError {
            return error.diagnostic
        } catch {
            return nil
        }
    }

    func testCompileErrors() {
        let cases: [(Rule, String, String?)] = [
            (Rule("r", when: [.pattern(Pattern("indicatr"))], then: []),
             "error[ENG003]: unknown template 'indicatr' in condition 1 of rule 'r'", "did you mean 'indicator'?"),
            (Rule("r", when: [.pattern(Pattern("indicator", [.variable("wieght", "w")]))], then: []),
             "error[ENG004]: template 'indicator' has no slot 'wieght' in condition 1 of rule 'r'", "did you mean 'weight'?"),
            (Rule("r", when: [.pattern(Pattern("indicator", [.value("weight", "十")]))], then: []),
             "error[ENG005]: slot 'weight' of 'indicator' holds number, not text \"十\" in rule 'r'", nil),
            (Rule("r", when: [.test(.binary(.greater, v("w"), 1))], then: []),
             "error[ENG006]: variable '?w' is used before it is bound in condition 1 of rule 'r'",
             "bind it in an earlier pattern, e.g. (template (slot ?w))"),
            (Rule("r", when: [.pattern(pattern("indicator", ["weight": "w"])), .aggregate(Aggregation("w", .count, of: Pattern("indicator")))], then: []),
             "error[ENG007]: aggregation result '?w' is already bound in condition 2 of rule 'r'", nil),
            (Rule("r", when: [.test(.binary(.greater, .slot("weight"), 1))], then: []),
             "error[ENG008]: slot 'weight' is read outside a pattern in condition 1 of rule 'r'",
             "bind the slot to a variable in a pattern and test the variable"),
            (Rule("r", when: [.pattern(pattern("indicator", ["weight": "w"]))], then: [.retract(variable: "w")]),
             "error[ENG009]: '?w' is not bound to a fact in rule 'r'", "bind the fact with ?w <- (template …) in a pattern"),
        ]
        for (rule, message, help) in cases {
            let diagnostic = compileError(rule)
            XCTAssertEqual(diagnostic?.description, message)
            XCTAssertEqual(diagnostic?.help, help, message)
        }
    }

    func testAPIErrors() throws {
        let engine = try makeEngine(templates)
        XCTAssertThrowsError(try engine.declare(templates[0])) {
            XCTAssertEqual(($0 as? EngineError)?.diagnostic.description, "error[ENG001]: template 'indicator' is declared twice")
        }
        try engine.add(Rule("r", when: [], then: []))
        XCTAssertThrowsError(try engine.add(Rule("r", when: [], then: []))) {
            XCTAssertEqual(($0 as? EngineError)?.diagnostic.description, "error[ENG002]: rule 'r' is defined twice")
        }
        XCTAssertThrowsError(try engine.assert("indicator", ["weight": "十"])) {
            XCTAssertEqual(
                ($0 as? EngineError)?.diagnostic.description,
                "error[ENG005]: slot 'weight' of 'indicator' holds number, not text \"十\"")
        }
        XCTAssertThrowsError(try engine.retract(FactID(99))) {
            XCTAssertEqual(($0 as? EngineError)?.diagnostic.description, "error[ENG011]: no live fact #99")
        }
        XCTAssertThrowsError(try engine.matches(of: "s")) {
            XCTAssertEqual(($0 as? EngineError)?.diagnostic.description, "error[ENG010]: no rule named 's'")
        }
    }

    func testRuntimeEvaluationErrorsBecomeWarningsNotCrashes() throws {
        let engine = try makeEngine([Template("row", slots: [.init("budget", .number), .init("spent", .number)])], [
            Rule(
                "rate", when: [.pattern(pattern("row", ["budget": "b", "spent": "s"], tests: [.binary(.less, .binary(.divide, v("s"), v("b")), 1)]))],
                then: [])
        ])
        try engine.assert("row", ["budget": 0, "spent": 5])
        XCTAssertEqual(try engine.matchCount("rate"), 0)
        XCTAssertEqual(engine.warnings, [EvaluationWarning(rule: "rate", message: "division by zero: 5 / 0")])
    }
}
