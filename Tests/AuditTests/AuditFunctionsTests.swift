import RuleEngine
import RuleLanguage
import XCTest

@testable import Audit

final class AuditFunctionsTests: XCTestCase {
    private func mentions(_ text: String, _ name: String) throws -> Value {
        try AuditFunctions.mentions([.text(text), .text(name)])
    }

    func testMentionsByFullNameOrFourCharacters() throws {
        XCTAssertEqual(try mentions("改造农村公路进度滞后", "改造农村公路"), true)
        XCTAssertEqual(try mentions("农村公路改造进度滞后", "改造农村公路"), true, "农村公路")
        XCTAssertEqual(try mentions("道路改造进度滞后", "改造农村公路"), false, "three characters in a row are not enough")
        XCTAssertEqual(try mentions("培训场次不足", "培训"), true)
        XCTAssertEqual(try mentions("场次不足", "培训"), false)
    }

    func testMentionsNeedsTwoTexts() {
        XCTAssertThrowsError(try AuditFunctions.mentions([.text("培训"), .number(3)])) {
            XCTAssertEqual("\($0)", "mentions needs two texts")
        }
    }

    /// The audit's rules may call it; a knowledge base loaded with the built-ins alone may not.
    func testTheAuditRegistersMentionsBesideTheBuiltIns() {
        XCTAssertEqual(AuditFunctions.library["mentions"], AuditFunctions.mentions)
        XCTAssertNil(FunctionLibrary.builtIn["mentions"])
        for function in Function.builtIns { XCTAssertEqual(AuditFunctions.library[function.name], function) }
    }
}
