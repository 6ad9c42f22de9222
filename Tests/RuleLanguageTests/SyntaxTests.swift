import ExactDecimal
import Diagnostics
import RuleEngine
import RuleLanguage
import TestSupport
import XCTest

/// The language as people type it: Chinese punctuation, line breaks inside
/// patterns, comments, Windows line ends; and every error of a file at once.
final class SyntaxTests: EnglishMessagesTestCase {
    private func rule(_ text: String, id: String = "r") throws -> RuleDefinition {
        let result = try Fixtures.load(text)
        XCTAssertEqual(result.diagnostics.map(\.pinned), [])
        return try XCTUnwrap(result.knowledgeBase.rule(id))
    }

    func testFullWidthPunctuationReadsLikeASCII() throws {
        let ascii = try rule(
            """
            rule r
              title: 示例
              when:
                indicator(name: ?n, weight >= 10)
              then:
                derive note(text: ?n)
            """)
        let fullWidth = try rule(
            """
            rule r
              title：示例
              when：
                indicator（name：？n，weight ≥ 10）
              then：
                derive note（text：？n）
            """)
        XCTAssertEqual(ascii.engineRule, fullWidth.engineRule)
    }

    func testCurlyAndStraightQuotes() throws {
        let definition = try rule(
            """
            rule r
              title: 示例
              when:
                indicator(name: “存在问题”, unit: "只写“无”的")
              then:
                derive note(text: "x")
            """)
        guard case .pattern(let pattern) = definition.engineRule.conditions[0] else { return XCTFail() }
        XCTAssertEqual(pattern.slots.map(\.match), [.value("存在问题"), .value("只写“无”的")])
    }

    func testPatternsMaySpanLinesAndCarryComments() throws {
        let definition = try rule(
            """
            # 一条规则
            rule r
              title: 示例   # 标题后的注释不属于标题吗？属于：自由文字写到行尾
              when:
                indicator(    # 多行的模式
                  name: ?n,
                  weight > 10)
              then:
                derive note(text: ?n)
            """)
        XCTAssertEqual(definition.title, "示例   # 标题后的注释不属于标题吗？属于：自由文字写到行尾")
        XCTAssertEqual(definition.conditionTexts.map(\.value), ["indicator( name: ?n, weight > 10)"])
        XCTAssertEqual(definition.conditionTexts.first?.range.start.line, 5)
        XCTAssertEqual(definition.conditionTexts.first?.range.end.line, 7)
    }

    func testWindowsLineEndsAndByteOrderMark() throws {
        let text = "\u{FEFF}rule r\r\n  title: 示例\r\n  when:\r\n    indicator(name: ?n)\r\n  then:\r\n    derive note(text: ?n)\r\n"
        XCTAssertEqual(try rule(text).title, "示例")
    }

    func testPercentSignsAndNegativeNumbers() throws {
        let definition = try rule(
            """
            rule r
              title: 示例
              when:
                indicator(weight: ?w, weight > 10%, weight > -5)
              then:
                derive note(text: "x")
            """)
        guard case .pattern(let pattern) = definition.engineRule.conditions[0] else { return XCTFail() }
        XCTAssertEqual(pattern.tests.map(\.description), ["weight > 10", "weight > -5"])
    }

    func testEveryErrorOfAFileIsReported() throws {
        let result = try Fixtures.load(
            """
            rule r
              titel: 示例
              when:
                indicatr(name: ?n)
                indicator(wieght: 3)
              then:
                derive note(text: ?n)
            rule s
              title: 示例
              when:
                indicator(name: "未闭合)
              then:
                derive note(text: "x")
            """)
        XCTAssertEqual(
            result.diagnostics.map(\.pinned),
            [
                "1:6: error[KB027]: rule 'r' has no 'title:'",
                "2:3: error[KB006]: unknown field 'titel' in a rule",
                "4:5: error[KB020]: unknown template 'indicatr'",
                "5:15: error[KB021]: template 'indicator' has no slot 'wieght'",
                "11:21: error[KB002]: this text has no closing quote",
            ])
        XCTAssertEqual(result.diagnostics[2].help, "did you mean 'indicator'?")
        XCTAssertEqual(result.diagnostics[3].help, "did you mean 'weight'?")
        XCTAssertTrue(result.knowledgeBase.rules.isEmpty)
    }

