import ReadingTestSupport
import Foundation
import XCTest

@testable import ReportReading

/// The blocks of a body given as WordprocessingML.
private func wordBlocks(_ body: String, file: StaticString = #filePath, line: UInt = #line) -> [WordBlock] {
    let xml = "<w:document xmlns:w=\"\(WordXMLParser.mainNamespace)\"><w:body>\(body)</w:body></w:document>"
    switch WordXMLParser.parse(Array(xml.utf8)) {
    case .success(let blocks): return blocks
    case .failure(let error):
        XCTFail("not well-formed: \(error.message)", file: file, line: line)
        return []
    }
}

/// WordprocessingML into blocks and the text layout, element by element.
final class WordXMLTests: XCTestCase {
    private func blocks(_ body: String) -> [WordBlock] {
        wordBlocks(body)
    }

    private func layout(_ body: String) -> [String] {
        WordLayout(blocks(body), numbering: WordNumbering(nil, styles: WordStyles(nil)), styles: WordStyles(nil)).lines
    }

    func testParagraphRunsTabsAndBreaks() {
        let lines = layout(
            "<w:p><w:r><w:t>预算</w:t></w:r><w:r><w:tab/><w:t xml:space=\"preserve\">执行 </w:t><w:br/><w:t>第二行</w:t></w:r></w:p><w:p/>")
        XCTAssertEqual(lines, ["预算 执行 ", "第二行", ""])
    }

    func testSkipsTextBoxesDeletionsFieldCodesAndFallbacks() {
        let body = """
            <w:p><w:r><w:t>正文</w:t></w:r>\
            <w:r><w:pict><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:pict></w:r>\
            <w:del><w:r><w:delText>删除</w:delText></w:r></w:del>\
            <w:r><w:instrText>PAGE</w:instrText></w:r>\
            <w:ins><w:r><w:t>插入</w:t></w:r></w:ins>\
            <w:r><w:br w:type="page"/><w:t>续</w:t></w:r></w:p>
            """
        XCTAssertEqual(layout(body), ["正文插入续"])
    }

    func testTableCellsMergesAndSpans() {
        let body = """
            <w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>产出指标</w:t></w:r></w:p></w:tc>\
            <w:tc><w:p><w:r><w:t>数量</w:t></w:r><w:r><w:br/><w:t>指标</w:t></w:r></w:p></w:tc>\
            <w:tc><w:p><w:r><w:t>10</w:t></w:r></w:p><w:p><w:r><w:t>12</w:t></w:r></w:p></w:tc></w:tr>\
            <w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>\
            <w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>合计</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\
            <w:p><w:r><w:t>表后</w:t></w:r></w:p>
            """
        guard case .table(let table)? = blocks(body).first else { return XCTFail("no table") }
        XCTAssertEqual(table.rows.map(\.count), [3, 2])
        XCTAssertEqual(table.rows[1][0].continuesMerge, true)
        XCTAssertEqual(table.rows[0][0].continuesMerge, false)
        XCTAssertEqual(table.rows[1][1].span, 2)
        // Lines as the text layout has them; the wrapped cell joined, two numbers kept apart.
        XCTAssertEqual(layout(body), ["\t产出指标", "\t数量指标", "\t10 12", "", "\t", "\t合计", "", "表后"])
        let origins = WordLayout(blocks(body), numbering: WordNumbering(nil, styles: WordStyles(nil)), styles: WordStyles(nil)).origins
        XCTAssertEqual(origins[5]?.place, .cell(table: 1, row: 2, column: 2))
        XCTAssertEqual(origins[7]?.place, .paragraph(1))
        XCTAssertNil(origins[3])
    }

    func testTabsAndNewlinesTypedIntoTheTextStayOnTheLine() {
        XCTAssertEqual(layout("<w:p><w:r><w:t>\t一、概况&#10;续</w:t></w:r></w:p>"), [" 一、概况 续"])
    }

