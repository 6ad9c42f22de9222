import ExactDecimal
import XCTest

@testable import ReportReading

/// The figures of a satisfaction survey, read by the labels of the vocabulary.
final class SurveyTests: XCTestCase {
    private func surveys(_ text: String) throws -> [ExtractedFact] {
        try Fixtures.read(text: "2024年度某项目绩效自评报告\n一、绩效分析\n\(text)\n").facts("survey")
    }

    func testASurveysCountsAndRate() throws {
        let survey = try XCTUnwrap(try surveys("共发放调查问卷300份，回收有效问卷286份，其中满意及基本满意272份，满意度为98%。").first)
        XCTAssertEqual(survey.number("sent"), Number(300))
        XCTAssertEqual(survey.number("valid"), Number(286))
        XCTAssertEqual(survey.number("satisfied"), Number(272))
        XCTAssertEqual(survey.number("rate"), Number(98))
        XCTAssertEqual(survey.slotCitations["valid"]?.quote, "286份")
    }

    func testALoneRateIsNoSurvey() throws {
        XCTAssertEqual(try surveys("服务对象满意度达到95%以上。").count, 0)
        XCTAssertEqual(try surveys("培训学员300人，满意度95%。").count, 0, "学员 are not questionnaires")
    }
}

/// Prose that states a figure of an indicator the unit's table lists.
final class IndicatorStatementTests: XCTestCase {
    func testAClauseNamingAnIndicatorWithOneFigureInItsMeasure() throws {
        let read = try Fixtures.read(Fixtures.repository.appendingPathComponent("cases/yunxi-2024/report.txt"))
        let stated = read.facts("stated-value", unit: "附件2").map { "\($0.text("name") ?? "") \($0.number("value").map(\.description) ?? "") \($0.text("measure") ?? "")" }
        XCTAssertEqual(stated, ["举办科普活动 33 场", "参与群众 2.4 万人次"])
        let first = try XCTUnwrap(read.facts("stated-value", unit: "附件2").first)
        XCTAssertEqual(first.slotCitations["value"]?.quote, "33场")
    }

    func testNoIndicatorTableNoStatements() throws {
        let read = try Fixtures.read(text: "2024年度某项目绩效自评报告\n一、绩效分析\n全年举办科普活动33场。\n")
        XCTAssertEqual(read.facts("stated-value").count, 0)
    }
}
