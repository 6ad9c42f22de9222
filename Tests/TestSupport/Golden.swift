import Foundation
import XCTest

/// Golden files: compares `actual` with the file, or writes it when RECORD_GOLDEN=1
/// (check the difference with git before committing a re-recording).
public func assertGolden(_ actual: String, _ golden: URL, file: StaticString = #filePath, line: UInt = #line) throws {
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
        try actual.write(to: golden, atomically: true, encoding: .utf8)
        return
    }
    let expected = try String(contentsOf: golden, encoding: .utf8)
    XCTAssertEqual(actual, expected, "\(golden.lastPathComponent) differs; re-record with RECORD_GOLDEN=1 after checking the change", file: file, line: line)
}
