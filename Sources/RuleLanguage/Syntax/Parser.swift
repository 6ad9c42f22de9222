import Diagnostics
import RuleEngine

/// Reads a knowledge file. The grammar is line-oriented: every line starts with a
/// keyword (`rule`, `title:`, `when:`, …) or belongs to the block the last keyword
/// opened (conditions under `when:`, facts under `given:`). Indentation is for the
/// reader only. A line with an error is reported and skipped, so that one pass
/// reports every error in the file. See knowledge/README.md for the grammar.
struct Parser {
    let path: String
    let lines: [Substring]
    private(set) var diagnostics: [Diagnostic] = []
    var file: KnowledgeFile
    var lineIndex = 0

    /// What the current line belongs to.
    enum Context {
        case none
        case template(Int)
        case parameter(Int)
        case rule(Int, Block)
        case basis(Int)
    }

    enum Block {
        case fields, when, then, example, given
    }

    var context = Context.none

    static let ruleFields: Set<String> = [
        "title", "severity", "kind", "cites", "basis", "message", "explain", "recommendation", "salience", "when", "then", "example",
        "given", "expect",
    ]
    static let parameterFields: Set<String> = ["label", "value", "unit", "basis", "rationale", "description"]
    static let basisFields: Set<String> = ["document", "number", "article", "scope", "quote", "summary", "verified", "reason"]

    init(path: String, text: String) {
        self.path = path
        lines = SourceLines.split(text)
        file = KnowledgeFile(path: path)
    }

    mutating func parse() -> KnowledgeFile {
        while lineIndex < lines.count {
            let number = lineIndex + 1
            let line = lines[lineIndex]
            lineIndex += 1
            let content = line.drop { $0.isWhitespace }
            if content.isEmpty || content.hasPrefix("#") || content.hasPrefix("＃") { continue }
            let column = line.count - content.count + 1
            do throws(Lexer.Failure) {
                try parseLine(content, line: number, column: column)
            } catch {
                diagnostics.append(error.diagnostic)
                markFailure()
            }
        }
        return file
    }

    /// A line of the current rule failed: the rule must not compile from the rest of
    /// its lines, and a failed expectation must not also read as a missing one.
    mutating func markFailure() {
        guard case .rule(let index, let block) = context else { return }
        file.rules[index].hasSyntaxErrors = true
        if block == .example || block == .given, let last = file.rules[index].examples.indices.last {
            file.rules[index].examples[last].hasSyntaxErrors = true
        }
    }

    // MARK: Lines

    func range(_ line: Int, _ column: Int, _ length: Int) -> SourceRange {
        SourceRange(file: path, line: line, column: column, length: length)
    }

    /// `name:` at the start of a line: the field name, and where its value starts.
    func field(_ content: Substring) -> (name: String, value: Substring, offset: Int)? {
        var i = content.startIndex
        while i < content.endIndex, Lexer.isNameCharacter(content[i]) { i = content.index(after: i) }
        guard i > content.startIndex else { return nil }
        let name = String(content[..<i])
        var j = i
        while j < content.endIndex, content[j] == " " || content[j] == "\t" { j = content.index(after: j) }
        guard j < content.endIndex, content[j] == ":" || content[j] == "：" else { return nil }
        let valueStart = content.index(after: j)
        let value = content[valueStart...]
        let trimmed = value.drop { $0.isWhitespace }
        return (name, trimmed, content.distance(from: content.startIndex, to: valueStart) + (value.count - trimmed.count))
    }

    func textField(_ value: Substring, line: Int, column: Int) -> TextField {
        var text = String(value)
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return TextField(text: text, range: range(line, column, max(text.count, 1)))
    }

    mutating func parseLine(_ content: Substring, line: Int, column: Int) throws(Lexer.Failure) {
        // Top-level declarations.
        if let keyword = leadingWord(content), ["template", "parameter", "rule", "basis"].contains(keyword),
            content.dropFirst(keyword.count).first?.isWhitespace ?? true, field(content) == nil
        {
            let lexer = Lexer(file: path, line: line)
            var stream = TokenStream(try lexer.tokens(content, startColumn: column), end: endRange(line, column, content))
            _ = stream.next()
            switch keyword {
            case "template": try startTemplate(&stream)
            case "parameter": try startParameter(&stream)
            case "basis": try startBasis(&stream)
            default: try startRule(&stream)
            }
            return
        }
        switch context {
        case .none:
            throw Lexer.Failure(diagnostic: .expectedDeclaration(range(line, column, leadingWord(content)?.count ?? 1)))
        case .template(let index):
            try parseSlot(content, line: line, column: column, template: index)
        case .parameter(let index):
            try parseParameterField(content, line: line, column: column, parameter: index)
        case .basis(let index):
            try parseBasisField(content, line: line, column: column, basis: index)
        case .rule(let index, let block):
            try parseRuleLine(content, line: line, column: column, rule: index, block: block)
        }
    }

    func leadingWord(_ content: Substring) -> String? {
        let word = content.prefix { Lexer.isNameCharacter($0) }
        return word.isEmpty ? nil : String(word)
    }

    func endRange(_ line: Int, _ column: Int, _ content: Substring) -> SourceRange {
        range(line, column + content.count, 1)
    }

    /// Tokens of a logical line: continues onto the next lines while a bracket is open.
    mutating func logicalTokens(_ content: Substring, line: Int, column: Int) throws(Lexer.Failure) -> TokenStream {
        var tokens = try Lexer(file: path, line: line).tokens(content, startColumn: column)
        var end = endRange(line, column, content)
        func depth(_ tokens: [Token]) -> Int {
            tokens.reduce(0) { sum, token in
                sum + (token.isSymbol("(") || token.isSymbol("[") ? 1 : (token.isSymbol(")") || token.isSymbol("]") ? -1 : 0))
            }
        }
        while depth(tokens) > 0, lineIndex < lines.count {
            let next = lines[lineIndex]
            let nextContent = next.drop { $0.isWhitespace }
            if !nextContent.isEmpty, field(nextContent).map({ Self.ruleFields.contains($0.name) }) == true { break }
            lineIndex += 1
            let nextColumn = next.count - nextContent.count + 1
            tokens += try Lexer(file: path, line: lineIndex).tokens(nextContent, startColumn: nextColumn)
            end = endRange(lineIndex, nextColumn, nextContent)
        }
        return TokenStream(tokens, end: end)
    }
}
