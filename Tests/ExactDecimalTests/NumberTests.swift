import TestSupport
import XCTest

@testable import ExactDecimal

private func num(_ text: String) -> Number {
    guard let number = Number(text) else { fatalError("not a number: \(text)") }
    return number
}

final class NumberTests: XCTestCase {
    func testDecimalArithmeticIsExact() throws {
        XCTAssertEqual(num("0.1").adding(num("0.2")), num("0.3"))
        XCTAssertEqual(num("1233.46").subtracting(num("1233.45")), num("0.01"))
        XCTAssertEqual(num("49662.44").adding(num("82330.02")), num("131992.46"))
        XCTAssertEqual(num("1.5").multiplied(by: num("2")), num("3"))
    }

    func testEqualValuesAreEqualWhateverTheirWriting() {
        XCTAssertEqual(num("1.50"), num("1.5"))
        XCTAssertEqual(num("100"), Number(100))
        XCTAssertEqual(num("-0.0"), Number.zero)
        XCTAssertEqual(num("1.50").hashValue, num("1.5").hashValue)
    }

    func testParsingRejectsWhatIsNotAPlainDecimal() {
        for text in ["", "-", ".", "1.2.3", "1,233", "12元", "1e3", " 1", "一"] {
            XCTAssertNil(Number(text), text)
        }
        XCTAssertEqual(Number(".5"), num("0.5"))
        XCTAssertEqual(Number("+7"), Number(7))
        XCTAssertNil(Number(String(repeating: "9", count: 40)), "too many digits is nil, not a trap")
    }

    func testDivisionRoundsHalfAwayFromZeroAtEighteenPlaces() throws {
        XCTAssertEqual(Number(1).divided(by: 3)?.description, "0.333333333333333333")
        XCTAssertEqual(Number(2).divided(by: 3)?.description, "0.666666666666666667")
        XCTAssertEqual(Number(-2).divided(by: 3)?.description, "-0.666666666666666667")
        XCTAssertEqual(num("96000").divided(by: num("230000"))?.rounded(toPlaces: 4), num("0.4174"))
        XCTAssertNil(Number(1).divided(by: .zero))
    }

    func testComparisonAcrossScales() {
        XCTAssertLessThan(num("9.99"), num("10"))
        XCTAssertLessThan(num("-10.5"), num("-10.25"))
        XCTAssertGreaterThan(num("100.01"), Number(100))
        XCTAssertLessThan(num("0.000000000000000001"), num("0.00000000000000001"))
    }

    func testFormatting() {
        XCTAssertEqual(num("1233.46").formatted(grouping: true), "1,233.46")
        XCTAssertEqual(num("1233").formatted(places: 2, grouping: true), "1,233.00")
        XCTAssertEqual(num("0.125").formatted(places: 2), "0.13")
        XCTAssertEqual(num("-0.125").formatted(places: 2), "-0.13")
        XCTAssertEqual(num("180").description, "180")
        XCTAssertEqual(num("0.05").description, "0.05")
        XCTAssertEqual(num("-1234567.5").formatted(grouping: true), "-1,234,567.5")
    }

    func testOverflowGivesNilNotATrap() {
        let big = num(String(repeating: "9", count: 36))
        XCTAssertNil(big.adding(big))
        XCTAssertNil(big.multiplied(by: big))
        XCTAssertNotNil(big.subtracting(big))
    }

    func testRandomSumsMatchIntegerArithmeticInCents() {
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<500 {
            let a = Int.random(in: -10_000_000...10_000_000, using: &generator)
            let b = Int.random(in: -10_000_000...10_000_000, using: &generator)
            let x = Number(a).divided(by: 100), y = Number(b).divided(by: 100)
            XCTAssertEqual(x?.adding(y ?? .zero), Number(a + b).divided(by: 100))
        }
    }
}
