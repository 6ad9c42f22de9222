import ExactDecimal
import ReadingTestSupport
import XCTest

@testable import ReportReading

/// How many of an object the prose says there are, and figures stated per object: the
/// words come from the vocabulary's `counted` entries; these pin the mechanism.
final class CountedObjectsTests: XCTestCase {
    private let objects = CountedObjects(entries: ShippedVocabulary.value.counted)

    private func counts(_ text: String) -> [String] {
        let characters = Array(text)
        return objects.counts(in: characters, of: text).map { "\($0.entry.title) \($0.count) \(String(characters[$0.start..<$0.end]))" }
    }

    func testDigitsOfEveryWidthAndChineseNumerals() {
        XCTAssertEqual(counts("共6支团队"), ["团队 6 6支团队"])
        XCTAssertEqual(counts("共６支团队"), ["团队 6 ６支团队"])
        XCTAssertEqual(counts("组建二十支服务队"), ["团队 20 二十支服务队"])
        XCTAssertEqual(counts("组建了十二个科技服务团队"), ["团队 12 十二个科技服务团队"], "二 and 十 are not digits")
    }

    func testWhatIsNoCount() {
        XCTAssertEqual(counts("3.5支团队"), [], "a decimal counts nothing")
        XCTAssertEqual(counts("6支，科技团队"), [], "punctuation ends the phrase")
        XCTAssertEqual(counts("6支由市农业农村局牵头组织的科技特派员团队"), [], "too far from its counter")
        XCTAssertEqual(counts("累计组建15支团队"), [])
        XCTAssertEqual(counts("每支团队3万元"), [])
    }

    func testALongerWordCountsOnce() {
        XCTAssertEqual(counts("覆盖18个行政村"), ["村 18 18个行政村"])
    }

    func testAFigurePerObject() {
        XCTAssertEqual(objects.perObject("每个团队每年开展培训不少于4次")?.title, "团队")
        XCTAssertEqual(objects.perObject("每一支队伍")?.title, "团队")
        XCTAssertEqual(objects.perObject("以每个团队为单位，报销额不超过10000元")?.title, "团队")
        XCTAssertNil(objects.perObject("每年开展培训不少于4次"))
    }

    func testTheReaderStatesCountsAndPerObjectIndicators() throws {
        let read = try Fixtures.read(Fixtures.repository.appendingPathComponent("cases/per-team-targets/report.txt"))
        XCTAssertEqual(read.facts("object-count").map { "\($0.text("object") ?? "") \($0.number("count")?.description ?? "")" }, ["团队 5"])
        XCTAssertEqual(read.facts("object-count").first?.citation.quote, "5支农技服务团队")
        XCTAssertEqual(read.facts("indicator").compactMap { $0.text("per-object") }, ["团队", "团队", "团队"])
    }
}
