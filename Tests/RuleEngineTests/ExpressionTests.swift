import RegularExpressions
import XCTest

@testable import RuleEngine

final class ExpressionTests: XCTestCase {
    private func evaluate(_ e: RuleExpression, _ env: [String: Value] = [:]) throws -> Value {
        try e.evaluate { term in
            guard case .variable(let name) = term, let value = env[name] else { throw EvaluationError("unbound \(term)") }
            return value
        }
    }

    func testArithmeticAndComparison() throws {
        XCTAssertEqual(try evaluate(.binary(.add, .constant(.number(num("0.1"))), .constant(.number(num("0.2"))))), .number(num("0.3")))
        XCTAssertEqual(try evaluate(.binary(.greater, v("rate"), 10), ["rate": .number(num("10.01"))]), true)
        XCTAssertEqual(try evaluate(.binary(.lessOrEqual, v("rate"), 10), ["rate": .number(num("10"))]), true)
        XCTAssertEqual(try evaluate(.binary(.divide, 96000, 230000)), .number(num("0.417391304347826087")))
    }

    func testEqualityIsTypedAndNeverAnError() throws {
        XCTAssertEqual(try evaluate(.binary(.equal, "1", 1)), false)
        XCTAssertEqual(try evaluate(.binary(.notEqual, "满意", 100)), true)
        XCTAssertEqual(try evaluate(.binary(.equal, .constant(.absent), .constant(.absent))), true)
        XCTAssertEqual(Value.number(num("90.0")), Value.number(90), "numbers are equal whatever their writing")
    }

    func testTextOperations() throws {
        XCTAssertEqual(try evaluate(.binary(.contains, "存在问题：无", "无")), true)
        XCTAssertEqual(try evaluate(.binary(.in, "优", ["优", "良", "中", "差"])), true)
        XCTAssertEqual(try evaluate(.binary(.in, "合格", ["优", "良", "中", "差"])), false)
        XCTAssertEqual(try evaluate(.matches(.constant("预计完成"), try RegularExpression("预计|力争|将"))), true)
        XCTAssertEqual(try evaluate(.matches(.constant("已完成"), try RegularExpression("^预计"))), false)
        XCTAssertEqual(try evaluate(.call(.length, ["绩效自评"])), 4)
        XCTAssertEqual(try evaluate(.call(.concat, ["权重合计为", 180])), "权重合计为180")
        XCTAssertEqual(try evaluate(.call(.startsWith, ["附件3", "附件"])), true)
    }

    func testFunctions() throws {
        XCTAssertEqual(try evaluate(.call(.round, [.constant(.number(num("4.255"))), 2])), .number(num("4.26")))
        XCTAssertEqual(try evaluate(.call(.abs, [-3])), 3)
        XCTAssertEqual(try evaluate(.call(.max, [3, 9, 4])), 9)
        XCTAssertEqual(try evaluate(.call(.min, [[3, 9, 4]])), 3)
        XCTAssertEqual(try evaluate(.call(.sum, [[1, .absent, 2]])), 3)
        XCTAssertEqual(try evaluate(.call(.isAbsent, [.constant(.absent)])), true)
    }

    func testErrorsNameWhatWentWrong() {
        XCTAssertThrowsError(try evaluate(.binary(.divide, 1, 0))) {
            XCTAssertEqual("\($0)", "division by zero: 1 / 0")
        }
        XCTAssertThrowsError(try evaluate(.binary(.greater, "满意", 90))) {
            XCTAssertEqual("\($0)", "cannot compare text \"满意\" > number 90")
        }
        XCTAssertThrowsError(try evaluate(.binary(.add, .constant(.absent), 1))) {
            XCTAssertEqual("\($0)", "+ needs numbers, got absent —")
        }
        XCTAssertThrowsError(try evaluate(.binary(.and, 1, true))) {
            XCTAssertEqual("\($0)", "expected true or false, got number 1")
        }
        XCTAssertThrowsError(try RegularExpression("(unclosed"))
    }

    func testShortCircuitAvoidsErrorsOnTheRight() throws {
        XCTAssertEqual(try evaluate(.binary(.and, false, .binary(.divide, 1, 0))), false)
        XCTAssertEqual(try evaluate(.binary(.or, true, .binary(.divide, 1, 0))), true)
    }

    func testRendering() {
        let e: RuleExpression = .binary(.greater, v("actual"), .binary(.multiply, v("target"), .constant(.number(num("1.3")))))
        XCTAssertEqual(e.description, "?actual > ?target * 1.3")
        let grouped: RuleExpression = .binary(.multiply, .binary(.add, v("a"), 1), 2)
        XCTAssertEqual(grouped.description, "(?a + 1) * 2")
        XCTAssertEqual(RuleExpression.binary(.notEqual, .slot("sex"), v("sx")).description, "sex != ?sx")
    }
}
