import ExactDecimal
import XCTest

@testable import ReportReading

/// Tables in the layouts other provinces and departments use: headers over two rows,
/// columns in another order, a budget-execution block above the indicators, forms run
/// together, a header repeated after a page break, a .docx grid with merged cells.
final class TableReadingTests: XCTestCase {
    private func table(_ rows: [[String]]) -> String {
        rows.map { row in row.map { "\t" + $0 + "\n" }.joined() }.joined(separator: "\n")
    }

    private let preface = "2024年度测试项目绩效自评报告\n一、项目基本情况\n本项目用于支持企业开展科技创新活动，资金来源为市级财政。\n二、绩效目标完成情况\n"

    func testTheCentralFormWithItsBudgetExecutionBlock() throws {
        let read = try Fixtures.fixture("central-form.txt")
        let execution = try XCTUnwrap(read.facts("execution").first)
        XCTAssertEqual(execution.number("budget"), Number(760), "全年预算数")
        XCTAssertEqual(execution.number("initial-budget"), Number(800), "年初预算数")
        XCTAssertEqual(execution.number("spent"), Number(730))
        XCTAssertEqual(execution.number("stated-rate"), n("96.05"))
        XCTAssertEqual(execution.number("points"), Number(10))
        XCTAssertEqual(execution.number("score"), n("9.61"))
        XCTAssertEqual(execution.slotCitations["spent"]?.quote, "730")
        XCTAssertEqual(read.facts("budget-line").map { $0.text("item") }, ["当年财政拨款", "上年结转资金", "其他资金"], "the funding sources")
        let rows = read.facts("indicator")
        XCTAssertEqual(rows.count, 6)
        XCTAssertEqual(Set(rows.map { $0.text("level1") }), ["产出指标", "效益指标", "满意度指标"], "（50分） is a note, not the category")
        XCTAssertEqual(rows[0].number("target"), Number(40), "≥40公里: operator, figure and unit in one cell")
        XCTAssertEqual(rows[0].text("operator"), ">=")
        XCTAssertEqual(rows[0].text("measure"), "公里")
        XCTAssertEqual(rows[3].text("deviation-reason"), "受雨季影响，工期延后一个月；已调整施工组织。")
        XCTAssertEqual(rows.compactMap { $0.number("weight") }.reduce(Number.zero) { $0.adding($1)! }, Number(90))
        let table = try XCTUnwrap(read.facts("indicator-table").first)
        XCTAssertEqual(table.text("project"), "城区供水管网改造项目")
        XCTAssertEqual(table.text("department"), "市水务局")
        let scores = read.facts("self-score")
        XCTAssertEqual(scores.map { $0.number("score") }, [n("97.61"), n("97.61")], "the 总分 row and the prose")
        XCTAssertEqual(scores.first?.slotCitations["score"]?.quote, "97.61", "the 得分 cell, not the 分值 100")
    }

    func testAHeaderOverTwoRows() throws {
        // 年度指标值 is merged over 全年指标值 and 全年实际值; the other header cells are merged down.
        let text = preface + table([
            ["项目支出绩效自评表"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "分值", "偏差原因"],
            ["", "", "", "全年指标值", "全年实际值", "", ""],
            ["产出指标", "数量指标", "培训场次", "≥10次", "12次", "45", ""],
            ["效益指标", "社会效益指标", "受益企业", "≥50家", "42家", "45", "部分企业延期"],
        ])
        let rows = try Fixtures.read(text: text).facts("indicator")
        XCTAssertEqual(rows.map { $0.number("target") }, [Number(10), Number(50)])
        XCTAssertEqual(rows.map { $0.number("actual") }, [Number(12), Number(42)])
        XCTAssertEqual(rows.map { $0.number("weight") }, [Number(45), Number(45)])
        XCTAssertEqual(rows.map { $0.text("deviation-reason") }, [nil, "部分企业延期"])
    }

    func testColumnsInAnotherOrderWithOtherNames() throws {
        let text = preface + table([
            ["项目支出绩效自评表"],
            ["一级指标", "二级指标", "指标名称", "完成值", "目标值", "计量单位", "分值", "得分", "未完成原因和改进措施"],
            ["产出指标", "数量指标", "培训场次", "8", "10", "次", "45", "36", "场地紧张"],
        ])
        let row = try XCTUnwrap(Fixtures.read(text: text).facts("indicator").first)
        XCTAssertEqual(row.number("actual"), Number(8))
        XCTAssertEqual(row.number("target"), Number(10))
        XCTAssertEqual(row.text("measure"), "次")
        XCTAssertEqual(row.number("weight"), Number(45))
        XCTAssertEqual(row.number("score"), Number(36))
        XCTAssertEqual(row.text("deviation-reason"), "场地紧张")
    }

    func testAHeaderRepeatedAfterAPageBreakIsNoRow() throws {
        let header = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重", "实际完成值"]
        let text = preface + table([
            ["项目支出绩效目标完成情况自评表"], header, ["产出指标", "数量指标", "培训场次", "≥", "10", "次", "45", "12"],
            header, ["效益指标", "社会效益指标", "受益企业", "≥", "50", "家", "45", "60"],
        ])
        let read = try Fixtures.read(text: text)
        XCTAssertEqual(read.facts("indicator-table").count, 1)
        XCTAssertEqual(read.facts("indicator").map { $0.text("name") }, ["培训场次", "受益企业"])
    }

