/// Consecutive prose lines being joined into one paragraph: the characters so far,
/// kept as they grow so that each added line costs only its own length.
struct WrappedLines {
    private var pieces: [TextPiece]
    private(set) var characters: [Character]

    init(_ first: TextPiece) {
        pieces = [first]
        characters = first.characters
    }

    mutating func append(_ piece: TextPiece) {
        pieces.append(piece)
        characters += piece.characters
    }

    var firstLine: Int { pieces[0].firstLine }
    var lastLine: Int { pieces[pieces.count - 1].lastLine }

    /// The last character that is not a blank.
    var lastVisible: Character? { characters.last(where: { !$0.isWhitespace }) }

    /// How many characters remain without the leading and trailing blanks.
    var visibleCount: Int {
        guard let first = characters.firstIndex(where: { !$0.isWhitespace }),
            let last = characters.lastIndex(where: { !$0.isWhitespace })
        else { return 0 }
        return last - first + 1
    }

    /// One piece of all the lines (the line itself when nothing was joined).
    func piece(in source: SourceDocument) -> TextPiece {
        pieces.count == 1 ? pieces[0] : TextPiece(pieces.flatMap { $0.fragments.map(\.fragment) }, in: source)
    }
}
