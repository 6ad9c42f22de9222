import ReadingTestSupport
import Diagnostics
import ExactDecimal
import Foundation
import XCTest

@testable import ReportReading

/// Reports published as web pages: tag soup as real sites serve it, laid out as the text
/// layout the reader already knows (paragraphs as lines, cells as TAB-led lines).
final class HTMLTests: XCTestCase {
    private func lines(_ html: String) throws -> [String] {
        try HTMLReader(file: "page.html").read(html).text.components(separatedBy: "\n")
    }

    func testParagraphsHeadingsAndLineBreaks() throws {
        let page = """
            <html><head><title>标题不算正文</title><style>p { color: red }</style><script>var a = "<p>不是正文</p>";</script></head>
            <body><nav><a href="/">首页</a> &gt; 财政公开</nav>
            <h1>2024年度部门整体支出绩效自评报告</h1>
            <p>第一段<br>第二行
            <p>未闭合的段落&nbsp;也是一段</p>
            <!-- 注释 <p>不是正文</p> -->
            <div>一、部门基本情况</div>
            </body></html>
            """
        XCTAssertEqual(try lines(page), ["2024年度部门整体支出绩效自评报告", "第一段", "第二行", "未闭合的段落 也是一段", "一、部门基本情况"])
        let origins = try HTMLReader(file: "page.html").read(page).origins
        XCTAssertEqual(origins.first??.outlineLevel, 0, "<h1> is a heading, as Word's 标题 1")
        XCTAssertEqual(origins.first??.place, .paragraph(1))
    }

    /// A line end in the source between two Chinese characters is not a space (browsers
    /// join them); between words or numbers it is.
    func testWhitespaceCollapsesAsABrowserShowsIt() throws {
        XCTAssertEqual(try lines("<p>预算执行率\n  为95%，\n完成 \t 目标</p><p>budget\n2024 年</p>"), ["预算执行率为95%，完成 目标", "budget 2024 年"])
    }

    func testCharacterReferences() throws {
        XCTAssertEqual(
            HTMLEntities.decode("&#20013;&#x6587; &lt;&amp;&gt; &ldquo;无&rdquo; &nbspx &unknown; &#0; &#xD800; & 5"),
            "中文 <&> “无” \u{00A0}x &unknown; \u{FFFD} \u{FFFD} & 5")
    }

    /// Cells without rows, rows without ends, a stray end tag inside a cell.
    func testTablesFromTagSoup() throws {
        let page = """
            <p>表一</p>
            <table><td>一级指标<td>二级指标</div><td>指标值
            <tr><td>产出指标<td>数量指标<td>100
            </table><p>表后</p>
            """
        XCTAssertEqual(try lines(page), ["表一", "\t一级指标", "\t二级指标", "\t指标值", "", "\t产出指标", "\t数量指标", "\t100", "", "表后"])
    }

    /// A cell covered by a `rowspan` above is a merged cell in each row it covers, as
    /// Word writes it; a `colspan` is kept as the span.
    func testMergedCells() throws {
        let page = """
            <table>
            <tr><td rowspan="3">产出指标</td><td>数量指标</td><td colspan="2">100 人</td></tr>
            <tr><td>质量指标</td><td>95%</td><td>98%</td></tr>
            <tr><td>时效指标</td><td rowspan="0">年底前</td><td>完成</td></tr>
            </table>
            """
        let read = try HTMLReader(file: "page.html").read(page)
        XCTAssertEqual(
            read.text.components(separatedBy: "\n"),
            ["\t产出指标", "\t数量指标", "\t100 人", "", "\t", "\t质量指标", "\t95%", "\t98%", "", "\t", "\t时效指标", "\t年底前", "\t完成", ""])
        XCTAssertEqual(read.origins[2]?.span, 2)
        XCTAssertEqual(read.origins[4]?.continuesMerge, true)
        XCTAssertEqual(read.origins[5]?.place, .cell(table: 1, row: 2, column: 2))
    }

    /// LibreOffice writes an empty <tr> under a row merged with the next: the merged
    /// cells still cover it, and the rowspans below stay in their columns.
    func testAnEmptyRowUnderRowspansIsKept() throws {
        let page = "<table><tr><td rowspan=\"2\">总体目标</td><td rowspan=\"2\">年度目标</td></tr><tr></tr><tr><td>甲</td><td>乙</td></tr></table>"
        XCTAssertEqual(try lines(page), ["\t总体目标", "\t年度目标", "", "\t", "\t", "", "\t甲", "\t乙", ""])
    }

    /// A table that holds another table lays the page out: its cells are read as the
    /// flow of the page, the inner table as a table.
    func testLayoutTablesAreReadAsFlow() throws {
        let page = """
            <table width="100%"><tr><td><p>市财政局网站</p></td></tr><tr><td>
            <h2>一、绩效指标</h2>
            <table><tr><td>指标</td><td>完成值</td></tr></table>
            </td></tr></table>
            """
        XCTAssertEqual(try lines(page), ["市财政局网站", "一、绩效指标", "\t指标", "\t完成值", ""])
    }

