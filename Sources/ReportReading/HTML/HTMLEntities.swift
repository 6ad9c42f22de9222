/// Character references in HTML text: numeric ones (`&#20013;`, `&#x4E2D;`) and the named
/// ones Chinese government pages and office exports use. An unknown name stays as
/// written, as browsers leave it.
enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
        "nbsp": "\u{00A0}", "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "ideographicspace": "\u{3000}",
        "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "laquo": "«", "raquo": "»",
        "mdash": "—", "ndash": "–", "hellip": "…", "middot": "·", "bull": "•",
        "times": "×", "divide": "÷", "plusmn": "±", "le": "≤", "ge": "≥", "ne": "≠", "asymp": "≈",
        "permil": "‰", "deg": "°", "yen": "¥", "cny": "¥", "copy": "©", "reg": "®", "sect": "§",
        "frac12": "½", "frac14": "¼", "frac34": "¾", "sup2": "²", "sup3": "³",
        "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓",
    ]

    /// The longest named reference, to stop scanning a stray `&` early.
    private static let longestName = named.keys.map(\.count).max() ?? 0

    static func decode(_ text: String) -> String {
        guard text.unicodeScalars.contains("&") else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "&", let (replacement, length) = reference(in: scalars, at: i) else {
                result.append(scalars[i])
                i += 1
                continue
            }
            result.append(contentsOf: replacement.unicodeScalars)
            i += length
        }
        return String(result)
    }

    /// The text a reference at `start` (an `&`) stands for, and how many scalars it takes.
    private static func reference(in scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var i = start + 1
        if i < scalars.count, scalars[i] == "#" {
            i += 1
            let hex = i < scalars.count && (scalars[i] == "x" || scalars[i] == "X")
            if hex { i += 1 }
            var value: UInt32 = 0
            let digitsStart = i
            while i < scalars.count, let digit = Character(scalars[i]).hexDigitValue, hex || digit < 10, i - digitsStart < 8 {
                value = value * (hex ? 16 : 10) + UInt32(digit)
                i += 1
            }
            guard i > digitsStart else { return nil }
            if i < scalars.count, scalars[i] == ";" { i += 1 }
            // NUL, surrogates and values past Unicode become U+FFFD, as in browsers.
            let scalar = value == 0 ? nil : Unicode.Scalar(value)
            return (String(scalar ?? "\u{FFFD}"), i - start)
        }
        var name = ""
        while i < scalars.count, i - start <= longestName, scalars[i].properties.isAlphabetic || ("0"..."9").contains(scalars[i]) {
            name.unicodeScalars.append(scalars[i])
            i += 1
        }
        // `&nbsp` glued to the next word, without its `;`, still counts (as in browsers).
        while !name.isEmpty, named[name.lowercased()] == nil {
            name.unicodeScalars.removeLast()
            i -= 1
        }
        guard let text = named[name.lowercased()] else { return nil }
        if i < scalars.count, scalars[i] == ";" { i += 1 }
        return (text, i - start)
    }
}
