/// Why an archive could not be read. The report reader turns each into a diagnostic
/// that names the file.
public enum ZipFailure: Error, Equatable, Sendable {
    /// No end-of-central-directory record: not a ZIP file, or cut short.
    case notAnArchive
    /// A record is missing, out of bounds or inconsistent; the reason says which.
    case damaged(String)
    case spansSeveralDisks
    case tooManyEntries(count: Int, limit: Int)
    case entryTooLarge(name: String, size: UInt64, limit: Int)
    case totalTooLarge(size: UInt64, limit: Int)
    /// Uncompressed size over compressed size beyond the limit: a zip bomb, or worse.
    case compressionRatio(name: String, ratio: UInt64, limit: Int)
    case encrypted(name: String)
    case unsupportedMethod(name: String, method: Int)
    case checksumMismatch(name: String)
    case corruptData(name: String, Inflate.Failure)
}

extension ZipFailure: CustomStringConvertible {
    public var description: String {
        switch self {
        case .notAnArchive: "the archive's end record is missing: the file is cut short, or not a ZIP archive"
        case .damaged(let reason): "the archive is damaged: \(reason)"
        case .spansSeveralDisks: "the archive spans several disks"
        case .tooManyEntries(let count, let limit): "the archive has \(count) entries, more than the limit of \(limit)"
        case .entryTooLarge(let name, let size, let limit): "\(name) unpacks to \(size) bytes, more than the limit of \(limit)"
        case .totalTooLarge(let size, let limit): "the archive unpacks to \(size) bytes, more than the limit of \(limit)"
        case .compressionRatio(let name, let ratio, let limit):
            "\(name) is compressed \(ratio):1, more than the limit of \(limit):1 (a zip bomb?)"
        case .encrypted(let name): "\(name) is encrypted"
        case .unsupportedMethod(let name, let method): "\(name) uses compression method \(method); only stored (0) and DEFLATE (8) are read"
        case .checksumMismatch(let name): "\(name) fails its CRC-32 check"
        case .corruptData(let name, let failure): "\(name) has corrupt compressed data: \(failure)"
        }
    }
}
