import TestSupport
import XCTest

@testable import ReportReading

/// Text made from Characters by their bytes is the text `String(_:)` makes.
final class CharacterTextTests: XCTestCase {
    func testAgreesWithTheStandardLibrary() {
        let pieces: [Character] = ["a", "中", "，", "\r\n", "e\u{301}", "👩‍👩‍👧", "１", "\u{FEFF}", " ", "%"]
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<2000 {
            let characters = (0..<Int.random(in: 0...16, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
            let cut = Int.random(in: 0...characters.count, using: &generator)
            XCTAssertEqual(String(characters: characters), String(characters))
            XCTAssertEqual(String(characters: characters[cut...]), String(characters[cut...]))
        }
    }
}
