import Audit
import Checksums
import Foundation
import WebServer

/// The knowledge folder policy staff edit: its rule and vocabulary files, read and
/// written whole. A save is refused when the file changed since the editor opened it
/// (nothing is lost: the editor keeps its text); the version it replaces is kept in
/// `.history/` (names that end in neither .rules nor .vocab, so no loader reads them).
final class KnowledgeFolder: @unchecked Sendable {
    static let historyFolder = ".history"

    let root: String
    /// As the person named it (`knowledge`): how files are named in diagnostics and runs.
    let name: String
    private let files: ServedFolder
    /// One save at a time: check, keep the old version, write.
    private let saving = NSLock()

    /// Nil when the folder does not exist.
    init?(_ path: String, name: String) {
        guard let files = ServedFolder(path) else { return nil }
        self.files = files
        root = files.root
        // As the loaders name files: `kb/x.rules` for `kb/`.
        var trimmed = name
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        self.name = trimmed
    }

    /// The editable files, relative to the folder: rules first, then the reading vocabulary.
    var editableFiles: [String] {
        let all = (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? [])
            .filter { Self.isEditable($0) && files.file($0) != nil }
        return all.filter { $0.hasSuffix(".rules") }.sorted() + all.filter { $0.hasSuffix(".vocab") }.sorted()
    }

    static func isEditable(_ relative: String) -> Bool {
        (relative.hasSuffix(".rules") || relative.hasSuffix(".vocab")) && !relative.split(separator: "/").contains { $0.hasPrefix(".") }
    }

    /// A file's text; nil when it is not an editable file of the folder.
    func text(of relative: String) -> String? {
        guard Self.isEditable(relative), let path = files.file(relative), let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(data: data, encoding: .utf8)
    }

    /// What an editor must send back to save: the SHA-256 of the text it started from.
    static func version(of text: String) -> String { SHA256.hex(Array(text.utf8)) }

    /// Every file's text, by the name loaders give it (`knowledge/weights.rules`), with one
    /// file's text replaced by an edit.
    func sources(replacing relative: String? = nil, with edited: String? = nil) -> [(path: String, text: String)] {
        editableFiles.compactMap { file in
            guard let text = file == relative ? edited : text(of: file) else { return nil }
            return (name + "/" + file, text)
        }
    }

    enum SaveProblem: Error {
        /// Someone saved the file since `text` was opened: what it holds now.
        case changedMeanwhile(current: String)
        case cannotWrite(any Error)
    }

    /// Writes `text` if the file still holds the version the editor started from; keeps
    /// the version replaced. Atomic: written to a temporary file, then renamed.
    func save(_ relative: String, text: String, startedFrom version: String, now: Date = Date()) throws(SaveProblem) {
        saving.lock()
        defer { saving.unlock() }
        guard let path = files.file(relative), Self.isEditable(relative), let current = self.text(of: relative) else {
            throw .cannotWrite(CocoaError(.fileNoSuchFile))
        }
        guard Self.version(of: current) == version else { throw .changedMeanwhile(current: current) }
        guard current != text else { return }
        do {
            let kept = root + "/" + Self.historyFolder + "/" + relative + "@" + Self.stamp(now)
            try FileManager.default.createDirectory(atPath: (kept as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(current.utf8).write(to: URL(fileURLWithPath: Self.unused(kept)), options: .atomic)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .cannotWrite(error)
        }
    }

    /// The versions a file had before its saves, newest first: (when, text).
    func history(of relative: String) -> [(saved: String, text: String)] {
        let folder = root + "/" + Self.historyFolder + "/" + (relative as NSString).deletingLastPathComponent
        let prefix = (relative as NSString).lastPathComponent + "@"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix(prefix) }.sorted(by: >)
        return names.compactMap { name in
            guard let data = FileManager.default.contents(atPath: folder + "/" + name), let text = String(data: data, encoding: .utf8) else { return nil }
            return (String(name.dropFirst(prefix.count)), text)
        }
    }

    /// `2026-12-04T03-10-07Z`: sorts by time, and is a file name everywhere.
    static func stamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd'T'HH-mm-ss'Z'"
        return formatter.string(from: date)
    }

    /// `path`, or `path-2`, `path-3`… when saves come within one second.
    private static func unused(_ path: String) -> String {
        var candidate = path, count = 1
        while FileManager.default.fileExists(atPath: candidate) {
            count += 1
            candidate = path + "-\(count)"
        }
        return candidate
    }
}
