import Diagnostics
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What the file system says of a path, and why it cannot be opened when it cannot:
/// a missing file, a symbolic link that leads back to itself, a folder without
/// permission, a name the listing could not decode.
struct FileStatus {
    let isFolder: Bool
    let size: Int

    init(path location: String, named path: String) throws(Diagnostic) {
        var info = stat()
        guard stat(location, &info) == 0 else { throw .cannotOpen(path, Self.failure(errno, name: path)) }
        isFolder = info.st_mode & S_IFMT == S_IFDIR
        size = Int(info.st_size)
    }

    private static func failure(_ code: Int32, name: String) -> Diagnostic.OpenFailure {
        switch code {
        // A name listed with bytes that are not UTF-8 comes back with U+FFFD in their place.
        case ENOENT where name.contains("\u{FFFD}"): .nameNotUTF8
        case ENOENT, ENOTDIR: .noSuchFile
        case ELOOP: .symbolicLinkLoop
        case EACCES, EPERM: .permissionDenied
        default: .unreadable
        }
    }
}
