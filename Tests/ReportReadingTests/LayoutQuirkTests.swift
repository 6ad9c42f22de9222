import ExactDecimal
import RuleEngine
import XCTest

@testable import ReportReading

/// One small report per quirk of the text layout (DOMAIN.md §1).
final class LayoutQuirkTests: XCTestCase {
    /// Rows as the samples flatten Word tables: each cell a TAB-led line (a "\n" inside
    /// a cell continues it on a line without the TAB), a blank line after each row.
    private func table(_ rows: [[String]], blankLinesBetweenRows: Int = 1) -> String {
        rows.map { row in row.map { "\t" + $0 + "\n" }.joined() }
            .joined(separator: String(repeating: "\n", count: blankLinesBetweenRows))
    }

    private let preface = "2024年度测试项目绩效自评报告\n一、项目基本情况\n本项目用于支持企业开展科技创新活动，资金来源为市级财政。\n二、绩效目标完成情况\n"

    private let header = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重", "实际完成值"]

    func testBudgetTableInYuanIsReadInTenThousands() throws {
        let text = preface + "具体项目拨款与支出详见下表：\n" + table([
            ["预算项目", "财政拨款（元）", "决算数（元）", "执行进度"],
            ["51110022T000000286104-科技大楼安全鉴定费", "56400", "56400", "100.00%"],
            ["51110022T000000287699-科技项目评审费", "230000", "96000", "41.74%"],
        ])
        let lines = try Fixtures.read(text: text).facts("budget-line")
        XCTAssertEqual(lines.map { $0.text("item") }, ["科技大楼安全鉴定费", "科技项目评审费"])
        XCTAssertEqual(lines.map { $0.text("code") }, ["51110022T000000286104", "51110022T000000287699"])
        XCTAssertEqual(lines.map { $0.number("budget") }, [n("5.64"), Number(23)])
        XCTAssertEqual(lines.map { $0.number("spent") }, [n("5.64"), n("9.6")])
        XCTAssertEqual(lines.map { $0.number("stated-rate") }, [Number(100), n("41.74")])
        XCTAssertEqual(lines.map { $0.text("budget-text") }, ["56400", "230000"], "the raw text is kept")
        XCTAssertEqual(lines.map { $0.text("money-unit") }, ["元", "元"])
    }

    func testScoreTable() throws {
        let text = preface + "表 1：指标得分情况\n" + table([
            ["指标名称", "权重", "得分", "得分率"], ["预算执行率", "10", "4.24", "42.42%"], ["企业满意度", "10", "9.5", "95%"],
        ])
        let lines = try Fixtures.read(text: text).facts("score-line")
        XCTAssertEqual(lines.map { $0.text("name") }, ["预算执行率", "企业满意度"])
        XCTAssertEqual(lines.map { $0.number("weight") }, [Number(10), Number(10)])
        XCTAssertEqual(lines.map { $0.number("score") }, [n("4.24"), n("9.5")])
        XCTAssertEqual(lines.map { $0.number("stated-rate") }, [n("42.42"), Number(95)])
    }

    func testRowsMayBeSeparatedByTwoBlankLines() throws {
        let text = preface + table([
            ["项目支出绩效目标完成情况自评表"], header, ["产出指标", "数量指标", "培训场次", "≥", "10", "次", "45", "12"],
            ["效益指标", "社会效益指标", "受益企业", "≥", "50", "家", "45", "60"],
        ], blankLinesBetweenRows: 2)
        let read = try Fixtures.read(text: text)
        XCTAssertEqual(read.report.units.first?.tables.count, 1)
        XCTAssertEqual(read.facts("indicator").map { $0.text("name") }, ["培训场次", "受益企业"])
    }

    func testARowWithoutItsUnitCellIsAlignedOnTheOperator() throws {
        let text = preface + table([
            ["项目支出绩效目标完成情况自评表"], header, ["产出指标", "数量指标", "培训场次", "≥", "10", "次", "40", "12"],
            // The unit cell is missing: the cells after ≥ are target, weight, actual.
            ["", "", "培训人数", "≥", "200", "40", "260"],
            // A category repeated by mistake counts once.
            ["效益指标", "效益指标", "社会效益指标", "受益企业", "≥", "50", "家", "10", "60"],
        ])
        let rows = try Fixtures.read(text: text).facts("indicator")
        XCTAssertEqual(rows.map { $0.text("name") }, ["培训场次", "培训人数", "受益企业"])
        XCTAssertEqual(rows.map { $0.number("target") }, [Number(10), Number(200), Number(50)])
        XCTAssertEqual(rows.map { $0.number("weight") }, [Number(40), Number(40), Number(10)])
        XCTAssertEqual(rows.map { $0.number("actual") }, [Number(12), Number(260), Number(60)])
        XCTAssertEqual(rows.map { $0.text("measure") }, ["次", nil, "家"])
        XCTAssertEqual(rows.map { $0.text("level1") }, ["产出指标", "产出指标", "效益指标"])
    }