    func testTwoFormsRunTogetherAreTwoTables() throws {
        let header = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重", "实际完成值"]
        let text = preface + table([
            ["项目支出绩效自评表"], ["项目名称", "科技创新券"], header, ["产出指标", "数量指标", "支持企业", "≥", "50", "家", "90", "60"],
            ["项目支出绩效自评表"], ["项目名称", "科普宣传"], header, ["产出指标", "数量指标", "科普活动", "≥", "8", "场", "90", "12"],
        ])
        let read = try Fixtures.read(text: text)
        let tables = read.facts("indicator-table")
        XCTAssertEqual(tables.map { $0.text("project") }, ["科技创新券", "科普宣传"])
        let rows = read.facts("indicator")
        XCTAssertEqual(rows.map { $0["table"]?.linkedFact }, tables.map(\.id), "each row belongs to its own form")
    }

    func testADocxGridPutsCellsUnderTheirColumns() throws {
        // 三级指标 spans grid columns 3–4, as do the names under it; 实际完成值 is column 7.
        let cells: [(row: Int, column: Int, span: Int, text: String)] = [
            (1, 1, 1, "一级指标"), (1, 2, 1, "二级指标"), (1, 3, 2, "三级指标"), (1, 5, 1, "指标值"), (1, 6, 1, "权重"), (1, 7, 1, "实际完成值"),
            (2, 1, 1, "产出指标"), (2, 2, 1, "数量指标"), (2, 3, 2, "培训场次"), (2, 5, 1, "≥10次"), (2, 6, 1, "45"), (2, 7, 1, "12次"),
        ]
        var lines = preface.split(separator: "\n").map(String.init)
        var origins: [LineOrigin?] = lines.indices.map { LineOrigin(.paragraph($0 + 1)) }
        var row = 1
        for cell in cells {
            if cell.row != row {
                lines.append("")
                origins.append(nil)
                row = cell.row
            }
            lines.append("\t" + cell.text)
            origins.append(LineOrigin(.cell(table: 1, row: cell.row, column: cell.column), span: cell.span))
        }
        let read = try ReportReader().read(text: lines.joined(separator: "\n"), file: "grid.docx", encoding: .wordDocument, origins: origins)
        let indicator = try XCTUnwrap(read.facts("indicator").first)
        XCTAssertEqual(indicator.text("name"), "培训场次")
        XCTAssertEqual(indicator.number("target"), Number(10))
        XCTAssertEqual(indicator.number("weight"), Number(45))
        XCTAssertEqual(indicator.number("actual"), Number(12))
    }

    func testADepartmentFormWithItsBudgetBlockAboveTheIndicators() throws {
        let text = "2024年度市卫生健康委员会部门整体支出绩效自评报告\n一、部门基本情况\n市卫生健康委员会负责全市卫生健康事业发展规划和公共卫生服务管理工作。\n二、部门整体支出绩效自评表\n" + table([
            ["部门整体支出绩效自评表"], ["部门名称", "市卫生健康委员会"],
            ["年度预算执行情况（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["年度支出总额", "5,000.00", "5,200.00", "4,680.00", "10", "90%", "9"],
            ["其中：基本支出", "3,000.00", "3,000.00", "2,980.00", "—", "—", "—"],
            ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "家庭医生签约人数", "≥30万人", "32万人", "90", "90"],
        ])
        let read = try Fixtures.read(text: text)
        let execution = try XCTUnwrap(read.facts("execution").first)
        XCTAssertEqual(execution.number("budget"), Number(5200))
        XCTAssertEqual(execution.number("spent"), Number(4680))
        XCTAssertEqual(read.facts("indicator-table").first?.text("kind"), "部门整体")
        XCTAssertEqual(read.facts("indicator").map { $0.text("name") }, ["家庭医生签约人数"])
        XCTAssertEqual(read.facts("budget-line").map { $0.text("item") }, ["基本支出"])
    }

    func testMoneyInYuanFromTheUnitLine() throws {
        let text = preface + table([
            ["单位：元"], ["项目名称", "预算数", "实际支出", "执行率"], ["设备购置", "1，200，000", "1，080，000", "90%"],
        ])
        let line = try XCTUnwrap(Fixtures.read(text: text).facts("budget-line").first)
        XCTAssertEqual(line.number("budget"), Number(120))
        XCTAssertEqual(line.number("spent"), Number(108))
        XCTAssertEqual(line.text("money-unit"), "元")
    }
}

/// Figures in prose, found by their labels however the sentences run.
final class ProseFigureTests: XCTestCase {
    private let preface = "2024年度测试项目绩效自评报告\n一、项目基本情况\n本项目用于支持企业开展科技创新活动，资金来源为市级财政。\n二、预算执行情况\n"

