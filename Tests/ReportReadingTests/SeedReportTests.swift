import ExactDecimal
import RuleEngine
import TestSupport
import XCTest

@testable import ReportReading

/// The five real reports of ../shared/seeds, read end to end. Expectations were read
/// off the reports by hand; the golden files list every indicator and budget row
/// (numbers and short labels only) so that no row can go missing unnoticed.
final class SeedReportTests: XCTestCase {
    static let leshan = "000_104c0eaa9a0ffc7c.txt"
    static let bishan = "001_bf075bb81cfa69fd.txt"
    static let yueyang = "002_ca2a8edeaa83d304.txt"
    static let suining = "003_317b39f2b5d89d6e.txt"
    static let liuyang = "004_02c11a548c3b4dd5.txt"

    private var golden: URL { Fixtures.folder.appendingPathComponent("seeds") }

    /// One line per indicator row: unit, row, categories, name, operator, numbers.
    private func rowsListing(_ read: ReadReport) -> String {
        let show = { (value: Number?) in value.map { "\($0)" } ?? "—" }
        return read.facts("indicator").map { row in
            var line = "\(row.unit) #\(show(row.number("row"))) \(row.text("level1") ?? "")/\(row.text("level2") ?? "")/\(row.text("name") ?? "")"
            line += " | \(row.text("operator") ?? "—") \(show(row.number("target")))\(row.bool("target-from-text") == true ? "(文)" : "")"
            line += " \(row.text("measure") ?? "—") | 权重 \(show(row.number("weight"))) | 实际 \(show(row.number("actual")))"
            let many = row.numbers("actual-values")
            if !many.isEmpty { line += " \(many.map { "\($0)" })" }
            return line + " | 行 \(row.citation.line)-\(row.citation.endLine)"
        }.joined(separator: "\n") + "\n"
    }

    func testLeshanBudgetRows() throws {
        let read = try Fixtures.seed(Self.leshan)
        XCTAssertEqual(read.report.units.map(\.id), ["部门整体"])
        let lines = read.facts("budget-line")
        XCTAssertEqual(lines.count, 20)
        let listing = lines.map { line in
            "\(line.text("code") ?? "") \(line.number("budget")!) \(line.number("spent")!) \(line.number("stated-rate")!)% | 行 \(line.citation.line)"
        }.joined(separator: "\n") + "\n"
        try assertGolden(listing, golden.appendingPathComponent("leshan-budget-lines.txt"))
        // Spot checks against the report: 元 read as 万元, thousands commas, rates as written.
        XCTAssertEqual(lines[2].text("item"), "科技项目评审费")
        XCTAssertEqual(lines[2].number("budget"), Number(23))
        XCTAssertEqual(lines[2].number("spent"), n("9.6"))
        XCTAssertEqual(lines[2].number("stated-rate"), n("41.74"))
        XCTAssertEqual(lines[13].text("spent-text"), "49,662.44")
        XCTAssertEqual(lines[13].number("spent"), n("4.966244"))
        let report = try XCTUnwrap(read.facts("report").first)
        XCTAssertEqual(report.text("department"), "乐山市科学技术局")
        XCTAssertEqual(report.number("year"), Number(2023))
        XCTAssertEqual(read.facts("self-score").map { $0.number("score") }, [n("84.8"), n("84.8")])
        XCTAssertEqual(read.facts("grade").count, 0, "the report states no grade")
        XCTAssertEqual(read.facts("claim").map { $0.text("text") }, ["年度绩效指标均已达到"])
        XCTAssertEqual(read.facts("execution").map { $0.number("budget") }, [n("426.43"), n("313.84"), n("112.59")])
    }

    func testBishanScoreTableAndExecution() throws {
        let read = try Fixtures.seed(Self.bishan)
        let report = try XCTUnwrap(read.facts("report").first)
        XCTAssertEqual(report.text("department"), "重庆市璧山区科学技术局")
        XCTAssertEqual(report.number("year"), Number(2022))
        XCTAssertEqual(report.text("region"), "重庆市")
        let scores = read.facts("score-line")
        XCTAssertEqual(scores.count, 10)
        XCTAssertEqual(scores.map { $0.number("weight") }.compactMap { $0 }.reduce(Number.zero) { $0.adding($1)! }, Number(100))
        XCTAssertEqual(scores.first?.text("name"), "预算执行率")
        XCTAssertEqual(scores.first?.number("score"), n("4.24"))
        XCTAssertEqual(scores.last?.number("stated-rate"), Number(98))
        let stated = try XCTUnwrap(read.facts("execution").first { $0.number("stated-rate") != nil })
        XCTAssertEqual(stated.number("budget"), n("2851.19"))
        XCTAssertEqual(stated.number("initial-budget"), n("2931.88"))
        XCTAssertEqual(stated.number("spent"), n("1209.56"))
        XCTAssertEqual(stated.number("stated-rate"), n("42.42"))
        XCTAssertEqual(read.facts("self-score").map { $0.number("score") }, [n("94.24")])
        XCTAssertEqual(read.facts("grade").map { $0.text("grade") }, ["优"])
        let problems = read.facts("section").filter { $0.text("kind") == "存在问题" }
        XCTAssertEqual(problems.map { $0.text("heading") }, ["需重点关注的问题"])
        XCTAssertEqual(problems.map { $0.bool("empty") }, [false])
    }