    func testTableInACellIsMoreOfThatCell() {
        let body = """
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>外</w:t></w:r></w:p>\
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>内一</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>内二</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\
            </w:tc><w:tc><w:p><w:r><w:t>右</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            """
        XCTAssertEqual(layout(body), ["\t外内一内二", "\t右", ""])
    }
}

/// Automatic numbering as Word shows it.
final class WordNumberingTests: XCTestCase {
    private func tree(_ xml: String) throws -> XMLTree {
        try XMLTree.parse(Array("<w:root xmlns:w=\"\(WordXMLParser.mainNamespace)\">\(xml)</w:root>".utf8)).get()
    }

    func testFormats() {
        XCTAssertEqual([1, 10, 12, 20, 21, 100, 105, 110].map { WordNumbering.chinese($0) }, ["一", "十", "十二", "二十", "二十一", "一百", "一百零五", "一百一十"])
        XCTAssertEqual(WordNumbering.format(3, as: "decimalEnclosedCircle"), "③")
        XCTAssertEqual(WordNumbering.format(12, as: "decimalFullWidth"), "１２")
        XCTAssertEqual(WordNumbering.format(28, as: "lowerLetter"), "bb")
        XCTAssertEqual(WordNumbering.format(14, as: "upperRoman"), "XIV")
        XCTAssertEqual(WordNumbering.format(7, as: "decimal"), "7")
    }

    func testLabelsCountPerLevelAndRestartBelow() throws {
        let numbering = try tree(
            """
            <w:abstractNum w:abstractNumId="5">\
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>\
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>\
            <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%3"/></w:lvl>\
            <w:lvl w:ilvl="3"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>\
            <w:num w:numId="2"><w:abstractNumId w:val="5"/></w:num>
            """)
        let styles = try tree(
            """
            <w:style w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>\
            <w:style w:styleId="MyHeading"><w:basedOn w:val="Heading1"/></w:style>
            """)
        var labels = WordNumbering(numbering, styles: WordStyles(styles))
        func label(_ level: Int?, style: String? = nil) -> String {
            labels.label(for: WordParagraph(styleID: style, numbering: level.map { WordNumberReference(numberingID: "2", level: $0) }))
        }
        XCTAssertEqual(label(nil, style: "Heading1"), "一、")
        XCTAssertEqual(label(1), "（一）")
        XCTAssertEqual(label(1), "（二）")
        XCTAssertEqual(label(2), "一.1")
        XCTAssertEqual(label(nil, style: "MyHeading"), "二、")
        XCTAssertEqual(label(1), "（一）")
        XCTAssertEqual(label(3), "")
        XCTAssertEqual(label(nil), "")
        XCTAssertEqual(labels.label(for: WordParagraph(numbering: WordNumberReference(numberingID: "0", level: 0))), "")
    }

    func testNumberedHeadingsBecomeHeadingsOfTheModel() throws {
        let numbering = try tree(
            """
            <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>\
            <w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            """)
        let paragraphs = ["部门基本情况", "存在的问题", "改进措施"].map {
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>\($0)</w:t></w:r></w:p>"
        }
        let layout = WordLayout(wordBlocks(paragraphs.joined()), numbering: WordNumbering(numbering, styles: WordStyles(nil)), styles: WordStyles(nil))
        XCTAssertEqual(layout.lines, ["一、部门基本情况", "二、存在的问题", "三、改进措施"])
    }

