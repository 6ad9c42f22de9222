import Foundation

/// A folder whose files may be served, and only those: a request path is decoded
/// already; here `..`, empty, hidden and NUL segments are refused, and the file's real
/// path (symbolic links followed) must still lie inside the folder's.
public struct ServedFolder: Sendable {
    public let root: String

    /// Nil when the folder does not exist.
    public init?(_ path: String) {
        guard let real = Self.realPath(path) else { return nil }
        root = real
    }

    /// The file a relative path names inside the folder; nil when it is outside it, is
    /// not a regular file, or does not exist.
    public func file(_ relative: String) -> String? {
        let segments = relative.split(separator: "/", omittingEmptySubsequences: false)
        guard !segments.isEmpty, segments.allSatisfy(Self.isPlainSegment) else { return nil }
        guard let real = Self.realPath(root + "/" + relative), real.hasPrefix(root + "/") else { return nil }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isFolder), !isFolder.boolValue else { return nil }
        return real
    }

    private static func isPlainSegment(_ segment: Substring) -> Bool {
        !segment.isEmpty && !segment.hasPrefix(".") && !segment.contains("\0") && !segment.contains("\\")
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
