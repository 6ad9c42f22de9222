import Diagnostics
import RuleLanguage
import XCTest

/// Expressions nest at most `100` levels (KB045): just under compiles, just over is an
/// error at its place, and far over (a pasted line of thousands) too, never a crash.
final class NestingLimitTests: XCTestCase {
    /// A rule testing `(((?w))) > 1` with `brackets` pairs: the comparison is one level more.
    private func codes(brackets: Int) throws -> [String] {
        let text = """
            rule deep
              title: 深
              when:
                indicator(weight: ?w)
                test \(String(repeating: "(", count: brackets))?w\(String(repeating: ")", count: brackets)) > 1
              then:
                derive note(text: "x")
            """
        return try Fixtures.load(text).diagnostics.map(\.code)
    }

    func testJustUnderAndJustOverTheLimit() throws {
        XCTAssertEqual(try codes(brackets: 99), [])
        XCTAssertEqual(try codes(brackets: 100), ["KB045"])
        XCTAssertEqual(try codes(brackets: 20_000), ["KB045"])
    }
}