    func testTypeErrorsNameBothSides() throws {
        let result = try Fixtures.load(
            """
            rule r
              title: 示例
              when:
                indicator(name: ?n, weight: ?w)
                test ?w > ?n
                test ?w + "分" > 3
                test ?n and true
              then:
                derive note(text: ?n)
            """)
        XCTAssertEqual(
            result.diagnostics.map(\.pinned),
            [
                "5:10: error[KB024]: '>' compares numbers with numbers or texts with texts, not a number with text",
                "6:15: error[KB024]: '+' needs numbers, but this is text",
                "7:10: error[KB024]: 'and' joins conditions, but this is text",
            ])
    }

    func testATextParameterMayBeTheRegularExpressionOfMatches() throws {
        let result = try Fixtures.load(
            """
            parameter estimate-words
              label: 预计用语
              value: "预计|力争"

            rule r
              title: 示例
              severity: low
              message: {n}
              recommendation: 改为实际完成值。
              when:
                indicator(name: ?n, name matches $estimate-words)
              then:
                finding
              example: 预计
                given:
                  indicator(name: "预计新增企业10家")
                expect: "预计新增企业10家"
              example: 实际
                given:
                  indicator(name: "新增企业10家")
                expect: nothing
            """)
        XCTAssertEqual(result.diagnostics.map(\.pinned), [])
        let rule = try XCTUnwrap(result.knowledgeBase.rules.first)
        let runner = ExampleRunner(knowledge: result.knowledgeBase)
        for example in rule.examples {
            XCTAssertTrue(runner.run(example, of: rule).passed, example.title)
        }
    }
}

final class MessageTemplateTests: EnglishMessagesTestCase {
    private func render(_ source: String, _ variables: [String: Value] = [:], _ parameters: [String: Value] = [:]) throws -> String {
        let result = try Fixtures.load(
            """
            rule r
              title: 示例
              severity: low
              basis: 《项目支出绩效评价管理办法》 财预〔2020〕10号
              message: \(source)
              recommendation: 无
              when:
                indicator(name: ?unit, weight: ?total)
              then:
                finding
            """)
        let message = try XCTUnwrap(result.knowledgeBase.rule("r")?.message)
        return message.render(variables: variables, parameters: parameters)
    }

    func testNumbersAsAPersonWritesThem() throws {
        XCTAssertEqual(try render("权重合计为{total}，应为{$limit}", ["total": 180], ["limit": 90]), "权重合计为180，应为90")
        XCTAssertEqual(try render("{total}%", ["total": .number(Number("41.739130434782608696")!)]), "41.74%")
        XCTAssertEqual(try render("{total:2}", ["total": 90]), "90.00")
        XCTAssertEqual(try render("{total}", ["total": .number(Number("0.30")!)]), "0.3")
        XCTAssertEqual(try render("{unit}", ["unit": ["优", "良"]]), "优、良")
    }

    func testAnOptionalPlaceholderWritesNothingWhenAbsent() throws {
        XCTAssertEqual(try render("{unit}{total?}结余", ["unit": "部门整体", "total": .absent]), "部门整体结余")
        XCTAssertEqual(try render("{unit}{total ?}结余", ["unit": "部门整体", "total": 3]), "部门整体3结余")
        XCTAssertEqual(try render("{unit}{total}结余", ["unit": "部门整体", "total": .absent]), "部门整体（空）结余")
    }

    func testUnknownPlaceholdersAreAnErrorWithASuggestion() throws {
        let result = try Fixtures.load(
            """
            rule r
              title: 示例
              severity: low
              basis: 《项目支出绩效评价管理办法》 财预〔2020〕10号
              message: {unti}的权重为{total}
              recommendation: 无
              when:
                indicator(name: ?unit, weight: ?total)
              then:
                finding
            """)
        XCTAssertEqual(result.diagnostics.map(\.pinned), ["5:12: error[KB029]: placeholder '{unti}' names no variable of the rule"])
        XCTAssertEqual(result.diagnostics.first?.help, "did you mean '{unit}'?")
    }
}
