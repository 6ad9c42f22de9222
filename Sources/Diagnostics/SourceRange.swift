/// A 1-based line and column. Columns count characters (grapheme clusters), which is
/// what a person counts in an editor, not bytes.
public struct SourceLocation: Hashable, Sendable, Comparable, Codable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }

    func description(in file: String) -> String { "\(file):\(line):\(column)" }
}

/// A span in a named file. `end` is exclusive: a one-character span at column 5
/// ends at column 6 on the same line.
public struct SourceRange: Hashable, Sendable, Codable {
    public var file: String
    public var start: SourceLocation
    public var end: SourceLocation

    public init(file: String, start: SourceLocation, end: SourceLocation) {
        self.file = file
        self.start = start
        self.end = end
    }

    /// A range covering `length` characters from `line:column`.
    public init(file: String, line: Int, column: Int, length: Int = 1) {
        self.init(
            file: file,
            start: SourceLocation(line: line, column: column),
            end: SourceLocation(line: line, column: column + max(length, 1)))
    }

    /// A range covering whole lines, for places known only by line.
    public static func lines(_ first: Int, _ last: Int? = nil, in file: String) -> SourceRange {
        SourceRange(
            file: file,
            start: SourceLocation(line: first, column: 1),
            end: SourceLocation(line: last ?? first, column: 1))
    }
}
