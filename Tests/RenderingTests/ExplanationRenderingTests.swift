import ReadingTestSupport
import Audit
import Foundation
import ReportReading
import Rendering
import TestSupport
import XCTest

/// `audit explain` and `audit why-not` output on the case, pinned in golden files.
final class ExplanationRenderingTests: XCTestCase {
    private var audit: DocumentAudit {
        get throws {
            let data = try Data(contentsOf: FindingsRenderingTests.repository.appendingPathComponent(FindingsRenderingTests.casePath))
            return try Auditor(knowledge: FindingsRenderingTests.knowledge).audit(
                try ReportReader().read(data: data, file: FindingsRenderingTests.casePath))
        }
    }

    private func golden(_ text: String, _ name: String, line: UInt = #line) throws {
        try assertGolden(text, FindingsRenderingTests.folder.appendingPathComponent("Golden/\(name)"), line: line)
    }

    private func explanation(of rule: String) throws -> Explanation {
        let audit = try audit
        let finding = try XCTUnwrap(audit.findings.first { $0.rule == rule })
        return try XCTUnwrap(audit.explanation(of: finding.id))
    }

    func testExplainText() throws {
        try golden(ExplanationText.render(try explanation(of: "weight-total")), "explain-weight-total.txt")
        try golden(ExplanationText.render(try explanation(of: "problems-said-none")), "explain-problems-said-none.txt")
    }

    func testExplainJSON() throws {
        let text = ExplanationJSON.render(try explanation(of: "weight-total")).text() + "\n"
        try golden(text, "explain-weight-total.json")
        XCTAssertNotNil(try JSONSerialization.jsonObject(with: Data(text.utf8)))
    }

    func testWhyNotText() throws {
        let audit = try audit
        try golden(WhyNotText.render(try XCTUnwrap(audit.whyNot("weight-total", unit: "附件2"))), "why-not-weight-total.txt")
        try golden(WhyNotText.render(try XCTUnwrap(audit.whyNot("execution-low"))), "why-not-execution-low.txt")
    }

    func testWhyNotJSON() throws {
        let text = WhyNotJSON.render(try XCTUnwrap(try audit.whyNot("weight-total", unit: "附件2"))).text() + "\n"
        try golden(text, "why-not-weight-total.json")
        XCTAssertNotNil(try JSONSerialization.jsonObject(with: Data(text.utf8)))
    }
}