    /// Text boxes (`position: absolute`, as LibreOffice writes them), hidden and deleted
    /// text are not part of the report, as the .docx reader leaves them out.
    func testHiddenDeletedAndPositionedTextIsLeftOut() throws {
        let page = """
            <p><span style="position: absolute; top: 0in"><p>内部资料</p></span>正文<del>已删除</del>继续</p>
            <div style="display:none">隐藏</div><p hidden>也隐藏</p>
            """
        XCTAssertEqual(try lines(page), ["正文继续"])
    }

    /// A page from a Chinese government site in GBK, with its charset declared.
    func testAGBKPageIsRead() throws {
        let page = "<html><head><meta charset=\"gbk\"></head><body><h1>2024年度项目支出绩效自评报告</h1>"
            + "<p>项目资金全年预算数100万元，全年执行数95万元，预算执行率为95%。</p></body></html>"
        let encoding = String.Encoding(rawValue: 0x8000_0632)
        let data = try XCTUnwrap(page.data(using: encoding))
        let read = try ReportReader().read(data: data, file: "page.htm")
        XCTAssertEqual(read.report.source.encoding, .htmlPage)
        XCTAssertEqual(read.report.title, "2024年度项目支出绩效自评报告")
    }

    /// Pages are recognised by their name or by their first tag.
    func testRecognisedByNameOrFirstTag() {
        XCTAssertTrue(HTMLReader.looksLikeHTML("报告", file: "a.HTM"))
        XCTAssertTrue(HTMLReader.looksLikeHTML("\n  <!DOCTYPE html><html>", file: "a.txt"))
        XCTAssertTrue(HTMLReader.looksLikeHTML("<HTML><body>", file: "page"))
        XCTAssertFalse(HTMLReader.looksLikeHTML("2024年度报告\n<p>写在正文里的标签</p>", file: "a.txt"))
    }

    /// The same form LibreOffice made a .docx from (Tests/Scripts/make-libreoffice-fixtures.sh),
    /// read as the page it was: the same indicators, levels merged down, weights and values.
    func testTheCentralFormAsAPageGivesTheFactsOfItsWordVersion() throws {
        let page = try Fixtures.fixture("libreoffice/central-form.html")
        let word = try Fixtures.fixture("libreoffice/central-form.docx")
        for kind in ["indicator", "execution", "self-score", "unit", "indicator-table"] {
            let slots = { (read: ReadReport) in read.facts(kind).map { $0.slots.map { "\($0.name)=\($0.value)" } } }
            XCTAssertEqual(slots(page), slots(word), kind)
        }
        XCTAssertEqual(page.gaps.count, 0)
    }

    // MARK: Hostile pages

    func testDeepNestingIsBounded() throws {
        let page = String(repeating: "<div><span>", count: 50_000) + "2024年度项目支出绩效自评报告，预算执行率为95%，全年预算数100万元。"
        XCTAssertEqual(try lines(page), ["2024年度项目支出绩效自评报告，预算执行率为95%，全年预算数100万元。"])
    }

    func testHugeSpansAreClamped() throws {
        let page = "<table><tr><td colspan=\"99999999\" rowspan=\"99999999\">甲</td><td>乙</td></tr><tr><td>丙</td></tr></table>"
        let read = try HTMLReader(file: "page.html").read(page)
        XCTAssertEqual(read.origins.compactMap { $0?.span }.max(), 1000)
        XCTAssertEqual(read.text.components(separatedBy: "\n"), ["\t甲", "\t乙", "", "\t", "\t丙", ""])
    }

    /// Merged cells that would spread out into millions of cells are refused by name.
    func testATableOfMillionsOfCellsIsRefused() throws {
        let first = "<tr>" + String(repeating: "<td rowspan=\"0\">x</td>", count: 1100) + "</tr>"
        let page = "<table>" + first + String(repeating: "<tr><td>y</td></tr>", count: 1000) + "</table>"
        XCTAssertThrowsError(try HTMLReader(file: "big.html").read(page)) { error in
            XCTAssertEqual((error as? Diagnostic)?.code, "RD014")
        }
    }

    /// Damaged pages (cut anywhere, markup characters written over the text) are read
    /// or refused as not being a report, and never trap.
    func testDamagedPagesNeverTrap() throws {
        let page = try String(contentsOf: Fixtures.repository.appendingPathComponent("Tests/AuditTests/Fixtures/html/yunxi-2024.html"), encoding: .utf8)
        let bytes = Array(page.utf8)
        var generator = SystemRandomNumberGenerator()
        var read = 0
        for cut in stride(from: 0, to: bytes.count, by: max(bytes.count / 40, 1)) {
            var damaged = Array(bytes[..<cut])
            for _ in 0..<3 where !damaged.isEmpty {
                damaged[Int.random(in: 0..<damaged.count, using: &generator)] = Array("<>&\"/#".utf8)[Int.random(in: 0..<6, using: &generator)]
            }
            do {
                _ = try ReportReader().read(data: Data(damaged), file: "damaged.html")
                read += 1
            } catch {
                XCTAssertTrue(["RD002", "RD004", "RD006"].contains(error.code), error.description)
            }
        }
        XCTAssertGreaterThan(read, 5)
    }
}
