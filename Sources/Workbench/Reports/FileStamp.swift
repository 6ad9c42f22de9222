import Foundation

/// A file's size and time of change: when either moves, what was made from it is stale.
struct FileStamp: Equatable, Sendable {
    let size: Int
    let modified: Date

    /// Nil when the file cannot be looked at.
    init?(_ path: String) {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let size = attributes[.size] as? Int, let modified = attributes[.modificationDate] as? Date
        else { return nil }
        self.size = size
        self.modified = modified
    }
}
