import XCTest

@testable import ReportReading

/// "全部完成" claims every target was met; wording that only looks like it must not count.
final class ClaimTests: XCTestCase {
    private func claims(_ text: String) -> [String] { Statements.claims(Array(text)).map(\.content) }

    func testAClaimOfEveryTarget() {
        XCTAssertEqual(claims("经自评，年度绩效指标均已达到。"), ["年度绩效指标均已达到"])
        XCTAssertEqual(claims("本项目完成年度目标，群众满意。"), ["本项目完成年度目标"])
    }

    func testAShareOfTheTargetIsNoClaim() {
        XCTAssertEqual(claims("全年放流苗种1800万尾，完成年度目标的90%；"), [])
        XCTAssertEqual(claims("完成年度目标的九成。"), [])
        XCTAssertEqual(claims("完成年度目标的１００％。"), [])
    }

    func testAnIntentionIsNoClaim() {
        XCTAssertEqual(claims("确保全面完成年度目标任务。"), [])
    }
}
