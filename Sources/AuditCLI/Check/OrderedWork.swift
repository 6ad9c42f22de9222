import Dispatch
import Foundation

/// Work on many items with several threads, results handed on in the items' order.
/// Threads take the next item as soon as they are free, but never run more than a few
/// items ahead of the one the caller is waiting for: memory stays flat however many
/// items there are, and one long item does not leave the other threads idle.
enum OrderedWork {
    /// Calls `work` for every index in `0..<count` on up to `jobs` threads, and
    /// `deliver` on the calling thread with each result, in index order.
    static func run<Result>(count: Int, jobs: Int, work: @escaping @Sendable (Int) -> Result, deliver: (Int, Result) -> Void) {
        let jobs = max(1, min(jobs, count))
        guard jobs > 1 else {
            for index in 0..<count { deliver(index, work(index)) }
            return
        }
        let queue = Queue<Result>(count: count, ahead: jobs * 4)
        let workers = DispatchGroup()
        for _ in 0..<jobs {
            DispatchQueue.global().async(group: workers) {
                while let index = queue.take() { queue.store(work(index), at: index) }
            }
        }
        for index in 0..<count { deliver(index, queue.result(at: index)) }
        workers.wait()
    }

    /// The items to take and the results waiting to be handed on, shared by the threads
    /// under one lock: a thread waits when it is `ahead` items past the one the caller
    /// waits for; the caller waits for the result it needs next.
    private final class Queue<Result>: @unchecked Sendable {
        private let condition = NSCondition()
        private let count: Int
        private let ahead: Int
        private var next = 0
        private var delivered = 0
        private var results: [Int: Result] = [:]

        init(count: Int, ahead: Int) {
            self.count = count
            self.ahead = ahead
        }

        func take() -> Int? {
            condition.lock()
            defer { condition.unlock() }
            while next < count, next - delivered >= ahead { condition.wait() }
            guard next < count else { return nil }
            next += 1
            return next - 1
        }

        func store(_ result: Result, at index: Int) {
            condition.lock()
            results[index] = result
            condition.broadcast()
            condition.unlock()
        }

        /// Waits for the result of `index`, and lets the threads go one item further.
        func result(at index: Int) -> Result {
            condition.lock()
            defer { condition.unlock() }
            while results[index] == nil { condition.wait() }
            delivered = index + 1
            condition.broadcast()
            return results.removeValue(forKey: index)!
        }
    }
}
