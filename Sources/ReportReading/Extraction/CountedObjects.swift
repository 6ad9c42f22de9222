/// "2024年共6支市级科技特派员团队": how many of an object (团队, 学校) a text says there
/// are; and "每个团队不少于4次": a figure stated per object. The objects, the words they
/// are counted with and the words that rule a count out come from the vocabulary.
struct CountedObjects {
    let entries: [VocabularyEntry]

    struct Count {
        let entry: VocabularyEntry
        let count: Int
        /// From the number to the end of the object's word.
        let start: Int
        let end: Int
    }

    /// How many characters may stand between the counter and the object (市级科技特派员).
    static let maximumGap = 12
    /// What an example writes for a figure stated per object.
    static let perObjectMark = "每"

    /// Every count of an object in the text (its characters, and itself for a quick look
    /// whether it holds a word at all: most paragraphs hold none), in order.
    func counts(in characters: [Character], of string: String) -> [Count] {
        var found: [Count] = []
        // Compared by scalar: comparing Characters costs several times more, and every
        // word here is one scalar per character.
        var scalars: [Unicode.Scalar]?
        for entry in entries {
            for word in entry.words where string.contains(word) {
                let text = scalars ?? characters.map { $0.unicodeScalars.first ?? " " }
                scalars = text
                let pattern = Array(word.unicodeScalars)
                var index = 0
                while let start = Self.find(pattern, in: text, from: index) {
                    if let count = count(of: entry, before: start, in: text) {
                        found.append(Count(entry: entry, count: count.value, start: count.start, end: start + pattern.count))
                    }
                    index = start + pattern.count
                }
            }
        }
        // A shorter word inside a longer one counts once.
        var seen = Set<Int>()
        return found.sorted { ($0.start, $1.end) < ($1.start, $0.end) }.filter { seen.insert($0.start).inserted }
    }

    /// The object a figure is stated per ("每个团队", "每支队伍", "每所学校"), if any.
    func perObject(_ text: String) -> VocabularyEntry? {
        guard text.contains(Self.perObjectMark) else { return nil }
        return entries.first { entry in
            entry.words.contains { word in
                ([""] + entry.counters + entry.counters.map { "一" + $0 }).contains { text.contains(Self.perObjectMark + $0 + word) }
            }
        }
    }

    /// "6支" or "六支" ending right before the object's word (up to `maximumGap` characters
    /// of description between), in a clause that none of the entry's `unless` words rules out.
    private func count(of entry: VocabularyEntry, before wordStart: Int, in text: [Unicode.Scalar]) -> (value: Int, start: Int)? {
        let counters = entry.counters.map { Array($0.unicodeScalars) }
        var cursor = wordStart
        while cursor > 0, wordStart - cursor <= Self.maximumGap {
            let c = text[cursor - 1]
            if Self.stops(c) { return nil }
            if let counter = counters.first(where: { Self.ends(with: $0, at: cursor, in: text) }) {
                let numberEnd = cursor - counter.count
                guard let number = Self.number(endingAt: numberEnd, in: text) else { return nil }
                var clause = ""
                clause.unicodeScalars.append(contentsOf: text[Self.clauseStart(before: number.start, in: text)..<wordStart])
                return entry.unless.contains(where: clause.contains) ? nil : (number.value, number.start)
            }
            cursor -= 1
        }
        return nil
    }

    /// A whole number in digits or Chinese numerals that ends at `end`.
    private static func number(endingAt end: Int, in text: [Unicode.Scalar]) -> (value: Int, start: Int)? {
        var start = end
        while start > 0, digit(text[start - 1]) != nil { start -= 1 }
        if start < end {
            guard start == 0 || text[start - 1] != "." else { return nil }
            let digits = text[start..<end].compactMap(digit)
            return (digits.reduce(0) { $0 * 10 + $1 }, start)
        }
        while start > 0, ChineseNumerals.isNumeral(text[start - 1]) { start -= 1 }
        let numerals = text[start..<end].map(Character.init)
        guard !numerals.isEmpty, let (value, length) = ChineseNumerals.integer(numerals, from: 0), length == numerals.count, value > 0 else { return nil }
        return (value, start)
    }

    /// 0–9, half- or full-width (not 二 or 十, whose Unicode values are numeric too).
    private static func digit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
        default: return nil
        }
    }

    private static func clauseStart(before index: Int, in text: [Unicode.Scalar]) -> Int {
        var start = index
        while start > 0, !stops(text[start - 1]) { start -= 1 }
        return start
    }

    /// Punctuation ends the phrase a count is written in.
    private static func stops(_ c: Unicode.Scalar) -> Bool { stopping.contains(c) }
    private static let stopping = Set("，。；：、,;:！？!?（）()\n".unicodeScalars)

    private static func ends(with pattern: [Unicode.Scalar], at end: Int, in text: [Unicode.Scalar]) -> Bool {
        guard end >= pattern.count else { return false }
        return Array(text[(end - pattern.count)..<end]) == pattern
    }

    private static func find(_ pattern: [Unicode.Scalar], in text: [Unicode.Scalar], from start: Int) -> Int? {
        guard !pattern.isEmpty, text.count >= pattern.count, start <= text.count - pattern.count else { return nil }
        for index in start...(text.count - pattern.count) where text[index] == pattern[0] {
            if text[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
        }
        return nil
    }
}
