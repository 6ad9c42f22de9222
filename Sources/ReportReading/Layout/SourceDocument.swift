import Diagnostics

/// A place in the source file: 1-based line and column (characters), as an editor
/// and `nl -ba` count them.
public struct SourcePoint: Hashable, Comparable, Sendable, Codable {
    public let line: Int
    public let column: Int

    public static func < (a: SourcePoint, b: SourcePoint) -> Bool { (a.line, a.column) < (b.line, b.column) }
}

/// The report's text as lines, with `[bookmark: …]` markers (left by Word) set aside:
/// the reader works on the cleaned text, and maps every position back to the file,
/// so that quotes are exact substrings of the lines they cite.
public struct SourceDocument: Sendable {
    public let file: String
    public let encoding: TextEncoding
    /// Lines as in the file, without line terminators.
    public let lines: [String]
    /// Per line: the characters without bookmark markers, and each one's original column.
    let cleaned: [CleanLine]
    /// For a .docx, where each line came from (nil for the blank line after a table
    /// row); empty for text.
    public let origins: [LineOrigin?]

    struct CleanLine: Sendable {
        let text: [Character]
        let columns: [Int]
        /// The column just after the last character.
        let endColumn: Int
    }

    public init(file: String, text: String, encoding: TextEncoding, origins: [LineOrigin?] = []) {
        self.file = file
        self.encoding = encoding
        self.origins = origins
        lines = SourceLines.split(text).map(String.init)
        cleaned = lines.map(Self.clean)
    }

    /// The document places of lines `first` to `last`, as a citation names them; nil
    /// for text input.
    public func place(lines first: Int, _ last: Int) -> String? {
        guard !origins.isEmpty, first >= 1, last <= origins.count, first <= last else { return nil }
        guard let start = (first...last).lazy.compactMap({ self.origins[$0 - 1]?.place }).first,
            let end = (first...last).reversed().lazy.compactMap({ self.origins[$0 - 1]?.place }).first
        else { return nil }
        return DocumentPlace.describe(start, end)
    }

    /// The outline level of a .docx paragraph in a heading style, by line.
    func outlineLevel(_ line: Int) -> Int? {
        line >= 1 && line <= origins.count ? origins[line - 1]?.outlineLevel : nil
    }

    public var lineCount: Int { lines.count }

    /// Characters of a line (1-based) without bookmarks.
    func text(_ line: Int) -> [Character] { cleaned[line - 1].text }

    /// The index of the first cleaned character at or after an original column.
    func cleanedIndex(line: Int, column: Int) -> Int {
        let clean = cleaned[line - 1]
        return clean.columns.firstIndex { $0 >= column } ?? clean.columns.count
    }

    /// The original position of a cleaned character (index may be one past the end).
    func point(line: Int, index: Int) -> SourcePoint {
        let clean = cleaned[line - 1]
        let column = index < clean.columns.count ? clean.columns[index] : clean.endColumn
        return SourcePoint(line: line, column: column)
    }

    /// The exact file text from `start` up to `end` (exclusive), lines joined by "\n".
    public func quote(from start: SourcePoint, to end: SourcePoint) -> String {
        guard start.line >= 1, end.line <= lines.count, start <= end else { return "" }
        var pieces: [String] = []
        for number in start.line...end.line {
            // Walked in place: a line is not copied into Characters to cut a few out.
            let line = lines[number - 1]
            let from = number == start.line ? max(start.column - 1, 0) : 0
            let lower = line.index(line.startIndex, offsetBy: from, limitedBy: line.endIndex) ?? line.endIndex
            let upper =
                number == end.line
                ? (line.index(lower, offsetBy: max(end.column - 1 - from, 0), limitedBy: line.endIndex) ?? line.endIndex) : line.endIndex
            pieces.append(String(line[lower..<upper]))
        }
        return pieces.joined(separator: "\n")
    }

    private static let bookmark = "[bookmark:"

