import Foundation

/// The repository the tests run in, and the knowledge base it ships.
public enum Repository {
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shipped knowledge folder: rules and reading vocabulary.
    public static var knowledge: String { root.appendingPathComponent("knowledge").path }
}
