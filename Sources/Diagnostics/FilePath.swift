/// Paths as people give them (relative to where they work), as the file system needs them.
public enum FilePath {
    /// `path` read from `directory` when it is relative and a directory is given; an
    /// absolute path as it is.
    public static func resolve(_ path: String, from directory: String?) -> String {
        guard let directory, !path.hasPrefix("/") else { return path }
        return directory.hasSuffix("/") ? directory + path : directory + "/" + path
    }
}