    /// Removes `[bookmark: name]` markers, remembering where the rest came from.
    private static func clean(_ line: String) -> CleanLine {
        let characters = Array(line)
        var text: [Character] = []
        var columns: [Int] = []
        var index = 0
        let marker = Array(bookmark)
        while index < characters.count {
            if characters[index] == "[", index + marker.count <= characters.count,
                Array(characters[index..<(index + marker.count)]) == marker,
                let close = characters[index...].firstIndex(of: "]")
            {
                index = close + 1
                continue
            }
            text.append(characters[index])
            columns.append(index + 1)
            index += 1
        }
        return CleanLine(text: text, columns: columns, endColumn: characters.count + 1)
    }
}

/// A run of characters of one cleaned line: [start, end).
struct LineFragment: Hashable, Sendable {
    let line: Int
    let start: Int
    let end: Int
}

/// Text assembled from line fragments (a wrapped cell, a paragraph split over lines),
/// which can say where any of its characters is in the file.
public struct TextPiece: Sendable, CustomStringConvertible {
    public let text: String
    let characters: [Character]
    /// Each fragment with the offset of its first character in `characters`.
    let fragments: [(fragment: LineFragment, offset: Int)]

    init(_ fragments: [LineFragment], in source: SourceDocument) {
        var characters: [Character] = []
        var placed: [(LineFragment, Int)] = []
        for fragment in fragments {
            placed.append((fragment, characters.count))
            characters += source.text(fragment.line)[fragment.start..<fragment.end]
        }
        self.characters = characters
        self.fragments = placed
        text = String(characters)
    }

    public var description: String { text }
    public var isEmpty: Bool { characters.isEmpty }
    var firstLine: Int { fragments.first?.fragment.line ?? 0 }
    var lastLine: Int { fragments.last?.fragment.line ?? 0 }

    /// The file position of character `offset` (or just after the last one).
    func point(_ offset: Int, in source: SourceDocument) -> SourcePoint {
        guard let last = fragments.last else { return SourcePoint(line: 1, column: 1) }
        // The last fragment that starts at or before the offset (binary search: a
        // paragraph may join thousands of lines).
        var low = 0, high = fragments.count
        while low < high {
            let middle = (low + high) / 2
            if fragments[middle].offset <= offset { low = middle + 1 } else { high = middle }
        }
        if low > 0 {
            let (fragment, start) = fragments[low - 1]
            let within = offset - start
            if within <= fragment.end - fragment.start {
                return source.point(line: fragment.line, index: fragment.start + within)
            }
        }
        return source.point(line: last.fragment.line, index: last.fragment.end)
    }

    /// The file span of characters [from, to).
    func span(_ from: Int, _ to: Int, in source: SourceDocument) -> SourceSpan {
        let start = point(from, in: source)
        // The end is just after the last character, on that character's line.
        let end = to > from ? endPoint(after: to - 1, in: source) : start
        return SourceSpan(start: start, end: end)
    }

    private func endPoint(after offset: Int, in source: SourceDocument) -> SourcePoint {
        let last = point(offset, in: source)
        return SourcePoint(line: last.line, column: last.column + 1)
    }

    /// The whole piece's span.
    func span(in source: SourceDocument) -> SourceSpan {
        span(0, characters.count, in: source)
    }

    /// The piece without leading and trailing blanks, as offsets.
    var trimmedBounds: (Int, Int) {
        var start = 0, end = characters.count
        while start < end, characters[start].isWhitespace { start += 1 }
        while end > start, characters[end - 1].isWhitespace { end -= 1 }
        return (start, end)
    }

    /// Text of [from, to).
    func text(_ from: Int, _ to: Int) -> String { String(characters: characters[from..<to]) }
}

/// A span of the file: start inclusive, end exclusive.
public struct SourceSpan: Hashable, Sendable, Codable {
    public let start: SourcePoint
    public let end: SourcePoint
}