    func testScoreAndReasonColumnsAndQualitativeRows() throws {
        let text = preface + table([
            ["项目支出绩效目标完成情况自评表"],
            header + ["得分", "偏差原因分析及改进措施"],
            ["产出指标", "数量指标", "技术合同登记额", "定性", "技术合同认定登记额达14亿元", "亿元", "30", "27.36", "30", "超额完成"],
            ["", "时效指标", "完成时间", "定性", "2024年12月底前", "月", "20", "2024年12月", "20", ""],
        ])
        let rows = try Fixtures.read(text: text).facts("indicator")
        XCTAssertEqual(rows.map { $0.number("score") }, [Number(30), Number(20)])
        XCTAssertEqual(rows.map { $0.text("deviation-reason") }, ["超额完成", nil])
        XCTAssertEqual(rows.map { $0.text("operator") }, ["定性", "定性"])
        // A qualitative row still states a figure in its measure; a date states none.
        XCTAssertEqual(rows.map { $0.number("target") }, [Number(14), nil])
        XCTAssertEqual(rows.map { $0.bool("target-from-text") }, [true, false])
        XCTAssertEqual(rows.map { $0.number("actual") }, [n("27.36"), nil])
    }

    func testPlaceholderDotsAreNotPartOfCategoryNames() throws {
        let text = preface + table([
            ["项目支出绩效目标完成情况自评表"], header, ["产出指标", "时效指标……", "按时完成率", "=", "100", "%", "20", "100"],
            ["", "成本指标……", "……", "", "", "", "", ""],
        ])
        let read = try Fixtures.read(text: text)
        XCTAssertEqual(read.facts("indicator").map { $0.text("level2") }, ["时效指标"])
        XCTAssertEqual(read.facts("blank-indicator").map { $0.text("level2") }, ["成本指标"])
    }

    func testTabIndentedProseIsNotATable() throws {
        let text = preface
            + "\t本项目于2024年启动，由科技局牵头组织实施，年度内共组织开展培训活动十二场，覆盖企业二百余家，取得了良好的社会效果。\n"
            + "三、存在问题\n无\n"
        let read = try Fixtures.read(text: text)
        XCTAssertEqual(read.report.units.first?.tables.count, 0)
        XCTAssertEqual(read.report.units.first?.sections.map(\.heading.title), ["项目基本情况", "绩效目标完成情况", "存在问题"])
    }

    func testMixedAndBrokenHeadingNumbering() throws {
        let text = """
            第一部分 部门概况
            一、部门职责
            负责全市科技创新工作的统筹协调和组织实施。
            (一)机构设置
            内设科室五个，下属事业单位两个。
            （2）人员情况
            在职人员二十九人。
            1.主要任务
            完成年度科技项目申报与管理工作。
            ①科技计划项目管理
            组织申报省级以上科技计划项目。
            第二部分 绩效自评情况
            一、存在问题
            无
            """
        let units = try Fixtures.read(text: text).report.units
        XCTAssertEqual(units.count, 1)
        let parts = units[0].sections
        XCTAssertEqual(parts.map(\.heading.title), ["部门概况", "绩效自评情况"])
        let duties = try XCTUnwrap(parts[0].children.first)
        XCTAssertEqual(duties.heading.title, "部门职责")
        // （一） then （2）: the sequence continues, so both are on one level.
        XCTAssertEqual(duties.children.map(\.heading.title), ["机构设置", "人员情况"])
        XCTAssertEqual(duties.children[1].children.map(\.heading.title), ["主要任务"])
        XCTAssertEqual(duties.children[1].children[0].children.map(\.heading.title), ["科技计划项目管理"])
        XCTAssertEqual(parts[1].children.map(\.kinds), [[.problems]])
    }

    func testRunInHeadingsAndLabels() throws {
        let text = preface + """
            （一）收入情况。2024年度收入预算550.34万元，全部为财政拨款收入。
            1.财政拨款收入：指单位从同级财政部门取得的财政预算资金。
            三、存在问题
            1.5亿元的配套资金尚未到位，影响项目进度。
            """
        let unit = try XCTUnwrap(try Fixtures.read(text: text).report.units.first)
        let finances = unit.sections[1].children
        XCTAssertEqual(finances.map(\.heading.title), ["收入情况"])
        XCTAssertEqual(finances[0].children.map(\.heading.title), ["财政拨款收入"])
        XCTAssertEqual(finances[0].children[0].text, "指单位从同级财政部门取得的财政预算资金。")
        // "1.5亿元" is a number, not item 1 of a list.
        XCTAssertEqual(unit.sections[2].children.count, 0)
        XCTAssertTrue(unit.sections[2].text.hasPrefix("1.5亿元"))
    }

    func testAnAnnexMarkerAboveTheTitleDoesNotSplitTheReport() throws {
        let text = "附件1\n乐水市科学技术局\n市级部门整体绩效自评报告\n\n一、部门基本情况\n本部门负责全市科技创新工作的统筹协调。\n二、存在问题\n无\n"
        let read = try Fixtures.read(text: text)
        XCTAssertEqual(read.report.units.map(\.id), ["部门整体"])
        XCTAssertEqual(read.report.title, "乐水市科学技术局市级部门整体绩效自评报告")
    }

    func testCoverPageFieldsAreNotTheTitle() throws {
        let text = "单位名称（盖章）：\n\n二O二一年六月三日\n\n一、部门概况\n本部门负责全市科技创新工作的统筹协调与组织实施。\n"
        XCTAssertEqual(try Fixtures.read(text: text).report.title, "")
    }
}
