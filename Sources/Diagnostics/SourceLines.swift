/// Splits text into lines the way editors and `nl` count them. In Swift "\r\n" is one
/// Character, so splitting on "\n" alone leaves Windows files as a single line.
public enum SourceLines {
    /// A final line break ends the last line; it does not start another.
    public static func split(_ text: some StringProtocol) -> [Substring] {
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }
        var lines = body.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        if lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }
}
