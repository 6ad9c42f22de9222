/// Text on its way to a person's terminal or a file they read: control characters that
/// came from a report, a file name or a rule file are shown as visible symbols (␛ for
/// ESC, ␇ for BEL, � for C1 controls), so that none can move the cursor, clear the
/// screen, set the window title or write the clipboard. Each symbol takes one column,
/// as the character did, so carets under source lines stay in place.
public enum VisibleControls {
    /// The sequences `TerminalStyle` writes: bold, three colours, reset. A copy of one in
    /// a report can only make text bold or coloured.
    static let styles = ["[0m", "[1m", "[1;31m", "[1;33m", "[1;36m"].map { Array("\u{1B}\($0)".unicodeScalars) }
    /// The progress line's "back to the start and clear", allowed only where a write begins.
    static let lineClear = Array("\r\u{1B}[K".unicodeScalars)

    /// `keepingStyles`: the stream is a terminal with colours, so our own sequences stay.
    public static func escape(_ text: String, keepingStyles: Bool) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 && $0 != 0x0A && $0 != 0x09 || $0 == 0x7F || $0 == 0xC2 }) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        if keepingStyles, scalars.starts(with: lineClear) {
            out.append(contentsOf: lineClear)
            index = lineClear.count
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if keepingStyles, scalar == "\u{1B}", let style = styles.first(where: { scalars[index...].starts(with: $0) }) {
                out.append(contentsOf: style)
                index += style.count
                continue
            }
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            out.append(scalar == "\r" && next == "\n" ? scalar : visible(scalar))
            index += 1
        }
        return String(out)
    }

    /// The symbol shown for a control character; any other character as it is.
    static func visible(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x09, 0x0A: scalar
        case 0x00..<0x20: Unicode.Scalar(0x2400 + scalar.value)!
        case 0x7F: "\u{2421}"
        case 0x80...0x9F: "\u{FFFD}"
        default: scalar
        }
    }
}
