import XCTest

@testable import AuditCLI

/// Work spread over threads comes back in the order of the items, each item once.
final class OrderedWorkTests: XCTestCase {
    func testResultsArriveInOrderWhateverTheThreads() {
        for jobs in [1, 2, 3, 8] {
            for count in [0, 1, 7, 100] {
                var delivered: [Int] = []
                OrderedWork.run(count: count, jobs: jobs) { index in
                    // Uneven work, so that later items often finish first.
                    if index % 3 == 0 { usleep(200) }
                    return index * index
                } deliver: { index, square in
                    XCTAssertEqual(square, index * index)
                    delivered.append(index)
                }
                XCTAssertEqual(delivered, Array(0..<count), "jobs \(jobs), count \(count)")
            }
        }
    }
}
