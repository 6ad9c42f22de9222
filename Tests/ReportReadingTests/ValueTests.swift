import ExactDecimal
import ReadingTestSupport
import TestSupport
import XCTest

@testable import ReportReading

/// Values read with the shipped vocabulary's money units.
private let values = ShippedVocabulary.value.values

/// Numbers, units, operators and money as the reports write them (DOMAIN.md §1).
final class QuantityScannerTests: EnglishMessagesTestCase {
    private func scan(_ text: String) -> [String] {
        values.quantities(Array(text)).map { q in
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
        XCTAssertEqual(scan("９５．７５％"), ["95.75%"], "a full-width decimal point")
        XCTAssertEqual(scan("增长－５％"), ["-5%"], "a full-width minus")
    }

    func testFullWidthThousandsCommas() {
        XCTAssertEqual(scan("1，233.46"), ["1233.46"], "a decimal part follows the group")
        XCTAssertEqual(scan("12，345，678元"), ["12345678元"], "a chain of groups")
        XCTAssertEqual(scan("5，000元"), ["5000元"], "a unit follows the group")
        XCTAssertEqual(scan("591，230"), ["591", "230"], "alone, two values")
        XCTAssertEqual(scan("12，3456"), ["12", "3456"])
    }

    func testChineseNumerals() {
        XCTAssertEqual(scan("满意度达到百分之九十五"), ["95%"])
        XCTAssertEqual(scan("百分之百完成"), ["100%"])
        XCTAssertEqual(scan("得分九十五分"), ["95分"])
        XCTAssertEqual(scan("自评得分九十四点三分"), ["94.3分"], "a decimal part after 点")
        XCTAssertEqual(scan("达到百分之九十五点五"), ["95.5%"])
        XCTAssertEqual(scan("新增一百二十家"), ["120家"])
        XCTAssertEqual(scan("一百零五项"), ["105项"])
        XCTAssertEqual(scan("投入三十万元"), ["30万元"])
        XCTAssertEqual(scan("十分重视"), [], "one numeral character is a word")
        XCTAssertEqual(scan("完成一项"), [])
        XCTAssertEqual(scan("三分之一"), [], "a fraction")
        XCTAssertEqual(scan("三十多家"), [], "no unit right after")
    }

    func testMeasureUnitsFromTheVocabulary() {
        XCTAssertEqual(scan("≥40公里"), ["40公里"])
        XCTAssertEqual(scan("改造泵房12座"), ["12座"])
    }

    func testCalendarYears() {
        let quantities = values.quantities(Array("2024年12月"))
        XCTAssertEqual(quantities.map(\.isYear), [true, false])
        XCTAssertFalse(values.quantities(Array("3年")).first!.isYear)
    }
}

final class CellValueTests: EnglishMessagesTestCase {
    func testWordsAreTextNotZero() {
        let cell = values.cell("满意")
        XCTAssertFalse(cell.isNumeric)
        XCTAssertNil(cell.number)
        XCTAssertEqual(cell.text, "满意")
    }

    func testAnOperatorInTheCell() {
        let cell = values.cell("≥95%")
        XCTAssertEqual(cell.number, Number("95"))
        XCTAssertEqual(cell.comparison, ">=")
        XCTAssertEqual(cell.unit, "%")
        let words = values.cell("不低于90%")
        XCTAssertEqual(words.number, Number(90), "an operator in words is no leftover text")
        XCTAssertEqual(words.comparison, ">=")
        XCTAssertEqual(values.cell("≤2天").comparison, "<=")
        XCTAssertEqual(values.cell("45支左右").comparison, "≈")
        XCTAssertEqual(values.cell("≥40公里").number, Number(40))
    }

    func testSeveralValues() {
        XCTAssertEqual(values.cell("591，230").numbers, [Number(591), Number(230)])
    }

    func testADateIsText() {
        XCTAssertNil(values.cell("2024年12月").number)
        XCTAssertTrue(values.cell("2024年12月").mentionsYear)
    }

