import CaseLibrary
import Foundation

/// What each trainee has done, kept in a JSON file between sessions.
public struct TrainingProgress: Codable, Sendable, Equatable {
    public struct Session: Codable, Sendable, Equatable {
        public let `case`: String
        public let found: Int
        public let expected: Int
        public let answers: Int
        /// Rules of the findings missed, and of the answers that were wrong.
        public let missed: [String]
        public let wrong: [String]

        public init(case name: String, scoring: Scoring) {
            self.case = name
            found = scoring.matched.count
            expected = scoring.findingCount
            answers = scoring.answerCount
            missed = scoring.missed.map(\.rule)
            wrong = scoring.wrong.map(\.rule)
        }

        public var recall: Double { expected == 0 ? 1 : Double(found) / Double(expected) }
        public var precision: Double { answers == 0 ? 1 : Double(found) / Double(answers) }
    }

    public var version = 1
    /// Sessions per trainee, oldest first.
    public var trainees: [String: [Session]] = [:]

    public init() {}

    /// The progress file's content; a missing file is a fresh start.
    public static func load(from path: String) throws -> TrainingProgress {
        guard let data = FileManager.default.contents(atPath: path) else { return TrainingProgress() }
        return try JSONDecoder().decode(TrainingProgress.self, from: data)
    }

    /// Written with sorted keys, so that the same progress gives the same file.
    public func save(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        try encoder.encode(self).write(to: URL(fileURLWithPath: path))
    }

    /// Rules the trainee missed most, most first (ties by id).
    public func weakRules(of trainee: String) -> [(rule: String, count: Int)] {
        var counts: [String: Int] = [:]
        for session in trainees[trainee] ?? [] { for rule in session.missed { counts[rule, default: 0] += 1 } }
        return counts.map { ($0.key, $0.value) }.sorted { ($1.count, $0.rule) < ($0.count, $1.rule) }
    }

    /// The next case: one not yet done well (all findings found, none wrong) that
    /// practises the most of the trainee's weak rules, no harder than one level above
    /// the hardest case done well; then the easiest, then by name.
    public func suggestion(for trainee: String, among cases: [Case]) -> Case? {
        let sessions = trainees[trainee] ?? []
        let mastered = Set(sessions.filter { $0.recall == 1 && $0.precision == 1 }.map(\.case))
        let ceiling = (cases.filter { mastered.contains($0.name) }.map(\.difficulty).max() ?? 0) + 1
        let weak = Set(weakRules(of: trainee).map(\.rule))
        let open = cases.filter { !mastered.contains($0.name) && $0.difficulty <= max(ceiling, 1) }
        return open.min { a, b in
            let (practiceA, practiceB) = (Set(a.expected.findings.map(\.rule)).intersection(weak).count, Set(b.expected.findings.map(\.rule)).intersection(weak).count)
            if practiceA != practiceB { return practiceA > practiceB }
            if a.difficulty != b.difficulty { return a.difficulty < b.difficulty }
            return a.name < b.name
        }
    }
}