    func testYueyangAnswersNoWhereNoIsRight() throws {
        let read = try Fixtures.seed(Self.yueyang)
        let report = try XCTUnwrap(read.facts("report").first)
        XCTAssertEqual(report.text("department"), "岳阳市科学技术局")
        XCTAssertEqual(report.text("region"), "湖南省")
        XCTAssertEqual(read.report.title, "2023年度岳阳市科学技术局部门整体支出绩效自评报告")
        // "政府性基金预算支出情况：无" is a correct answer, and a 收支 section, not a problem section.
        let empty = read.facts("section").filter { $0.bool("empty") == true }
        XCTAssertEqual(empty.map { $0.text("heading") }, ["政府性基金预算支出情况", "国有资本经营预算支出情况", "社会保险基金预算支出情况"])
        XCTAssertEqual(Set(empty.map { $0.text("kind") }), ["收支"])
        let problems = read.facts("section").filter { $0.text("kind") == "存在问题" }
        XCTAssertEqual(problems.map { $0.bool("empty") }, [false])
        let basic = try XCTUnwrap(read.facts("stated-total").first { $0.number("total") == n("708.28") })
        XCTAssertEqual(basic.numbers("parts"), [Number(2), n("582.56"), n("53.08"), n("37.66"), n("32.98")])
        XCTAssertEqual(read.facts("self-score").count, 0, "the report states no score")
        XCTAssertEqual(read.facts("grade").count, 0)
    }

    func testSuiningAnnexesAndTables() throws {
        let read = try Fixtures.seed(Self.suining)
        XCTAssertEqual(read.report.units.map(\.id), ["决算说明"] + (1...9).map { "附件\($0)" })
        XCTAssertEqual(read.report.units.map(\.kind), [.finalAccounts, .department] + Array(repeating: .project, count: 8))
        let tables = read.facts("indicator-table")
        XCTAssertEqual(tables.map(\.unit), (1...9).map { "附件\($0)" }, "one indicator table per annex")
        let rows = read.facts("indicator")
        let counts = tables.map { table in rows.filter { $0["table"]?.linkedFact == table.id }.count }
        XCTAssertEqual(counts, [18, 7, 8, 7, 7, 7, 5, 8, 3])
        XCTAssertEqual(tables.map { $0.number("rows") }, counts.map { Number($0) })
        let weights = tables.map { table in
            rows.filter { $0["table"]?.linkedFact == table.id }.compactMap { $0.number("weight") }.reduce(Number.zero) { $0.adding($1)! }
        }
        // 附件4 weighs 180 and 附件8 100: the defects the weight rules must find.
        XCTAssertEqual(weights, [90, 90, 90, 180, 90, 90, 90, 100, 90].map { Number($0) })
        XCTAssertEqual(tables.map { $0.number("funds") }, ["550.34", "30", "195", "254.03", "18", "225", "5", "35", "0.5"].map(n))
        // 存在主要问题 answered with a bare 无.
        let bare = read.facts("section").filter { $0.text("kind") == "存在问题" && $0.bool("empty") == true }
        XCTAssertEqual(bare.map(\.unit), ["附件3", "附件4", "附件5", "附件9"])
        XCTAssertEqual(bare.map(\.citation.line), [679, 946, 1174, 2046])
        XCTAssertEqual(read.facts("grade").map { $0.text("text") }, ["优", "良好", "良好", "合格", "优秀", "优", "优"])
        try assertGolden(rowsListing(read), golden.appendingPathComponent("suining-indicators.txt"))
    }

    func testLiuyangScoresAndEstimates() throws {
        let read = try Fixtures.seed(Self.liuyang)
        let report = try XCTUnwrap(read.facts("report").first)
        XCTAssertEqual(report.text("department"), "浏阳市科学技术局")
        XCTAssertEqual(report.number("year"), Number(2020))
        XCTAssertEqual(read.report.title, "", "the cover holds only a form label and a date")
        XCTAssertEqual(read.facts("self-score").map { $0.number("score") }, [Number(98), n("97.5")])
        XCTAssertEqual(read.facts("self-score").map { $0.text("subject") }, ["项目", nil])
        XCTAssertEqual(read.facts("estimate").map { $0.text("text") }, ["预计新增高新技术企业130家", "全市高新技术企业将超过300家"])
        let threePublic = try XCTUnwrap(read.facts("stated-total").first { $0.number("total") == n("8.4") })
        XCTAssertEqual(threePublic.numbers("parts"), [0, 0, 0, 8.4].map { n("\($0)") })
        XCTAssertEqual(threePublic.citation.line, 28)
        let spent = try XCTUnwrap(read.facts("stated-total").first { $0.number("total") == n("0.43") })
        XCTAssertEqual(spent.numbers("parts").count, 4, "比预算节约7.97万元 is a comparison, not a part")
    }

    func testEverySeedReadsWithoutLoss() throws {
        for read in try Fixtures.allSeeds() {
            XCTAssertEqual(read.facts("report").count, 1, read.report.file)
            XCTAssertNotNil(read.facts("report").first?.text("department"), read.report.file)
            XCTAssertEqual(read.facts("unit").count, read.report.units.count, read.report.file)
            for row in read.facts("indicator") {
                XCTAssertNotNil(row.text("name"), "\(read.report.file):\(row.citation.line) has no name")
                XCTAssertNotNil(row.number("weight"), "\(read.report.file):\(row.citation.line) has no weight")
            }
            for line in read.facts("budget-line") {
                XCTAssertNotNil(line.number("budget"), "\(read.report.file):\(line.citation.line)")
                XCTAssertNotNil(line.number("spent"), "\(read.report.file):\(line.citation.line)")
            }
        }
    }
}
