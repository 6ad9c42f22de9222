import ExactDecimal
import RuleEngine
import XCTest

@testable import ReportReading

/// Numbers, units, operators and money as the reports write them (DOMAIN.md §1).
final class QuantityScannerTests: XCTestCase {
    private func scan(_ text: String) -> [String] {
        QuantityScanner.scan(Array(text)).map { q in
            "\(q.value)" + (q.upper.map { "-\($0)" } ?? "") + (q.unit ?? "")
        }
    }

    func testThousandsCommasAndDecimals() {
        XCTAssertEqual(scan("1,233.46"), ["1233.46"])
        XCTAssertEqual(scan(" 49,662.44 "), ["49662.44"])
        XCTAssertEqual(scan("1,000,000元"), ["1000000元"])
    }

    func testAFullWidthCommaSeparatesTwoValues() {
        XCTAssertEqual(scan("591，230"), ["591", "230"])
        // Not three digits after the comma: two values, not a thousands group.
        XCTAssertEqual(scan("12,5"), ["12", "5"])
    }

    func testUnitsLongestFirst() {
        XCTAssertEqual(scan("95.75%"), ["95.75%"])
        XCTAssertEqual(scan("9％"), ["9%"])
        XCTAssertEqual(scan("708.28万元"), ["708.28万元"])
        XCTAssertEqual(scan("3.5亿元"), ["3.5亿元"])
        XCTAssertEqual(scan("1200人次"), ["1200人次"])
        XCTAssertEqual(scan("2个百分点"), ["2个百分点"])
    }

    func testRangesAndNegatives() {
        XCTAssertEqual(scan("20-30/本"), ["20-30"])
        XCTAssertEqual(scan("6~10天"), ["6-10天"])
        XCTAssertEqual(scan("增长-5%"), ["-5%"])
        // A descending pair is not a range.
        XCTAssertEqual(scan("30-20"), ["30", "20"])
    }

    func testCodesAreNotQuantities() {
        XCTAssertEqual(scan("T000000286104"), [])
        XCTAssertEqual(scan("51110022T000000286104-科技大楼"), ["51110022"])
    }

    func testFullWidthDigits() {
        XCTAssertEqual(scan("１２３家"), ["123家"])
    }

    func testCalendarYears() {
        let quantities = QuantityScanner.scan(Array("2024年12月"))
        XCTAssertEqual(quantities.map(\.isYear), [true, false])
        XCTAssertFalse(QuantityScanner.scan(Array("3年")).first!.isYear)
    }
}

final class CellValueTests: XCTestCase {
    func testWordsAreTextNotZero() {
        let cell = CellValue("满意")
        XCTAssertFalse(cell.isNumeric)
        XCTAssertNil(cell.number)
        XCTAssertEqual(cell.text, "满意")
    }

    func testAnOperatorInTheCell() {
        let cell = CellValue("≥95%")
        XCTAssertEqual(cell.number, Number("95"))
        XCTAssertEqual(cell.comparison, ">=")
        XCTAssertEqual(cell.unit, "%")
    }

    func testSeveralValues() {
        XCTAssertEqual(CellValue("591，230").numbers, [Number(591), Number(230)])
    }

    func testADateIsText() {
        XCTAssertNil(CellValue("2024年12月").number)
        XCTAssertTrue(CellValue("2024年12月").mentionsYear)
    }

    func testProseWithAFigureIsNotAValue() {
        let cell = CellValue("技术合同认定登记额达14亿元")
        XCTAssertNil(cell.number)
        XCTAssertEqual(cell.figures(measuredIn: "亿元"), [Number(14)])
        XCTAssertEqual(cell.figures(measuredIn: "家"), [])
        XCTAssertEqual(CellValue("入库备案达580家，国家高企达210家").figures(measuredIn: "家"), [Number(580), Number(210)])
        XCTAssertEqual(CellValue("达到100%").figures(measuredIn: "百分比"), [Number(100)])
        XCTAssertEqual(CellValue("2023年12月完成").figures(measuredIn: "月"), [], "a date is not a count of months")
    }

    func testACellRepeatingTheIndicatorNameIsItsNumber() {
        XCTAssertEqual(CellValue("企业满意度100%", context: "企业满意度").number, Number(100))
        XCTAssertNil(CellValue("企业满意度100%").number)
    }

    func testPlaceholders() {
        XCTAssertTrue(CellValue("……").isEmpty)
        XCTAssertTrue(CellValue("......").isEmpty)
        XCTAssertTrue(CellValue("").isEmpty)
        XCTAssertFalse(CellValue("0").isEmpty)
        XCTAssertEqual(Placeholder.stripped("时效指标……"), "时效指标")
    }
}

final class OperatorAndMoneyTests: XCTestCase {
    func testOperatorsAsWritten() {
        for (written, normal) in [
            ("≥", ">="), (">=", ">="), ("大于等于", ">="), ("不低于", ">="), ("≤", "<="), ("不超过", "<="), ("＝", "="),
            ("=", "="), ("定性", "定性"), (" ≥ ", ">="), ("＞", ">"), ("约", "≈"),
        ] {
            XCTAssertEqual(Operator.normalized(written), normal, written)
        }
        XCTAssertNil(Operator.normalized("满意"))
    }

    func testMoneyIsHeldInTenThousands() {
        XCTAssertEqual(Money.inTenThousands(Number(56400), unit: "元"), Number("5.64"))
        XCTAssertEqual(Money.inTenThousands(Number("1.5")!, unit: "亿元"), Number(15000))
        XCTAssertEqual(Money.inTenThousands(Number("708.28")!, unit: "万元"), Number("708.28"))
        XCTAssertNil(Money.inTenThousands(Number(5), unit: "家"))
    }

    func testByteCounts() {
        XCTAssertEqual(ByteCount.text(1), "1 byte")
        XCTAssertEqual(ByteCount.text(900), "900 bytes")
        XCTAssertEqual(ByteCount.text(1536), "1.5 KiB")
        XCTAssertEqual(ByteCount.text(20 * 1_048_576), "20 MiB")
    }
}

final class FastContainsTests: XCTestCase {
    func testAgreesWithCharacterSearch() {
        let texts = ["", "a", "aaab", "预算执行率为86%", "支出总额430.00万元", "无", "ab预算"]
        let words = ["", "a", "aab", "b", "预算", "执行率", "86%", "万元。", "无", "算执", "预算执行率为86%还有"]
        for text in texts {
            for word in words {
                let expected = text.unicodeScalars.count >= word.unicodeScalars.count
                    && (word.isEmpty || text.ranges(of: word).isEmpty == false)
                XCTAssertEqual(text.contains(word), expected, "“\(text)” contains “\(word)”")
                XCTAssertEqual(text.dropFirst(0).contains(word), expected)
            }
        }
        XCTAssertFalse("预算".dropFirst().contains("预"), "a substring searches only its own characters")
    }
}
