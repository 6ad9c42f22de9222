import ExactDecimal
import RuleEngine
import XCTest

@testable import ReportReading

/// Fixtures/annexed-report.txt: a department report with one project annex, written
/// in the layout of the samples (title lines, 一、/（一） headings, a bookmark marker,
/// an indicator table with merged, wrapped, placeholder and word cells).
final class AnnexedReportTests: XCTestCase {
    private var read: ReadReport { get throws { try Fixtures.fixture("annexed-report.txt") } }

    func testUnitsAndTitle() throws {
        let read = try read
        XCTAssertEqual(read.report.title, "2024年度云溪市科学技术局部门整体支出绩效自评报告")
        XCTAssertEqual(read.report.units.map(\.id), ["部门整体", "附件1"])
        XCTAssertEqual(read.report.units.map(\.kind), [.department, .project])
        XCTAssertEqual(read.report.units.map(\.lines), [1...17, 19...82])
        let annex = try XCTUnwrap(read.unit("附件1"))
        XCTAssertEqual(annex.title, "2024年度科技创新券专项资金绩效自评报告")
        XCTAssertEqual(read.facts("unit", unit: "附件1").first?.text("project"), "科技创新券专项资金")
        let report = try XCTUnwrap(read.facts("report").first)
        XCTAssertEqual(report.text("department"), "云溪市科学技术局")
        XCTAssertEqual(report.number("year"), Number(2024))
        XCTAssertEqual(report.text("kind"), "部门整体")
    }

    func testSectionTreeAndKinds() throws {
        let main = try XCTUnwrap(try read.unit("部门整体"))
        XCTAssertEqual(main.sections.map(\.heading.title), ["部门基本情况", "部门预算执行情况", "绩效自评结论", "存在问题", "改进建议"])
        XCTAssertEqual(main.sections[0].children.map(\.heading.title), ["机构职能", "年度主要任务"])
        XCTAssertEqual(main.sections.map(\.kinds), [[.basics], [.finances], [.conclusion], [.problems], [.suggestions]])
    }

    func testTheBareNoIsAnEmptyProblemSection() throws {
        let read = try read
        let problems = read.facts("section").filter { $0.text("kind") == "存在问题" }
        XCTAssertEqual(problems.map(\.unit), ["部门整体", "附件1"])
        XCTAssertEqual(problems.map { $0.bool("empty") }, [true, false])
        XCTAssertEqual(problems[0].text("text"), "无")
        XCTAssertEqual(problems[0].citation.line, 13)
    }

    func testTheBookmarkIsNotPartOfTheText() throws {
        let mention = try XCTUnwrap(try read.facts("year-mention").first)
        XCTAssertEqual(mention.text("phrase"), "2024年度主要任务")
        XCTAssertEqual(mention.citation.line, 8)
        XCTAssertEqual(mention.citation.column, 18, "columns count in the original line: [bookmark: _Toc1] takes 17")
    }

    func testIndicatorTable() throws {
        let read = try read
        let table = try XCTUnwrap(read.facts("indicator-table").first)
        XCTAssertEqual(table.text("project"), "科技创新券专项资金")
        XCTAssertEqual(table.number("funds"), Number(120))
        XCTAssertEqual(table.text("money-unit"), "万元")
        XCTAssertEqual(table.number("rows"), Number(3))
        let rows = read.facts("indicator")
        XCTAssertEqual(rows.map { $0.text("name") }, ["支持企业数量", "兑付创新券金额", "企业满意度"], "the wrapped cell is joined")
        XCTAssertEqual(rows.map { $0.text("level1") }, ["产出指标", "产出指标", "满意度指标"], "merged cells carry down")
        XCTAssertEqual(rows.map { $0.text("level2") }, ["数量指标", "数量指标", "服务对象满意度指标"])
        XCTAssertEqual(rows.map { $0.number("target") }, [Number(50), n("1000.5"), Number(90)])
        XCTAssertEqual(rows.map { $0.number("weight") }, [Number(30), Number(20), Number(30)])
        XCTAssertEqual(rows.map { $0.number("actual") }, [Number(120), Number(980), nil], "满意 is text, not zero")
        XCTAssertEqual(rows[2].text("actual-text"), "满意")
        XCTAssertEqual(rows.map { $0.text("operator") }, [">=", ">=", ">="])
        XCTAssertEqual(rows.map { $0["table"]?.linkedFact }, [table.id, table.id, table.id])
        XCTAssertEqual(rows[0].citation.line, 44)
        XCTAssertEqual(rows[0].citation.endLine, 52)
        XCTAssertEqual(rows[0].slotCitations["weight"]?.quote, "30")
        XCTAssertEqual(rows[0].slotCitations["weight"]?.line, 51)
        let blank = read.facts("blank-indicator")
        XCTAssertEqual(blank.map { $0.text("level2") }, ["质量指标"], "a row left as …… is an empty indicator, not a row")
    }

    func testStatements() throws {
        let read = try read
        let execution = try XCTUnwrap(read.facts("execution").first)
        XCTAssertEqual(execution.number("budget"), Number(500))
        XCTAssertEqual(execution.number("spent"), Number(430))
        XCTAssertEqual(execution.number("balance"), Number(70))
        XCTAssertEqual(execution.number("stated-rate"), Number(86))
        XCTAssertEqual(read.facts("self-score").map { $0.number("score") }, [n("92.5")])
        XCTAssertEqual(read.facts("grade").map { $0.text("grade") }, ["优"])
        XCTAssertEqual(read.facts("claim").map { $0.text("text") }, ["年度绩效指标均已达到"])
        XCTAssertEqual(read.facts("estimate").map { $0.unit }, ["附件1"])
        let total = try XCTUnwrap(read.facts("stated-total").first)
        XCTAssertEqual(total.number("total"), Number(5))
        XCTAssertEqual(total.numbers("parts"), [Number(3), Number(2)])
    }

    func testFactIdsFollowReadingOrder() throws {
        let facts = try read.facts
        XCTAssertEqual(facts.map(\.id), (1...facts.count).map { "F\($0)" })
        XCTAssertEqual(facts.first?.kind, "report")
    }
}