    func testBudgetSpendingAndRateInSeveralSentences() throws {
        let text = preface + "年初预算500万元，年中追加120万元，调整后预算620万元。全年实际支出590万元，预算执行率95.16%。年末结转结余30万元。\n"
        let execution = try XCTUnwrap(Fixtures.read(text: text).facts("execution").first)
        XCTAssertEqual(execution.number("budget"), Number(620))
        XCTAssertEqual(execution.number("initial-budget"), Number(500))
        XCTAssertEqual(execution.number("spent"), Number(590))
        XCTAssertEqual(execution.number("stated-rate"), n("95.16"))
        XCTAssertEqual(execution.number("balance"), Number(30))
    }

    func testBudgetAndSpendingInConsecutiveParagraphsOfOneSection() throws {
        let text = preface + "本年度预算安排资金200万元，主要用于企业研发补助。\n全年实际支出150万元，主要是部分企业验收延后。\n三、绩效分析\n项目共支持企业30家。\n"
        let read = try Fixtures.read(text: text)
        let execution = try XCTUnwrap(read.facts("execution").first)
        XCTAssertEqual(execution.number("budget"), Number(200))
        XCTAssertEqual(execution.number("spent"), Number(150))
        XCTAssertEqual(execution.citation.line, 5)
        XCTAssertEqual(execution.citation.endLine, 6)
    }

    func testAParagraphOfAnotherSectionIsNotJoined() throws {
        let text = preface + "本年度预算安排资金200万元。\n三、绩效分析\n全年实际支出150万元。\n"
        XCTAssertEqual(try Fixtures.read(text: text).facts("execution").count, 0)
    }

    func testAPartOfTheBudgetIsNoBudgetOfItsOwn() throws {
        let text = preface + "2024年度收入预算合计8,650.32万元，其中一般公共预算拨款8,120.32万元，其他收入530.00万元。\n本年实际支出8,102.15万元，资金结转548.17万元，预算执行率为93.66%。\n"
        let execution = try XCTUnwrap(Fixtures.read(text: text).facts("execution").first)
        XCTAssertEqual(execution.number("budget"), n("8650.32"), "其中… is a part of the budget before it")
        XCTAssertEqual(execution.number("spent"), n("8102.15"))
        XCTAssertEqual(execution.number("balance"), n("548.17"))
        XCTAssertNil(execution.text("scope"), "收入预算 is the whole unit's")
    }

    func testRunInHeadingsLabelTheirFigures() throws {
        let text = preface + "1.年初预算：500万元。\n2.调整后预算：620万元。\n3.全年支出：590万元。\n"
        let execution = try XCTUnwrap(Fixtures.read(text: text).facts("execution").first)
        XCTAssertEqual(execution.number("budget"), Number(620))
        XCTAssertEqual(execution.number("initial-budget"), Number(500))
        XCTAssertEqual(execution.number("spent"), Number(590))
    }

    func testAYearInAHeadingIsAYearMention() throws {
        let text = "2023年度测试部门整体支出绩效自评报告\n一、部门基本情况\n（三）2022年度主要工作任务\n开展科技服务活动10次。\n"
        let mentions = try Fixtures.read(text: text).facts("year-mention")
        XCTAssertEqual(mentions.map { $0.number("year") }, [Number(2022)])
        XCTAssertEqual(mentions.first?.citation.quote, "2022年度主要工作任务")
    }
}

/// A Word document LibreOffice wrote from HTML (Tests/Scripts/make-libreoffice-fixtures.sh):
/// its tables merge cells across rows and columns the way Word does, and the reader takes
/// the grid from the document itself.
final class LibreOfficeDocxTests: XCTestCase {
    func testTheCentralFormWithMergedCells() throws {
        let read = try Fixtures.fixture("libreoffice/central-form.docx")
        XCTAssertEqual(read.report.title, "2024年度城区供水管网改造项目支出绩效自评报告", "the first paragraph in a heading style names the report")
        XCTAssertEqual(read.report.units.map(\.kind), [.project])
        let execution = try XCTUnwrap(read.facts("execution").first)
        XCTAssertEqual([execution.number("budget"), execution.number("spent"), execution.number("points")], [Number(760), Number(730), Number(10)])
        let rows = read.facts("indicator")
        XCTAssertEqual(rows.map { $0.text("name") }, ["改造老旧供水管网长度", "改造二次供水泵房数量", "管网水压合格率", "项目完工时间", "受益居民户数", "居民满意度", "每公里管网改造成本"])
        XCTAssertEqual(rows.map { $0.text("level2") }, ["数量指标", "数量指标", "质量指标", "时效指标", "社会效益指标", "服务对象满意度指标", "经济成本指标"], "merged down")
        XCTAssertEqual(rows.map { $0.number("weight") }, [20, 10, 10, 10, 30, 10, 0].map { Number($0) })
        XCTAssertEqual(rows[0].number("target"), Number(40))
        XCTAssertEqual(rows[0].number("actual"), Number(42))
        XCTAssertEqual(read.facts("self-score").map { $0.number("score") }, [n("97.61"), n("97.61")])
        XCTAssertEqual(read.gaps.count, 0)
        XCTAssertNotNil(rows[0].citation.place, "cited by table, row and column")
    }
}
