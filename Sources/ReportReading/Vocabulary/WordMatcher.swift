/// Says which entry of a vocabulary a text names. One matcher serves the table
/// classifier, the column mapping, row labels, section classes and prose labels.
///
/// Of the entries whose words occur in the text (and none of whose `unless` words
/// do), the word that ends last wins: a Chinese noun phrase ends in its head, so
/// 绩效指标性质 is a 性质 and 预算执行率 a rate. Among words ending at the same place the
/// longer wins (年初预算 over 预算), then the entry declared first. An `exact` word
/// counts only as the whole text.
struct WordMatcher<Key: Sendable>: Sendable {
    private struct Candidate: Sendable {
        let entry: Int
        let word: [UInt8]
        let characters: Int
        let exact: Bool
    }

    private let keys: [Key]
    private let entries: [VocabularyEntry]
    private let candidates: [Candidate]
    private let unless: [[[UInt8]]]

    init(_ entries: [(key: Key, entry: VocabularyEntry)]) {
        keys = entries.map(\.key)
        self.entries = entries.map(\.entry)
        var candidates: [Candidate] = []
        for (index, (_, entry)) in entries.enumerated() {
            for word in entry.words { candidates.append(Candidate(entry: index, word: Array(word.utf8), characters: word.count, exact: false)) }
            for word in entry.exact { candidates.append(Candidate(entry: index, word: Array(word.utf8), characters: word.count, exact: true)) }
        }
        self.candidates = candidates
        unless = entries.map { $0.entry.unless.map { Array($0.utf8) } }
    }

    struct Match {
        let key: Key
        let entry: VocabularyEntry
        let word: String
    }

    /// The entry the text names, if any.
    func match(_ text: String) -> Match? {
        let bytes = Array(text.utf8)
        var best: (candidate: Candidate, end: Int)?
        var excluded: [Bool?] = Array(repeating: nil, count: keys.count)
        for candidate in candidates {
            let end: Int
            if candidate.exact {
                guard bytes == candidate.word else { continue }
                end = bytes.count
            } else {
                guard let found = Self.lastEnd(of: candidate.word, in: bytes) else { continue }
                end = found
            }
            if let current = best {
                // Later end, then longer word, then the earlier entry (candidates are in entry order).
                guard end > current.end || end == current.end && candidate.characters > current.candidate.characters else { continue }
            }
            let isExcluded = excluded[candidate.entry] ?? unless[candidate.entry].contains { Self.lastEnd(of: $0, in: bytes) != nil }
            excluded[candidate.entry] = isExcluded
            if isExcluded { continue }
            best = (candidate, end)
        }
        guard let best else { return nil }
        return Match(
            key: keys[best.candidate.entry], entry: entries[best.candidate.entry],
            word: String(decoding: best.candidate.word, as: UTF8.self))
    }

    /// Where the last occurrence of `word` ends in `bytes` (a byte offset). UTF-8 never
    /// starts a character with a continuation byte, so a byte match is a character match.
    static func lastEnd(of word: [UInt8], in bytes: [UInt8]) -> Int? {
        guard !word.isEmpty, word.count <= bytes.count else { return nil }
        var start = bytes.count - word.count
        while start >= 0 {
            if bytes[start] == word[0] {
                var matched = 1
                while matched < word.count, bytes[start + matched] == word[matched] { matched += 1 }
                if matched == word.count { return start + word.count }
            }
            start -= 1
        }
        return nil
    }
}

/// How texts are compared with the vocabulary: blanks inside do not count
/// ("绩效 指标" is 绩效指标), and a bracketed note is set aside ("指标值（单位）" names
/// the target; "财政拨款（元）" a budget in 元).
enum VocabularyText {
    static func compact(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }

    /// The text without bracketed notes, and the notes; a text that is all note keeps it.
    static func splitNotes(_ text: String) -> (text: String, notes: [String]) {
        var outside = "", notes: [String] = [], inside = "", depth = 0
        for c in compact(text) {
            if c == "（" || c == "(" || c == "【" || c == "[" {
                depth += 1
                if depth == 1 { inside = ""; continue }
            } else if (c == "）" || c == ")" || c == "】" || c == "]"), depth > 0 {
                depth -= 1
                if depth == 0 { notes.append(inside); continue }
            }
            if depth > 0 { inside.append(c) } else { outside.append(c) }
        }
        if depth > 0 { outside += inside }
        return outside.isEmpty ? (notes.joined(), []) : (outside, notes)
    }
}