    /// Headings Word shows by style alone, without a number, still open sections.
    func testHeadingStylesMakeSectionsWithoutNumbers() throws {
        let styles = WordStyles(
            try tree(
                """
                <w:style w:styleId="1"><w:name w:val="heading 1"/></w:style>                <w:style w:styleId="2"><w:name w:val="heading 2"/></w:style>                <w:style w:styleId="Quiet"><w:basedOn w:val="2"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>
                """))
        func paragraph(_ text: String, style: String? = nil) -> String {
            "<w:p>" + (style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? "") + "<w:r><w:t>\(text)</w:t></w:r></w:p>"
        }
        let body = [
            paragraph("2024年度市文化馆部门整体支出绩效自评报告"),
            paragraph("基本情况", style: "1"), paragraph("市文化馆承担全市群众文化活动的组织和辅导工作，年度预算300万元。"),
            paragraph("绩效分析", style: "1"), paragraph("预算执行", style: "2"), paragraph("全年支出280万元，预算执行率93.33%。"),
            paragraph("存在的问题", style: "2"), paragraph("部分活动场次集中在下半年，上半年群众参与偏少。"),
            paragraph("改进措施", style: "1"), paragraph("均衡安排全年活动计划。", style: "Quiet"),
        ].joined()
        let layout = WordLayout(wordBlocks(body), numbering: WordNumbering(nil, styles: styles), styles: styles)
        XCTAssertEqual(layout.origins.map { $0?.outlineLevel }, [nil, 0, nil, 0, 1, nil, 1, nil, 0, nil])
        let read = try ReportReader().read(
            text: layout.lines.joined(separator: "\n"), file: "styled.docx", encoding: .wordDocument, origins: layout.origins)
        let sections = try XCTUnwrap(read.report.units.first?.sections)
        XCTAssertEqual(sections.map(\.heading.title), ["基本情况", "绩效分析", "改进措施"])
        guard sections.count == 3, sections[1].children.count == 2 else { return XCTFail("\(sections.map(\.heading.title))") }
        XCTAssertEqual(sections[1].children.map(\.heading.title), ["预算执行", "存在的问题"])
        XCTAssertEqual(sections[1].children[1].kinds, [.problems])
        XCTAssertNil(sections[1].children[1].heading.marker)
        XCTAssertEqual(sections[2].text, "均衡安排全年活动计划。", "outline level 9 is body text")
    }
}

/// Values a crafted document may hold are clamped, never trapped on.
final class WordHostileInputTests: XCTestCase {
    func testHugeAndNegativeNumbersDoNotTrap() throws {
        let numbering = try XMLTree.parse(
            Array(
                """
                <w:numbering xmlns:w="\(WordXMLParser.mainNamespace)"><w:abstractNum w:abstractNumId="0">\
                <w:lvl w:ilvl="0"><w:start w:val="9223372036854775807"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl>\
                <w:lvl w:ilvl="1"><w:start w:val="-50"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum>\
                <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>
                """.utf8)
        ).get()
        var labels = WordNumbering(numbering, styles: WordStyles(nil))
        let first = labels.label(for: WordParagraph(numbering: WordNumberReference(numberingID: "1", level: 0)))
        XCTAssertFalse(first.isEmpty)
        XCTAssertEqual(labels.label(for: WordParagraph(numbering: WordNumberReference(numberingID: "1", level: 1))), "0.", "a negative start counts from 0")
        XCTAssertEqual(labels.label(for: WordParagraph(numbering: WordNumberReference(numberingID: "1", level: -3))), "")
        XCTAssertEqual(WordNumbering.format(0, as: "lowerLetter"), "0")
        XCTAssertEqual(WordNumbering.format(-4, as: "upperRoman"), "-4")
        let body = """
            <w:document xmlns:w="\(WordXMLParser.mainNamespace)"><w:body><w:tbl><w:tr>\
            <w:tc><w:tcPr><w:gridSpan w:val="9223372036854775807"/></w:tcPr><w:p/></w:tc>\
            <w:tc><w:tcPr><w:gridSpan w:val="9223372036854775807"/></w:tcPr><w:p/></w:tc>\
            <w:tc><w:p/></w:tc></w:tr></w:tbl></w:body></w:document>
            """
        let blocks = try WordXMLParser.parse(Array(body.utf8)).get()
        let layout = WordLayout(blocks, numbering: WordNumbering(nil, styles: WordStyles(nil)), styles: WordStyles(nil))
        XCTAssertEqual(layout.origins[2]?.place, .cell(table: 1, row: 1, column: 127))
    }
}
