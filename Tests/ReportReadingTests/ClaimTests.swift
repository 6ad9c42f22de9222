import XCTest

@testable import ReportReading

/// What a clause states, by the statement words of the vocabulary: a claim that every
/// target was met, a claim that nothing was left of the budget; wording that only looks
/// like one must not count.
final class ClaimTests: XCTestCase {
    private func claims(_ text: String) throws -> [String] {
        try Fixtures.read(text: "2024年度某项目绩效自评报告\n一、评价结论\n\(text)\n").facts("claim").map { "\($0.text("about") ?? "") \($0.text("text") ?? "")" }
    }

    func testAClaimOfEveryTarget() throws {
        XCTAssertEqual(try claims("经自评，年度绩效指标均已达到。"), ["指标 年度绩效指标均已达到"])
        XCTAssertEqual(try claims("本项目完成年度目标，群众满意。"), ["指标 本项目完成年度目标"])
    }

    func testAShareOfTheTargetIsNoClaim() throws {
        XCTAssertEqual(try claims("全年放流苗种1800万尾，完成年度目标的90%；"), [])
        XCTAssertEqual(try claims("完成年度目标的九成。"), [])
    }

    func testAnIntentionIsNoClaim() throws {
        XCTAssertEqual(try claims("确保全面完成年度目标任务。"), [])
    }

    func testAClaimOfNoBalance() throws {
        XCTAssertEqual(try claims("项目资金已全部支出完毕，年末无结转和结余资金。"), ["结余 项目资金已全部支出完毕", "结余 年末无结转和结余资金"])
        XCTAssertEqual(try claims("年末结转结余30万元。"), [])
    }
}
