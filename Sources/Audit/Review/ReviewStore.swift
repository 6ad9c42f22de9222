import Diagnostics
import Foundation

/// Review files on disk, beside their reports: what `audit review` and the workbench
/// both read and write, so that the two stay in step.
public enum ReviewStore {
    /// The decisions about a report (a path from `directory` when relative): none when it
    /// has no review file yet.
    public static func load(forReport report: String, in directory: String) -> Result<ReviewFile, Diagnostic> {
        let path = ReviewFile.path(forReport: report)
        guard let data = FileManager.default.contents(atPath: FilePath.resolve(path, from: directory)) else { return .success(ReviewFile()) }
        guard let review = ReviewFile(data: data) else { return .failure(.damagedReviewFile(path)) }
        return .success(review)
    }

    /// Writes all of it at once (a temporary file renamed): a reader never sees half a file.
    public static func save(_ review: ReviewFile, forReport report: String, in directory: String) throws {
        let path = FilePath.resolve(ReviewFile.path(forReport: report), from: directory)
        try review.encoded().write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}

extension Diagnostic {
    /// Kept under its first code (CLI009): the message is the same wherever the file is read.
    public static func damagedReviewFile(_ path: String) -> Diagnostic {
        Diagnostic(
            code: "CLI009",
            message: localized("无法读取 \(path) 中的审核意见：它不是审核意见文件", english: "cannot read the review decisions in \(path): not a review file"),
            help: localized(
                "它由 'audit review' 写出；请恢复它，或把它移走以重新开始审核",
                english: "it was written by 'audit review'; restore it, or move it away to start the review again"))
    }
}
