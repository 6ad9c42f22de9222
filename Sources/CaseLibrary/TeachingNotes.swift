import Diagnostics

/// A case's `notes.md`, in Chinese, for trainers and trainees:
///
///     # 标题
///     难度：2
///     总的说明……
///     ## weight-total
///     这一条发现要注意……
///
/// The title is the first `#` heading, the difficulty (1 入门, 2 中等, 3 较难) the
/// `难度：` line; a `## rule-id` section is what the trainer shows when that finding
/// is missed; the text before the first `##` is the case's general note.
public struct TeachingNotes: Sendable {
    public let title: String
    public let difficulty: Int?
    public let general: String
    /// Notes per rule id.
    public let rules: [String: String]

    public init(parsing text: String) {
        var title = "", general: [String] = [], rules: [String: [String]] = [:]
        var difficulty: Int?
        var current: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("## ") {
                current = String(line.dropFirst(3)).trimmedText
                rules[current ?? ""] = []
            } else if line.hasPrefix("# "), title.isEmpty {
                title = String(line.dropFirst(2)).trimmedText
            } else if current == nil, let value = Self.difficulty(in: line) {
                difficulty = value
            } else if let current {
                rules[current, default: []].append(line)
            } else {
                general.append(line)
            }
        }
        self.title = title
        self.difficulty = difficulty
        self.general = general.joined(separator: "\n").trimmedText
        self.rules = rules.mapValues { $0.joined(separator: "\n").trimmedText }
    }

    /// "难度：2" or "难度: 2".
    private static func difficulty(in line: String) -> Int? {
        guard line.hasPrefix("难度") else { return nil }
        return line.dropFirst(2).drop { "：: ".contains($0) }.prefix(1).first.flatMap { Int(String($0)) }
    }

    public static let difficultyWords = [1: "入门", 2: "中等", 3: "较难"]
}
