import ExactDecimal
import RuleEngine
import XCTest

@testable import ReportReading

/// Fixtures/project-with-scores.txt: a project report on its own (no annexes) whose
/// indicator table has 得分 and 偏差原因分析 columns, a range target and a table head
/// naming the 主管部门.
final class ProjectReportTests: XCTestCase {
    private var read: ReadReport { get throws { try Fixtures.fixture("project-with-scores.txt") } }

    func testAStandaloneProjectReportIsOneProjectUnit() throws {
        let read = try read
        XCTAssertEqual(read.report.units.map(\.id), ["项目"])
        XCTAssertEqual(read.report.units.map(\.kind), [.project])
        XCTAssertEqual(read.facts("report").first?.text("kind"), "项目")
        XCTAssertEqual(read.facts("unit").first?.text("project"), "农业科技推广专项资金")
    }

    func testTableHeadAndScoredRows() throws {
        let read = try read
        let table = try XCTUnwrap(read.facts("indicator-table").first)
        XCTAssertEqual(table.text("department"), "云溪市科学技术局")
        XCTAssertEqual(table.number("funds"), Number(80))
        let rows = read.facts("indicator")
        XCTAssertEqual(rows.map { $0.number("score") }, [18, 30, 16, 10].map { Number($0) })
        XCTAssertEqual(rows.map { $0.text("deviation-reason") }, ["受天气影响，部分示范点推迟到次年", nil, "增收数据尚待统计部门核实", nil])
        XCTAssertEqual(rows[0].number("target"), Number(20))
        XCTAssertEqual(rows[0].number("target-max"), Number(30))
        XCTAssertNil(rows[2].number("actual"), "户均增收约1200元 is prose under an empty 度量单位")
        XCTAssertEqual(rows[0].slotCitations["score"]?.line, 44)
    }

    func testAHeadingWithTwoClassesGivesOneSectionFactPerClass() throws {
        let sections = try read.facts("section").filter { $0.text("heading") == "存在问题及原因分析" }
        XCTAssertEqual(sections.map { $0.text("kind") }, ["存在问题", "原因分析"])
        XCTAssertEqual(Set(sections.map(\.citation.line)), [82])
    }

    /// A section that says nothing cites its "无" where it is written: under the heading,
    /// or after it on the same line.
    func testASectionThatSaysNothingCitesItsWords() throws {
        let read = try Fixtures.read(text: "2024年度某项目绩效自评报告\n一、存在问题：无。\n二、改进建议\n\n暂无\n三、评价结论\n经自评，得分90分。\n")
        let sections = read.facts("section")
        let problems = try XCTUnwrap(sections.first { $0.text("kind") == "存在问题" })
        XCTAssertEqual(problems.slotCitations["text"]?.quote, "无。")
        XCTAssertEqual(problems.slotCitations["text"]?.line, 2)
        let advice = try XCTUnwrap(sections.first { $0.text("kind") == "改进建议" })
        XCTAssertEqual(advice.slotCitations["empty"]?.quote, "暂无")
        XCTAssertEqual(advice.slotCitations["empty"]?.line, 5)
        XCTAssertNil(sections.first { $0.text("kind") == "评价结论" }?.slotCitations["text"], "a section with words of its own cites its heading")
    }

    func testStatementsInProse() throws {
        let read = try read
        let execution = try XCTUnwrap(read.facts("execution").first)
        XCTAssertEqual(execution.number("budget"), Number(80))
        XCTAssertEqual(execution.number("spent"), Number(72))
        XCTAssertEqual(execution.number("stated-rate"), Number(90))
        XCTAssertEqual(read.facts("self-score").map { $0.number("score") }, [Number(84)])
        XCTAssertEqual(read.facts("grade").map { $0.text("grade") }, ["良"])
    }
}
