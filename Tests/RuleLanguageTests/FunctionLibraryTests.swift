import ExactDecimal
import RuleEngine
import XCTest

@testable import RuleLanguage

/// Functions are one table: what a rule may call, how it is checked, what it means and
/// how it reads all come from the function's own entry.
final class FunctionLibraryTests: XCTestCase {
    /// A function an application adds: one value, and rules can call it.
    private static let countsDigits = Function(
        "digit-count", arity: 1...1, arguments: [.text], result: .always(.number), wording: "{1} 中的数字个数"
    ) { arguments in
        guard case .text(let text) = arguments[0] else { throw EvaluationError("digit-count needs text") }
        return .number(Number(text.filter(\.isWholeNumber).count))
    }

    private let library = FunctionLibrary.builtIn.adding([countsDigits])

    /// A rule that calls it, with an example that fires and one that stays quiet.
    private static let digitRule = """
        rule r
          title: 示例
          when:
            indicator(name: ?n)
            test digit-count(?n) > 1
          then:
            derive note(text: ?n)
          example: 两个数字
            given:
              indicator(name: "附件12")
            expect: note(text: "附件12")
          example: 一个数字
            given:
              indicator(name: "附件3")
            expect: nothing
        """

    func testAnAddedFunctionIsCheckedRunAndReadFromItsEntry() throws {
        let result = try Fixtures.load(Self.digitRule, functions: library)
        XCTAssertEqual(result.diagnostics.map(\.pinned), [])
        XCTAssertEqual(result.knowledgeBase.rule("r")?.plainConditions.last, "且 ?n 中的数字个数 > 1")
        let rule = try XCTUnwrap(result.knowledgeBase.rule("r"))
        let runner = ExampleRunner(knowledge: result.knowledgeBase)
        XCTAssertEqual(rule.examples.map { runner.run($0, of: rule).passed }, [true, true])
    }

    func testWithoutItTheFunctionIsUnknown() throws {
        let result = try Fixtures.load(Self.digitRule)
        XCTAssertEqual(result.diagnostics.map(\.code), ["KB031"])
    }

    func testArgumentsAreCheckedAgainstTheDeclaredTypes() throws {
        let result = try Fixtures.load(
            """
            rule r
              title: 示例
              when:
                indicator(name: ?n, weight: ?w)
                test starts-with(?n, ?w) or digit-count(?w) > 1
              then:
                derive note(text: ?n)
            """, functions: library)
        XCTAssertEqual(
            result.diagnostics.map(\.pinned),
            [
                "5:26: error[KB024]: starts-with 的第 2 个参数应是文本，这里却是数值",
                "5:45: error[KB024]: digit-count 的第 1 个参数应是文本，这里却是数值",
            ])
    }

    func testTheResultTypeFollowsTheDeclaration() {
        XCTAssertEqual(RuleAnalyzer.resultType(of: .round, arguments: [.number, .number]), .number)
        XCTAssertEqual(RuleAnalyzer.resultType(of: .if, arguments: [.boolean, .text, .text]), .text)
        XCTAssertEqual(RuleAnalyzer.resultType(of: .if, arguments: [.boolean, .text, .unknown]), .text)
        XCTAssertEqual(RuleAnalyzer.resultType(of: .if, arguments: [.boolean, .text, .number]), .unknown)
        XCTAssertEqual(RuleAnalyzer.resultType(of: .max, arguments: [.number, .number]), .number)
        XCTAssertEqual(RuleAnalyzer.resultType(of: .max, arguments: [.list]), .unknown, "the elements of a list are not typed")
    }

    func testAReadingFillsEachPlaceholderOnce() {
        XCTAssertEqual(Function.startsWith.reading(["?n", "“{2}”"]), "?n 以 “{2}” 开头")
        XCTAssertEqual(Function.round.reading(["?r", "2"]), "round(?r, 2)")
    }

    func testEveryBuiltInIsInTheLibraryWithAWordingThatNamesOnlyItsArguments() {
        XCTAssertEqual(FunctionLibrary.builtIn.names, Function.builtIns.map(\.name).sorted())
        for function in Function.builtIns {
            guard let wording = function.wording else { continue }
            let placeholders = wording.matches(of: /\{(\d+)\}/).compactMap { Int($0.1) }
            XCTAssertFalse(placeholders.isEmpty, function.name)
            XCTAssertTrue(placeholders.allSatisfy { function.arity.lowerBound >= $0 && $0 >= 1 }, function.name)
        }
    }
}
