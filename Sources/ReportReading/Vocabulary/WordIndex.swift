/// Words looked up where they start in a text, grouped by their first character so that
/// a scan over every character of a report tries only the words that can start there.
/// Among the words starting at a place, the longest comes first (万元 before 万).
struct WordIndex<Value: Sendable>: Sendable {
    private let byFirst: [Character: [(word: [Character], value: Value)]]

    init(_ entries: [(word: String, value: Value)]) {
        var byFirst: [Character: [(word: [Character], value: Value)]] = [:]
        var seen: Set<String> = []
        for entry in entries where !entry.word.isEmpty && seen.insert(entry.word).inserted {
            byFirst[entry.word.first!, default: []].append((Array(entry.word), entry.value))
        }
        self.byFirst = byFirst.mapValues { words in
            words.sorted { ($0.word.count, String($1.word)) > ($1.word.count, String($0.word)) }
        }
    }

    /// The longest word written at `index` that `accept` takes, and its length.
    func word(in text: [Character], at index: Int, where accept: (Value, Int) -> Bool = { _, _ in true })
        -> (value: Value, length: Int)?
    {
        guard index >= 0, index < text.count, let candidates = byFirst[text[index]] else { return nil }
        for candidate in candidates where index + candidate.word.count <= text.count && accept(candidate.value, candidate.word.count) {
            if text[index..<(index + candidate.word.count)].elementsEqual(candidate.word) { return (candidate.value, candidate.word.count) }
        }
        return nil
    }
}
