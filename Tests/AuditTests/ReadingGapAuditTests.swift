import Audit
import ReadingTestSupport
import ReportReading
import XCTest

/// A reader's gap is never turned into a finding against the report.
final class ReadingGapAuditTests: XCTestCase {
    private let report = """
        2024年度社区养老服务补助资金绩效自评报告
        一、项目基本情况
        社区养老服务补助资金用于支持街道开展居家养老上门服务。
        二、绩效目标完成情况
        \t项目支出绩效自评表

        \t考核内容
        \t考核要点
        \t年度目标
        \t完成情况
        \t考核分

        \t服务数量
        \t上门服务人次
        \t≥12000人次
        \t12500人次
        \t90
        三、评价结论
        经综合评价，本项目自评得分95分，等级为优。
        四、存在问题
        部分街道服务记录不完整。
        五、改进建议
        统一服务记录格式，按月核对台账。

        """

    func testAFormThatCouldNotBeReadIsNotMissing() throws {
        let read = try ReportReader().read(text: report, file: "unread.txt")
        XCTAssertEqual(read.gaps.map(\.problem), [.unreadableTable])
        XCTAssertEqual(read.gaps.first?.part, "绩效目标完成情况自评表")
        let audit = try Auditor(knowledge: Fixtures.knowledge).audit(read)
        XCTAssertFalse(
            audit.findings.contains { $0.rule == "component-missing" && $0.value("component")?.contains("自评表") == true },
            "the reader saw the form; it says so in a reading note instead")
    }

    func testAReportWithoutAnyFormStillLacksIt() throws {
        let withoutForm = report.components(separatedBy: "\n").filter { !$0.hasPrefix("\t") }.joined(separator: "\n")
        let read = try ReportReader().read(text: withoutForm, file: "none.txt")
        XCTAssertEqual(read.gaps.count, 0)
        let audit = try Auditor(knowledge: Fixtures.knowledge).audit(read)
        XCTAssertTrue(audit.findings.contains { $0.rule == "component-missing" && $0.unit == "项目" && $0.value("component") == "绩效目标完成情况自评表" })
    }
}
