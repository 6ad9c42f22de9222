import ReadingTestSupport
import Audit
import Foundation
import ReportReading
import Rendering
import RuleLanguage
import TestSupport
import XCTest

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Every output format on one case, pinned in golden files (re-record with
/// RECORD_GOLDEN=1, then read the difference before committing it). The rules'
/// hash is fixed here so that only what the findings say can change the files.
final class FindingsRenderingTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repository = folder.deletingLastPathComponent().deletingLastPathComponent()
    static let casePath = "cases/yunxi-2024/report.txt"

    static let knowledge = AuditKnowledge.load(paths: [repository.appendingPathComponent("knowledge").path]).knowledge.rules
    static let run = RunInfo(version: "0.0.0-test", knowledgePath: "knowledge", knowledgeSHA256: String(repeating: "0", count: 64), ruleCount: 56)

    private var audit: DocumentAudit {
        get throws {
            let data = try Data(contentsOf: Self.repository.appendingPathComponent(Self.casePath))
            return try Auditor(knowledge: Self.knowledge).audit(try ReportReader().read(data: data, file: Self.casePath))
        }
    }

    private func golden(_ text: String, _ name: String, line: UInt = #line) throws {
        try assertGolden(text, Self.folder.appendingPathComponent("Golden/\(name)"), line: line)
    }

    /// A finding is data; its message and recommendation are written here, from the
    /// rule's templates and the values it bound.
    func testMessagesAreWrittenFromTheFindingsValues() throws {
        let weight = try XCTUnwrap(try audit.findings.first { $0.rule == "weight-total" })
        XCTAssertEqual(weight.message, "附件1绩效指标权重合计为95分，应为90分")
        XCTAssertEqual(weight.recommendation, "按评分方案调整各三级指标的权重，使合计为90分；权重不符时，自评得分不可信。")
        let balance = try XCTUnwrap(try audit.findings.first { $0.rule == "balance-over-limit" })
        XCTAssertEqual(balance.value("$balance-rate-limit"), "10", "a threshold the message shows is one of its values")
        XCTAssertTrue(balance.message.hasSuffix("超过10%的上限"), balance.message)
    }

    func testText() throws {
        try golden(FindingsText().render([try audit], run: Self.run), "check.txt")
    }

    func testTextWithColourOnlyAddsEscapes() throws {
        let plain = FindingsText().render([try audit], run: Self.run)
        let coloured = FindingsText(useColor: true).render([try audit], run: Self.run)
        XCTAssertTrue(coloured.contains("\u{1B}[1;31m"))
        XCTAssertEqual(coloured.replacing(/\u{1B}\[[0-9;]*m/, with: ""), plain)
    }

    func testJSON() throws {
        let text = FindingsJSON.render([try audit], run: Self.run).text() + "\n"
        try golden(text, "check.json")
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let document = try XCTUnwrap((json["documents"] as? [[String: Any]])?.first)
        XCTAssertEqual(document["file"] as? String, Self.casePath)
        XCTAssertEqual((document["sha256"] as? String)?.count, 64)
        let finding = try XCTUnwrap((document["findings"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(finding.keys), ["fingerprint", "id", "rule", "severity", "title", "review", "message", "unit", "citations", "basis", "recommendation", "values", "related", "decision"])
        let findings = try XCTUnwrap(document["findings"] as? [[String: Any]])
        XCTAssertEqual(findings.filter { $0["review"] as? Bool == true }.map { $0["rule"] as? String }, ["year-mismatch", "estimate-as-actual"])
        let citation = try XCTUnwrap((finding["citations"] as? [[String: Any]])?.first)
        XCTAssertTrue(Set(citation.keys).isSuperset(of: ["file", "line", "endLine", "quote"]))
    }

    func testMarkdown() throws {
        try golden(FindingsMarkdown.render([try audit], run: Self.run), "check.md")
    }

    func testSARIF() throws {
        let text = FindingsSARIF.render([try audit], run: Self.run, knowledge: Self.knowledge).text() + "\n"
        try golden(text, "check.sarif")
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(json["version"] as? String, "2.1.0")
        let run = try XCTUnwrap((json["runs"] as? [[String: Any]])?.first)
        let rules = try XCTUnwrap(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        XCTAssertEqual(results.count, try audit.findings.count)
        for result in results {
            // Each result names a rule of the driver by id and index.
            let index = try XCTUnwrap(result["ruleIndex"] as? Int)
            XCTAssertEqual(rules[index]["id"] as? String, result["ruleId"] as? String)
            let location = try XCTUnwrap((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            let region = try XCTUnwrap(location["region"] as? [String: Any])
            XCTAssertNotNil((region["snippet"] as? [String: Any])?["text"] as? String)
            XCTAssertGreaterThanOrEqual(region["startLine"] as? Int ?? 0, 1)
            XCTAssertTrue(["error", "warning", "note", "none"].contains(result["level"] as? String ?? ""))
            // A relative path is relative to SRCROOT, which the run declares; the fingerprint is the review files'.
            let artifact = try XCTUnwrap(location["artifactLocation"] as? [String: Any])
            XCTAssertEqual(artifact["uriBaseId"] as? String, "SRCROOT")
            XCTAssertEqual((result["partialFingerprints"] as? [String: String])?["auditFinding/v1"]?.count, 16)
        }
        XCTAssertNotNil((run["originalUriBaseIds"] as? [String: Any])?["SRCROOT"])
    }

    func testHTML() throws {
        let audit = try audit
        let html = FindingsHTML.render([audit], run: Self.run)
        try golden(html, "check.html")
        // Well-formed (as XML), self-contained, and every finding is there and linked.
        let parser = XMLParser(data: Data(html.utf8))
        let collector = ElementCollector()
        parser.delegate = collector
        XCTAssertTrue(parser.parse(), "not well-formed: \(parser.parserError.map { "\($0)" } ?? "") at line \(parser.lineNumber)")
        XCTAssertFalse(html.contains("<script"))
        XCTAssertFalse(html.contains("http://") || html.contains("src="), "nothing is fetched")
        for finding in audit.findings {
            XCTAssertTrue(collector.ids.contains("d1-f\(finding.id)"), "finding #\(finding.id)")
            XCTAssertTrue(collector.links.contains("#d1-f\(finding.id)"), "a cited line links back to #\(finding.id)")
            for citation in finding.citations {
                XCTAssertTrue(collector.links.contains("#d1-L\(citation.line)"))
                XCTAssertTrue(collector.ids.contains("d1-L\(citation.line)"))
            }
        }
        XCTAssertEqual(collector.ids.filter { $0.hasPrefix("d1-L") }.count, audit.read.report.source.lineCount)
    }

    /// The source view draws the report's tables as tables: a Word table's merged cells
    /// span rows and columns, its header row is headers, the cited cells are marked, and
    /// every line keeps its anchor.
    func testTablesInTheSourceViewAreTables() throws {
        let path = "Tests/AuditTests/Fixtures/docx/yunxi-2024.docx"
        let data = try Data(contentsOf: Self.repository.appendingPathComponent(path))
        let audit = try Auditor(knowledge: Self.knowledge).audit(try ReportReader().read(data: data, file: path))
        let html = FindingsHTML.render([audit], run: Self.run)
        let parser = XMLParser(data: Data(html.utf8))
        let collector = ElementCollector()
        parser.delegate = collector
        XCTAssertTrue(parser.parse())
        XCTAssertEqual(html.components(separatedBy: "<table class=\"grid\">").count - 1, audit.read.report.units.flatMap(\.tables).count)
        XCTAssertTrue(html.contains("rowspan=\""), "a category merged down over its rows")
        XCTAssertTrue(html.contains("<th>三级指标</th>"))
        XCTAssertTrue(html.contains("<td class=\"cited high\">"), "the cells of the row a high finding cites")
        XCTAssertEqual(collector.ids.filter { $0.hasPrefix("d1-L") }.count, audit.read.report.source.lineCount)
        XCTAssertEqual(collector.ids.count, collector.idList.count, "every id once")
    }

    /// `--no-source`: the findings with their quotes, without the report's text; the page
    /// is named after the report either way.
    func testHTMLWithoutTheSource() throws {
        let audit = try audit
        let html = FindingsHTML.render([audit], run: Self.run, includeSource: false)
        XCTAssertFalse(html.contains("<table class=\"source\">"))
        XCTAssertTrue(html.contains("<title>绩效自评报告审核结果 — \(audit.read.report.title)</title>"), html)
        XCTAssertTrue(html.contains("<h4>") && html.contains("<p class=\"message\">"))
        XCTAssertTrue(XMLParser(data: Data(html.utf8)).parse())
    }

    func testNoFindings() throws {
        let text = "2024年度测试项目绩效自评报告\n一、项目基本情况\n本项目资金用于支持企业开展科技创新活动，年度预算十万元。\n"
        // The templates alone: a knowledge base without rules finds nothing.
        let templates = KnowledgeLoader.load(paths: [Self.repository.appendingPathComponent("knowledge/facts.rules").path]).knowledgeBase
        let audit = try Auditor(knowledge: templates).audit(try ReportReader().read(text: text, file: "quiet.txt"))
        XCTAssertTrue(audit.findings.isEmpty)
        XCTAssertTrue(FindingsText().render(audit).contains("未发现问题"))
        XCTAssertTrue(FindingsMarkdown.render([audit], run: Self.run).contains("未发现问题"))
        XCTAssertTrue(FindingsHTML.render([audit], run: Self.run).contains("未发现问题"))
    }
}

/// Ids and link targets of an HTML page read as XML.
final class ElementCollector: NSObject, XMLParserDelegate {
    var ids = Set<String>()
    /// Every id in document order, to see that none repeats.
    var idList: [String] = []
    var links = Set<String>()

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if let id = attributes["id"] {
            ids.insert(id)
            idList.append(id)
        }
        if let href = attributes["href"] { links.insert(href) }
    }
}
