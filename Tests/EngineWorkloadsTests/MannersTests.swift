import EngineWorkloads
import Foundation
import RuleEngine
import XCTest

/// Miss Manners end to end: a valid seating, and the same number of firings as CLIPS
/// on the same data (the search order is the same).
final class MannersTests: XCTestCase {
    private func entries(_ name: String) throws -> [FactFile.Entry] {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: "fct"))
        return try FactFile.parse(String(contentsOf: url, encoding: .utf8), file: name)
    }

    /// The checks of `../shared/bench/check_seating.py`.
    private func assertValidSeating(_ entries: [FactFile.Entry], _ seating: [Int: String], file: StaticString = #filePath, line: UInt = #line) {
        var sex: [String: Value] = [:]
        var hobbies: [String: Set<Value>] = [:]
        for entry in entries where entry.template == "guest" {
            guard case .text(let name)? = entry.slots["name"] else { continue }
            sex[name] = entry.slots["sex"]
            hobbies[name, default: []].insert(entry.slots["hobby"] ?? .absent)
        }
        XCTAssertEqual(seating.keys.sorted(), Array(1...sex.count), "every seat filled", file: file, line: line)
        XCTAssertEqual(Set(seating.values).count, sex.count, "nobody seated twice", file: file, line: line)
        for seat in 1..<sex.count {
            guard let a = seating[seat], let b = seating[seat + 1] else { continue }
            XCTAssertNotEqual(sex[a], sex[b], "seats \(seat),\(seat + 1) alternate sex", file: file, line: line)
            XCTAssertFalse((hobbies[a] ?? []).isDisjoint(with: hobbies[b] ?? []), "seats \(seat),\(seat + 1) share a hobby", file: file, line: line)
        }
    }

    func testSixteenGuests() throws {
        let facts = try entries("manners16")
        let (engine, summary) = try Manners.run(facts)
        XCTAssertEqual(summary, Engine.RunSummary(firings: 183, halted: true), "CLIPS 6.30 fires 183 rules on this file")
        assertValidSeating(facts, Manners.seating(of: engine))
    }

    func testThirtyTwoGuestsWithAnotherSeed() throws {
        let facts = try entries("manners32-seed1")
        let (engine, summary) = try Manners.run(facts)
        XCTAssertEqual(summary.firings, 623, "CLIPS 6.30 fires 623 rules on this file")
        assertValidSeating(facts, Manners.seating(of: engine))
    }

    func testFactFileErrorsNameTheLine() {
        XCTAssertThrowsError(try FactFile.parse("(guest (name g1))\n(guest (name g2)\n", file: "x.fct")) {
            XCTAssertEqual("\($0)", "x.fct:2: expected (template (slot value) …), got (guest (name g2)")
        }
    }
}
