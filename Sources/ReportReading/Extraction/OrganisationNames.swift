import RegularExpressions

/// Finds the names of reporting bodies in text: a place (乐山市, 渝江区, 锦绣街道), maybe a
/// lower place, then at most four words of the body's own and one of the vocabulary's
/// endings (科学技术局, 住房和城乡建设局, 局, 委员会, 办事处): long official names are
/// endings of their own, so that "研究全市科技发展布局" is no bureau. A place name holds
/// no function characters (年度岳阳市 → 岳阳市) and is not 全市/本市.
struct OrganisationNames: Sendable {
    private let suffixes: [[Character]]
    /// The last characters of the suffixes: a name can end only at one of them.
    private let lastCharacters: Set<Character>
    /// The suffixes in the vocabulary's order: earlier ones name the reporting body more surely.
    private let priority: [String]
    /// Nil only if the suffixes make the pattern invalid: then no name is found.
    private let pattern: RegularExpression?

    init(suffixes: [String]) {
        priority = suffixes
        self.suffixes = suffixes.sorted { $0.count > $1.count }.map(Array.init)
        lastCharacters = Set(suffixes.compactMap(\.last))
        // An explicit Han range: Swift's \p{Han} follows Script_Extensions, which also admits 、《》.
        let ends = self.suffixes.map { String($0) }.joined(separator: "|")
        pattern = try? RegularExpression(
            #"(?![全本各该我])(?:(?![年度的了在为和与及由对将])[\x{4E00}-\x{9FFF}]){2,6}?(?:省|市|区|县|州|街道|镇|乡)(?:[\x{4E00}-\x{9FFF}]{2,4}?(?:区|县|街道|镇|乡))?[\x{4E00}-\x{9FFF}]{0,4}?(?:"#
                + (ends.isEmpty ? "(?!)" : ends) + ")")
    }

    /// Where a name's suffix stands in the vocabulary's order (0 first).
    func rank(of name: String) -> Int {
        priority.enumerated().filter { name.hasSuffix($0.element) }.max { $0.element.count < $1.element.count }?.offset ?? priority.count
    }

    /// The names in a line. The pattern runs on a short window before each suffix only:
    /// on a whole line its lazy place-name part backtracks from every character.
    func names(in text: [Character]) -> [(start: Int, end: Int)] {
        var found: [(start: Int, end: Int)] = []
        for end in text.indices.map({ $0 + 1 }) {
            guard lastCharacters.contains(text[end - 1]), suffixes.contains(where: { Self.matches(text, end - $0.count, $0) }) else {
                continue
            }
            let start = max(found.last?.end ?? 0, end - 24)
            guard text[start..<end].contains(where: Self.placeEndings.contains) else { continue }
            let window = String(characters: text[start..<end])
            if let hit = pattern?.matches(in: window).last(where: { start + $0.end == end }) {
                found.append((start + hit.start, end))
            }
        }
        return found
    }

    /// The last characters of the place words the pattern needs (省, 市, 街道…): a window
    /// without one names no body, and the regular expression need not run on it.
    private static let placeEndings: Set<Character> = ["省", "市", "区", "县", "州", "道", "镇", "乡"]

    private static func matches(_ text: [Character], _ at: Int, _ word: [Character]) -> Bool {
        guard at >= 0, at + word.count <= text.count else { return false }
        return text[at..<(at + word.count)].elementsEqual(word)
    }
}
