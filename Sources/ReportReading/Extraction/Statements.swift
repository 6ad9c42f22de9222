/// Finders for the statements reviewers check, on one paragraph's text. Each returns
/// what it found with its place, so that every fact can quote its source exactly.
enum Statements {
    /// Sentences: offsets [start, end) split at 。！？ (a ；-separated list stays whole).
    static func sentences(_ text: [Character]) -> [(Int, Int)] {
        var result: [(Int, Int)] = []
        var start = 0
        for (index, c) in text.enumerated() where "。！？!?".contains(c) {
            if index + 1 > start { result.append((start, index + 1)) }
            start = index + 1
        }
        if start < text.count { result.append((start, text.count)) }
        return result
    }

    /// Clauses: maximal runs between ，。；, as offsets [start, end).
    static func clauses(_ text: [Character]) -> [(Int, Int)] {
        var result: [(Int, Int)] = []
        var start = 0
        for (index, c) in text.enumerated() where "，。；".contains(c) {
            if index > start { result.append((start, index)) }
            start = index + 1
        }
        if start < text.count { result.append((start, text.count)) }
        return result
    }
}
