import Dispatch
import Foundation

/// Work on many items with several threads, results handed on in the items' order.
/// Items are taken a window at a time (a few per thread), so that only a window's
/// results are ever held: memory stays flat however many items there are.
enum OrderedWork {
    /// Calls `work` for every index in `0..<count` on up to `jobs` threads, and
    /// `deliver` on the calling thread with each result, in index order.
    static func run<Result>(count: Int, jobs: Int, work: @escaping @Sendable (Int) -> Result, deliver: (Int, Result) -> Void) {
        let jobs = max(1, jobs)
        guard jobs > 1, count > 1 else {
            for index in 0..<count { deliver(index, work(index)) }
            return
        }
        let window = jobs * 4
        var start = 0
        while start < count {
            let indices = start..<min(start + window, count)
            let slots = Slots<Result>(indices)
            DispatchQueue.concurrentPerform(iterations: min(jobs, indices.count)) { _ in
                while let index = slots.take() { slots.store(work(index), at: index) }
            }
            for index in indices {
                if let result = slots.result(at: index) { deliver(index, result) }
            }
            start = indices.upperBound
        }
    }

    /// A window's indices to take and results to fill, shared by the threads: each
    /// index is taken once, under the lock, so each slot has one writer; the calling
    /// thread reads them after all threads are done.
    private final class Slots<Result>: @unchecked Sendable {
        private let lock = NSLock()
        private let range: Range<Int>
        private var next: Int
        private var results: [Result?]

        init(_ range: Range<Int>) {
            self.range = range
            next = range.lowerBound
            results = Array(repeating: nil, count: range.count)
        }

        func take() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard next < range.upperBound else { return nil }
            next += 1
            return next - 1
        }

        func store(_ result: Result, at index: Int) {
            lock.lock()
            defer { lock.unlock() }
            results[index - range.lowerBound] = result
        }

        func result(at index: Int) -> Result? { results[index - range.lowerBound] }
    }
}
