import Diagnostics

/// Splits one line of a knowledge file into tokens. Columns count characters, as an
/// editor shows them. Full-width punctuation that a person types in Chinese input
/// mode is read as its ASCII twin.
struct Lexer {
    let file: String
    let line: Int

    /// Normalised spellings of punctuation and operators.
    static let equivalents: [Character: String] = [
        "：": ":", "，": ",", "（": "(", "）": ")", "【": "[", "】": "]", "［": "[", "］": "]",
        "＝": "=", "≥": ">=", "≤": "<=", "≠": "!=", "＞": ">", "＜": "<", "＋": "+", "－": "-",
        "＊": "*", "×": "*", "／": "/", "÷": "/", "＃": "#",
    ]
    /// Quotes that open a text, and those that may close it. A text in straight quotes
    /// closes only at a straight quote, so that Chinese quotes “…” inside it are text;
    /// a text opened with a curly quote may close with either (people mix them).
    static let quotes: [Character: Set<Character>] = [
        "\"": ["\""], "“": ["”", "\""], "”": ["”", "\""], "「": ["」"], "‘": ["’"],
    ]

    struct Failure: Error {
        let diagnostic: Diagnostic
    }

    /// Tokens of `text`, which starts at column `startColumn` of the line.
    func tokens(_ text: Substring, startColumn: Int = 1) throws(Failure) -> [Token] {
        let characters = Array(text)
        var tokens: [Token] = []
        var i = 0
        func range(_ from: Int, _ to: Int) -> SourceRange {
            SourceRange(
                file: file, start: SourceLocation(line: line, column: startColumn + from),
                end: SourceLocation(line: line, column: startColumn + to))
        }
        while i < characters.count {
            let c = characters[i]
            if c.isWhitespace {
                i += 1
                continue
            }
            if c == "#" || c == "＃" { break }  // comment to the end of the line
            let start = i
            if let closers = Lexer.quotes[c] {
                i += 1
                var value = ""
                var closed = false
                while i < characters.count {
                    let d = characters[i]
                    if d == "\\", i + 1 < characters.count {
                        let next = characters[i + 1]
                        value.append(next == "n" ? "\n" : (next == "t" ? "\t" : next))
                        i += 2
                        continue
                    }
                    if closers.contains(d) {
                        closed = true
                        i += 1
                        break
                    }
                    value.append(d)
                    i += 1
                }
                guard closed else {
                    throw Failure(diagnostic: .unterminatedText(range(start, start + 1)))
                }
                tokens.append(Token(kind: .text(value), range: range(start, i)))
                continue
            }
            if c == "?" || c == "$" || c == "？" || c == "＄" {
                i += 1
                let nameStart = i
                while i < characters.count, Lexer.isNameCharacter(characters[i]) { i += 1 }
                let name = String(characters[nameStart..<i])
                guard !name.isEmpty else {
                    throw Failure(diagnostic: .expected(c == "$" || c == "＄" ? localized(" '$' 后面的参数名", english: "a parameter name after '$'") : localized(" '?' 后面的变量名", english: "a variable name after '?'"), found: nil, at: range(start, start + 1)))
                }
                tokens.append(Token(kind: c == "$" || c == "＄" ? .parameter(name) : .variable(name), range: range(start, i)))
                continue
            }
            if c.isASCII, c.isNumber {
                var sawPoint = false
                while i < characters.count {
                    let d = characters[i]
                    if d.isASCII, d.isNumber {
                        i += 1
                    } else if d == ".", !sawPoint, i + 1 < characters.count, characters[i + 1].isASCII, characters[i + 1].isNumber {
                        sawPoint = true
                        i += 1
                    } else {
                        break
                    }
                }
                let digits = String(characters[start..<i])
                var percent = false
                if i < characters.count, characters[i] == "%" || characters[i] == "％" {
                    percent = true
                    i += 1
                }
                if i < characters.count, Lexer.isNameCharacter(characters[i]) {
                    // 10万元, 3a: a number glued to a word is a mistake worth naming.
                    var end = i
                    while end < characters.count, Lexer.isNameCharacter(characters[end]) { end += 1 }
                    throw Failure(diagnostic: .invalidNumber(String(characters[start..<end]), range(start, end)))
                }
                tokens.append(Token(kind: .number(digits, percent: percent), range: range(start, i)))
                continue
            }
            if Lexer.isNameStart(c) {
                while i < characters.count, Lexer.isNameCharacter(characters[i]) { i += 1 }
                // A trailing '-' belongs to an operator, not the name.
                while i - 1 > start, characters[i - 1] == "-" { i -= 1 }
                tokens.append(Token(kind: .identifier(String(characters[start..<i])), range: range(start, i)))
                continue
            }
            // Operators and punctuation.
            let two = i + 1 < characters.count ? String([c, characters[i + 1]]) : ""
            if ["==", "!=", "<=", ">="].contains(two) {
                tokens.append(Token(kind: .symbol(two), range: range(start, i + 2)))
                i += 2
                continue
            }
            if let normal = Lexer.equivalents[c] {
                tokens.append(Token(kind: .symbol(normal), range: range(start, i + 1)))
                i += 1
                continue
            }
            if "()[],:=<>+-*/{}".contains(c) {
                tokens.append(Token(kind: .symbol(String(c)), range: range(start, i + 1)))
                i += 1
                continue
            }
            throw Failure(diagnostic: .unexpectedCharacter(c, range(start, start + 1)))
        }
        return tokens
    }

    static func isNameStart(_ c: Character) -> Bool {
        c == "_" || c.isLetter
    }

    static func isNameCharacter(_ c: Character) -> Bool {
        c == "_" || c == "-" || c.isLetter || c.isNumber
    }
}
