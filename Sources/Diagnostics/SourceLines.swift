/// Splits text into lines the way editors and `nl` count them: at "\n", "\r\n" and "\r".
public enum SourceLines {
    /// A final line break ends the last line; it does not start another. Scans UTF-8
    /// bytes: a line break is always a grapheme boundary on both sides (Unicode
    /// grapheme rules GB4, GB5), so cutting at its bytes cuts between Characters.
    public static func split(_ text: some StringProtocol) -> [Substring] {
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }
        let bytes = body.utf8
        var lines: [Substring] = []
        var start = bytes.startIndex, index = start
        while index != bytes.endIndex {
            let byte = bytes[index]
            guard byte == 0x0A || byte == 0x0D else {
                index = bytes.index(after: index)
                continue
            }
            lines.append(body[start..<index])
            index = bytes.index(after: index)
            if byte == 0x0D, index != bytes.endIndex, bytes[index] == 0x0A { index = bytes.index(after: index) }
            start = index
        }
        lines.append(body[start..<bytes.endIndex])
        if lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }
}
