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
        var scan = Scan(lexer: self, characters: Array(text), startColumn: startColumn)
        var tokens: [Token] = []
        while let c = scan.nextNonSpace() {
            if c == "#" || c == "＃" { break }  // comment to the end of the line
            tokens.append(try scan.token(startingWith: c))
        }
        return tokens
    }

    /// A line being read, character by character.
    private struct Scan {
        let lexer: Lexer
        let characters: [Character]
        let startColumn: Int
        var i = 0

        init(lexer: Lexer, characters: [Character], startColumn: Int) {
            self.lexer = lexer
            self.characters = characters
            self.startColumn = startColumn
        }

        func range(_ from: Int, _ to: Int) -> SourceRange {
            SourceRange(
                file: lexer.file, start: SourceLocation(line: lexer.line, column: startColumn + from),
                end: SourceLocation(line: lexer.line, column: startColumn + to))
        }

        /// The next character that is not a space, without taking it; nil at the end.
        mutating func nextNonSpace() -> Character? {
            while i < characters.count, characters[i].isWhitespace { i += 1 }
            return i < characters.count ? characters[i] : nil
        }

        mutating func token(startingWith c: Character) throws(Failure) -> Token {
            if let closers = Lexer.quotes[c] { return try text(closedBy: closers) }
            if c == "?" || c == "$" || c == "？" || c == "＄" { return try reference(parameter: c == "$" || c == "＄") }
            if c.isASCII, c.isNumber { return try number() }
            if Lexer.isNameStart(c) { return identifier() }
            return try symbol(c)
        }

        /// A quoted text; a backslash escapes the next character (`\n` is a newline, `\t` a tab).
        private mutating func text(closedBy closers: Set<Character>) throws(Failure) -> Token {
            let start = i
            i += 1
            var value = ""
            while i < characters.count {
                let d = characters[i]
                if d == "\\", i + 1 < characters.count {
                    let next = characters[i + 1]
                    value.append(next == "n" ? "\n" : (next == "t" ? "\t" : next))
                    i += 2
                    continue
                }
                i += 1
                if closers.contains(d) { return Token(kind: .text(value), range: range(start, i)) }
                value.append(d)
            }
            throw Failure(diagnostic: .unterminatedText(range(start, start + 1)))
        }

        /// `?name` or `$name`.
        private mutating func reference(parameter: Bool) throws(Failure) -> Token {
            let start = i
            i += 1
            while i < characters.count, Lexer.isNameCharacter(characters[i]) { i += 1 }
            let name = String(characters[(start + 1)..<i])
            guard !name.isEmpty else {
                let what = parameter
                    ? localized(" '$' 后面的参数名", english: "a parameter name after '$'") : localized(" '?' 后面的变量名", english: "a variable name after '?'")
                throw Failure(diagnostic: .expected(what, found: nil, at: range(start, start + 1)))
            }
            return Token(kind: parameter ? .parameter(name) : .variable(name), range: range(start, i))
        }

        /// `12`, `0.5`, `10%`; a number glued to a word (10万元, 3a) is a mistake worth naming.
        private mutating func number() throws(Failure) -> Token {
            let start = i
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
            let percent = i < characters.count && (characters[i] == "%" || characters[i] == "％")
            if percent { i += 1 }
            if i < characters.count, Lexer.isNameCharacter(characters[i]) {
                var end = i
                while end < characters.count, Lexer.isNameCharacter(characters[end]) { end += 1 }
                throw Failure(diagnostic: .invalidNumber(String(characters[start..<end]), range(start, end)))
            }
            return Token(kind: .number(digits, percent: percent), range: range(start, i))
        }

        private mutating func identifier() -> Token {
            let start = i
            while i < characters.count, Lexer.isNameCharacter(characters[i]) { i += 1 }
            // A trailing '-' belongs to an operator, not the name.
            while i - 1 > start, characters[i - 1] == "-" { i -= 1 }
            return Token(kind: .identifier(String(characters[start..<i])), range: range(start, i))
        }

        /// Operators and punctuation, full-width forms read as their ASCII twins.
        private mutating func symbol(_ c: Character) throws(Failure) -> Token {
            let start = i
            let two = i + 1 < characters.count ? String([c, characters[i + 1]]) : ""
            let symbol: String
            if ["==", "!=", "<=", ">="].contains(two) {
                symbol = two
            } else if let normal = Lexer.equivalents[c] {
                symbol = normal
            } else if "()[],:=<>+-*/{}".contains(c) {
                symbol = String(c)
            } else {
                throw Failure(diagnostic: .unexpectedCharacter(c, range(start, start + 1)))
            }
            i += symbol == two ? 2 : 1
            return Token(kind: .symbol(symbol), range: range(start, i))
        }
    }

    static func isNameStart(_ c: Character) -> Bool {
        c == "_" || c.isLetter
    }

    static func isNameCharacter(_ c: Character) -> Bool {
        c == "_" || c == "-" || c.isLetter || c.isNumber
    }
}
