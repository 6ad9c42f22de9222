/// The text of one paragraph of a page as it comes, piece by piece, collapsed as a
/// browser shows it: a run of spaces, tabs and line ends is one space, and nothing
/// where the source only broke a line between two Chinese characters (a browser joins
/// them too); `&nbsp;` counts as a space. A `<br>` starts a new line.
struct HTMLFlow {
    private var lines: [[Unicode.Scalar]] = [[]]
    /// Whitespace seen since the last character, and whether it held a line end.
    private var pendingSpace = false
    private var pendingBreak = false
    var outlineLevel: Int?

    mutating func append(_ text: String) {
        for scalar in text.unicodeScalars {
            if Self.isSpace(scalar) {
                pendingSpace = true
                if scalar == "\n" || scalar == "\r" { pendingBreak = true }
                continue
            }
            if pendingSpace, let previous = lines[lines.count - 1].last {
                let joinsWithoutSpace = pendingBreak && Self.isWide(previous) && Self.isWide(scalar)
                if !joinsWithoutSpace { lines[lines.count - 1].append(" ") }
            }
            pendingSpace = false
            pendingBreak = false
            lines[lines.count - 1].append(scalar)
        }
    }

    mutating func breakLine() {
        lines.append([])
        pendingSpace = false
        pendingBreak = false
    }

    /// The paragraph's lines, blank ones dropped, and its outline level;
    /// nil when it has no text. The flow is empty afterwards.
    mutating func take() -> (lines: [String], outlineLevel: Int?)? {
        defer { self = HTMLFlow() }
        let text = lines.map { line in String(String.UnicodeScalarView(line)) }.filter { !$0.isEmpty }
        return text.isEmpty ? nil : (text, outlineLevel)
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}" || scalar == "\u{00A0}"
    }

    /// Chinese characters and full-width punctuation, which run together without spaces.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x9FFF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x20000...0x3FFFF: true
        default: false
        }
    }
}
