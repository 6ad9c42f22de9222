import Foundation

/// A knowledge file's text (rules, vocabulary): UTF-8, or why it cannot be read, in the
/// words the loaders' diagnostics use.
public enum KnowledgeFileText {
    /// The text, or the reason it cannot be had: it cannot be opened, or it is not UTF-8.
    public static func read(_ path: String) -> Result<String, Unreadable> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(Unreadable(reason: localized("无法打开", english: "it cannot be opened")))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(Unreadable(reason: localized("不是 UTF-8 文本", english: "it is not UTF-8 text")))
        }
        return .success(text)
    }

    public struct Unreadable: Error {
        public let reason: String
    }
}
