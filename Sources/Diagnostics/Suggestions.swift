/// "Did you mean …?" by edit distance, as argument-parser and rustc do.
public enum Suggestions {
    /// The candidate closest to `word`, if it is close enough to be a plausible typo:
    /// at most a third of the word's length in edits (at least one).
    public static func closest<S: Sequence>(to word: String, among candidates: S) -> String?
    where S.Element == String {
        let limit = max(1, word.count / 3)
        var best: (distance: Int, candidate: String)?
        for candidate in candidates where candidate != word {
            let distance = editDistance(word, candidate)
            guard distance <= limit else { continue }
            if let current = best,
                (current.distance, current.candidate) <= (distance, candidate)
            {
                continue
            }
            best = (distance, candidate)
        }
        return best?.candidate
    }

    /// "did you mean '…'?" for the closest candidate, in the current language; `quoted`
    /// writes the candidate as it is typed (`$name`, `{name}`).
    public static func didYouMean<S: Sequence>(_ word: String, among candidates: S, quoted: (String) -> String = { $0 }) -> String?
    where S.Element == String {
        closest(to: word, among: candidates).map { phrase(quoted($0)) }
    }

    /// "did you mean 'word'?" in the current language.
    public static func phrase(_ word: String) -> String {
        localized("是不是要写 '\(word)'？", english: "did you mean '\(word)'?")
    }

    /// Edit distance over characters, counting a swap of two neighbours as one edit
    /// (optimal string alignment): "unti" is one edit from "unit".
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
