import RuleLanguage
import XCTest

/// The example runner puts an example's facts into an engine as written.
final class ExampleRunnerTests: XCTestCase {
    func testFactsThatDifferOnlyInTheirTableStayApart() throws {
        let result = try Fixtures.load(
            """
            rule count-rows
              title: 数行
              severity: low
              basis: 《项目支出绩效评价管理办法》 财预〔2020〕10号
              message: {n}行
              recommendation: 无
              when:
                ?n = count of indicator(weight: 90)
                test ?n > 0
              then:
                finding
              example: 两张表各一行，权重相同
                given:
                  t1: indicator-table(unit: "附件1")
                  t2: indicator-table(unit: "附件2")
                  indicator(table: t1, weight: 90)
                  indicator(table: t2, weight: 90)
                expect: "2行"
              example: 引用写在后面的表
                given:
                  indicator(table: t9, weight: 90)
                  t9: indicator-table(unit: "附件9")
                expect: "1行"
            """)
        XCTAssertEqual(result.diagnostics.map(\.pinned), [])
        let rule = try XCTUnwrap(result.knowledgeBase.rule("count-rows"))
        let runner = ExampleRunner(knowledge: result.knowledgeBase)
        for example in rule.examples {
            let outcome = runner.run(example, of: rule)
            XCTAssertTrue(outcome.passed, "\(example.title): \(outcome.actual)")
        }
    }
}

/// Conditions are read back in plain words (`audit rules show`, explanations, SARIF).
final class PlainWordsTests: XCTestCase {
    func testConditionFunctionsReadAsWords() throws {
        let result = try Fixtures.load(
            """
            rule r
              title: 示例
              when:
                indicator(name: ?n, unit: ?u)
                test is-absent(?u) or ends-with(?n, "培训") or starts-with(?n, "附件")
              then:
                derive note(text: ?n)
            """)
        XCTAssertEqual(result.diagnostics.map(\.pinned), [])
        XCTAssertEqual(
            result.knowledgeBase.rule("r")?.plainConditions.last,
            "且 ?u 为空 或 ?n 以 “培训” 结尾 或 ?n 以 “附件” 开头")
    }
}
