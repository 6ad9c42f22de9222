import RuleLanguage
import TestSupport
import XCTest

/// Findings wait for the derivations they read: a rule that reports a finding fires
/// below the derivations unless it gives its own `salience:`.
final class SalienceDefaultTests: EnglishMessagesTestCase {
    private func salience(of id: String, in text: String) throws -> Int {
        let result = try Fixtures.load(text)
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.pinned), [])
        return try XCTUnwrap(result.knowledgeBase.rule(id)).engineRule.salience
    }

    private func rules(findingSalience: String = "", derivationSalience: String = "") -> String {
        """
        rule derive
          title: 推导
          \(derivationSalience)
          when:
            indicator(name: ?n)
          then:
            derive note(text: ?n)

        rule report
          title: 发现
          severity: low
          \(findingSalience)
          message: {n}
          recommendation: 改
          when:
            note(text: ?n)
          then:
            finding
        """
    }

    func testFindingsFireBelowDerivationsByDefault() throws {
        XCTAssertEqual(try salience(of: "derive", in: rules()), 0)
        XCTAssertEqual(try salience(of: "report", in: rules()), -1)
    }

    func testAWrittenSalienceWins() throws {
        let text = rules(findingSalience: "salience: 5", derivationSalience: "salience: -3")
        XCTAssertEqual(try salience(of: "report", in: text), 5)
        XCTAssertEqual(try salience(of: "derive", in: text), -3)
    }
}
