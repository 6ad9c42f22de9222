import Audit
import Diagnostics
import Foundation

/// Review files on disk, beside their reports.
enum ReviewStore {
    /// The decisions about a report: none when it has no review file yet.
    static func load(forReport report: String, workingDirectory: String) -> Result<ReviewFile, Diagnostic> {
        let path = ReviewFile.path(forReport: report)
        guard let data = FileManager.default.contents(atPath: CommandContext.absolute(path, in: workingDirectory)) else { return .success(ReviewFile()) }
        guard let review = ReviewFile(data: data) else {
            return .failure(
                Diagnostic.damagedReviewFile(path))
        }
        return .success(review)
    }

    /// Writes all of it at once: a reader never sees half a file.
    static func save(_ review: ReviewFile, forReport report: String, context: CommandContext) -> Diagnostic? {
        let path = ReviewFile.path(forReport: report)
        do {
            try review.encoded().write(to: URL(fileURLWithPath: context.absolute(path)), options: .atomic)
            return nil
        } catch {
            return Diagnostic.cannotWrite(path, error)
        }
    }
}