    func testProseWithAFigureIsNotAValue() {
        let cell = values.cell("技术合同认定登记额达14亿元")
        XCTAssertNil(cell.number)
        XCTAssertEqual(cell.figures(measuredIn: "亿元"), [Number(14)])
        XCTAssertEqual(cell.figures(measuredIn: "家"), [])
        XCTAssertEqual(values.cell("入库备案达580家，国家高企达210家").figures(measuredIn: "家"), [Number(580), Number(210)])
        XCTAssertEqual(values.cell("达到100%").figures(measuredIn: "百分比"), [Number(100)])
        XCTAssertEqual(values.cell("2023年12月完成").figures(measuredIn: "月"), [], "a date is not a count of months")
    }

    func testACellRepeatingTheIndicatorNameIsItsNumber() {
        XCTAssertEqual(values.cell("企业满意度100%", context: "企业满意度").number, Number(100))
        XCTAssertNil(values.cell("企业满意度100%").number)
    }

    func testTheQuickNumericTestAgreesWithTheFullReading() {
        let texts = [
            "", "满意", "一级指标", "≥95%", "９５％", "百分之九十五", "九十二分", "2024年12月", "591，230", "不低于90%",
            "企业满意度100%", "指标值（万元）", "……", "－3.5", "十二个月", "零",
        ]
        for text in texts {
            XCTAssertEqual(values.isNumeric(text), values.cell(text).isNumeric, "“\(text)”")
        }
    }

    func testPlaceholders() {
        XCTAssertTrue(values.cell("……").isEmpty)
        XCTAssertTrue(values.cell("......").isEmpty)
        XCTAssertTrue(values.cell("").isEmpty)
        XCTAssertFalse(values.cell("0").isEmpty)
        XCTAssertEqual(Placeholder.stripped("时效指标……"), "时效指标")
    }
}

final class OperatorAndMoneyTests: EnglishMessagesTestCase {
    func testOperatorsAsWritten() {
        for (written, normal) in [
            ("≥", ">="), (">=", ">="), ("大于等于", ">="), ("不低于", ">="), ("≤", "<="), ("不超过", "<="), ("＝", "="),
            ("=", "="), ("定性", "定性"), (" ≥ ", ">="), ("＞", ">"), ("约", "≈"),
        ] {
            XCTAssertEqual(values.operator(written), normal, written)
        }
        XCTAssertNil(values.operator("满意"))
    }

    func testMoneyIsHeldInTenThousands() {
        XCTAssertEqual(values.inTenThousands(Number(56400), unit: "元"), Number("5.64"))
        XCTAssertEqual(values.inTenThousands(Number("1.5")!, unit: "亿元"), Number(15000))
        XCTAssertEqual(values.inTenThousands(Number("708.28")!, unit: "万元"), Number("708.28"))
        XCTAssertEqual(values.inTenThousands(Number(12345), unit: "千元"), Number("1234.5"), "a unit the vocabulary adds")
        XCTAssertNil(values.inTenThousands(Number(5), unit: "家"))
    }
}

final class WordIndexTests: EnglishMessagesTestCase {
    private let index = WordIndex([("万", "ten thousand"), ("万元", "money"), ("万人次", "visits"), ("元", "yuan")])

    private func word(_ text: String, at offset: Int, where accept: (String, Int) -> Bool = { _, _ in true }) -> String? {
        index.word(in: Array(text), at: offset, where: accept).map { "\($0.value)/\($0.length)" }
    }

    func testTheLongestWordStartingThereWins() {
        XCTAssertEqual(word("12万元", at: 2), "money/2")
        XCTAssertEqual(word("3万人次", at: 1), "visits/3")
        XCTAssertEqual(word("3万人", at: 1), "ten thousand/1", "万人次 does not fit; 万 does")
        XCTAssertEqual(word("12元", at: 2), "yuan/1")
    }

    func testNothingOutsideTheTextOrWhereNoWordStarts() {
        XCTAssertNil(word("12万元", at: 0))
        XCTAssertNil(word("12万元", at: 4))
        XCTAssertNil(word("12万元", at: -1))
        XCTAssertNil(word("", at: 0))
    }

    func testAcceptSkipsToAShorterWord() {
        XCTAssertEqual(word("12万元", at: 2, where: { _, length in length == 1 }), "ten thousand/1")
    }

    func testTheFirstDeclarationOfAWordCounts() {
        let twice = WordIndex([("优", "excellent"), ("优", "other")])
        XCTAssertEqual(twice.word(in: ["优"], at: 0)?.value, "excellent")
    }
}

final class FastContainsTests: EnglishMessagesTestCase {
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
