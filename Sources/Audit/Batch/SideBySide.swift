import Dispatch
import Foundation

/// `work` for every index on as many threads as there are cores; the results in order.
/// For many reports audited at once (each audit is independent).
public func sideBySide<T>(_ count: Int, _ work: @Sendable (Int) -> T) -> [T] {
    let results = SideBySideResults<T>(count)
    DispatchQueue.concurrentPerform(iterations: count) { index in
        let value = work(index)
        results.lock.withLock { results.values[index] = value }
    }
    return results.values.map { $0! }
}

private final class SideBySideResults<T>: @unchecked Sendable {
    let lock = NSLock()
    var values: [T?]
    init(_ count: Int) { values = Array(repeating: nil, count: count) }
}
