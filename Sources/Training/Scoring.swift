import Audit

/// A trainee's answers against the expert system's findings on the case: each answer
/// matches at most one finding of the same rule whose citations include one of its
/// lines; findings left over are missed, answers left over are wrong.
public struct Scoring: Sendable {
    public let matched: [(answer: Answer, finding: Finding)]
    public let missed: [Finding]
    public let wrong: [Answer]
    public let findingCount: Int
    public let answerCount: Int

    public init(answers: [Answer], findings: [Finding]) {
        var open = findings
        var matched: [(Answer, Finding)] = []
        var wrong: [Answer] = []
        for answer in answers {
            if let index = open.firstIndex(where: { Self.matches(answer, $0) }) {
                matched.append((answer, open.remove(at: index)))
            } else {
                wrong.append(answer)
            }
        }
        self.matched = matched
        self.missed = open
        self.wrong = wrong
        findingCount = findings.count
        answerCount = answers.count
    }

    public static func matches(_ answer: Answer, _ finding: Finding) -> Bool {
        answer.rule == finding.rule && answer.unit == finding.unit
            && answer.lines.contains { line in finding.citations.contains { $0.line <= line && line <= $0.endLine } }
    }

    /// Share of the findings found (1 when there were none to find).
    public var recall: Double { findingCount == 0 ? 1 : Double(matched.count) / Double(findingCount) }
    /// Share of the answers that were right (1 when nothing was answered).
    public var precision: Double { answerCount == 0 ? 1 : Double(matched.count) / Double(answerCount) }

    /// "62.5%", rounded half up to one decimal, the same on every machine.
    public static func percent(_ share: Double) -> String {
        let tenths = Int((share * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}
