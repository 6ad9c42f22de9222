import Diagnostics

/// Reads a `.vocab` file: line by line, like the rule files. A declaration line names
/// an entry (`column target "指标值"`); the lines after it are its fields
/// (`words: 指标值、年度指标值`) and examples (`example: 年度指标值`). Indentation is for
/// the reader only; `#` starts a comment. A line with an error is reported and skipped.
struct VocabularyParser {
    /// An entry as written, before names are checked.
    struct Declaration {
        enum Keyword: String, CaseIterable {
            case table, column, field, row, unit, measure, `operator`, section, label
            case unitKind = "unit-kind"
            case grade, organisation, verdict, statement, counted
        }

        let keyword: Keyword
        let name: String
        let nameRange: SourceRange
        var title: String?
        var words: [(String, SourceRange)] = []
        var exact: [(String, SourceRange)] = []
        var unless: [(String, SourceRange)] = []
        /// A statement's clause must also speak of one of these (指标, 目标).
        var about: [(String, SourceRange)] = []
        /// The words an object is counted with (支, 个).
        var counters: [(String, SourceRange)] = []
        var needs: [[(String, SourceRange)]] = []
        var factor: (String, SourceRange)?
        var examples: [(input: String, expected: String?, range: SourceRange)] = []
        /// The table a column belongs to: the index of its declaration.
        var table: Int?
        /// A line of it could not be read.
        var hasErrors = false
    }

    static let fields: [Declaration.Keyword: Set<String>] = [
        .table: ["needs", "example"],
        .column: ["words", "exact", "unless", "example"],
        .field: ["words", "exact", "unless", "example"],
        .row: ["words", "exact", "unless", "example"],
        .section: ["words", "exact", "unless", "example"],
        .label: ["words", "exact", "unless", "example"],
        .unit: ["factor", "example"],
        .measure: ["words", "example"],
        .unitKind: ["words", "exact", "unless", "example"],
        .grade: ["words", "example"],
        .verdict: ["words", "exact", "unless", "example"],
        .statement: ["words", "about", "unless", "example"],
        .counted: ["words", "counters", "unless", "example"],
        .organisation: ["words", "example"],
        .operator: ["words", "example"],
    ]

    let path: String
    private(set) var declarations: [Declaration] = []
    private(set) var diagnostics: [Diagnostic] = []
    private var currentTable: Int?
    /// A declaration line failed: its fields are skipped, not reported again.
    private var skippingFields = false

    init(path: String) {
        self.path = path
    }

    mutating func parse(_ text: String) {
        for (index, line) in SourceLines.split(text).enumerated() {
            let content = line.drop { $0.isWhitespace }
            if content.isEmpty || content.hasPrefix("#") || content.hasPrefix("＃") { continue }
            let column = line.count - content.count + 1
            do throws(Diagnostic) {
                // A `#` starts a comment at the end of a line too.
                try parseLine(Array(content.prefix { $0 != "#" && $0 != "＃" }), line: index + 1, column: column)
            } catch {
                diagnostics.append(error)
                if let last = declarations.indices.last, !skippingFields { declarations[last].hasErrors = true }
            }
        }
    }

    private func range(_ line: Int, _ column: Int, _ length: Int) -> SourceRange {
        SourceRange(file: path, line: line, column: column, length: max(length, 1))
    }

    private mutating func parseLine(_ content: [Character], line: Int, column: Int) throws(Diagnostic) {
        let wordEnd = content.firstIndex { !Self.isNameCharacter($0) } ?? content.count
        let word = String(content[..<wordEnd])
        var cursor = wordEnd
        while cursor < content.count, content[cursor] == " " || content[cursor] == "\t" { cursor += 1 }
        let isField = cursor < content.count && (content[cursor] == ":" || content[cursor] == "：") && !word.isEmpty
        if isField {
            if skippingFields { return }
            guard !declarations.isEmpty else { throw .vocabularyExpectedDeclaration(range(line, column, word.count)) }
            let valueStart = cursor + 1
            var start = valueStart
            while start < content.count, content[start].isWhitespace { start += 1 }
            var end = content.count
            while end > start, content[end - 1].isWhitespace { end -= 1 }
            try field(word, value: Array(content[start..<end]), line: line, column: column, valueColumn: column + start)
            return
        }
        skippingFields = true
        guard let keyword = Declaration.Keyword(rawValue: word) else {
            throw .vocabularyUnknownKeyword(word, range(line, column, max(word.count, 1)))
        }
        try declaration(keyword, rest: Array(content[cursor...]), line: line, column: column + cursor)
        skippingFields = false
    }

    /// `column target "指标值"`; a unit's name is the unit itself (万元).
    private mutating func declaration(_ keyword: Declaration.Keyword, rest: [Character], line: Int, column: Int) throws(Diagnostic) {
        let nameEnd = rest.firstIndex { $0 == " " || $0 == "\t" || $0 == "\"" || $0 == "“" } ?? rest.count
        let name = String(rest[..<nameEnd])
        guard !name.isEmpty else { throw .vocabularyExpectedName(keyword.rawValue, range(line, column, 1)) }
        var cursor = nameEnd
        while cursor < rest.count, rest[cursor] == " " || rest[cursor] == "\t" { cursor += 1 }
        var title: String?
        if cursor < rest.count {
            let (text, after) = try Self.quoted(rest, from: cursor, range: range(line, column + cursor, rest.count - cursor))
            title = text
            if after < rest.count, !rest[after...].allSatisfy(\.isWhitespace) {
                throw .vocabularyTrailingText(range(line, column + after, rest.count - after))
            }
        }
        var declaration = Declaration(keyword: keyword, name: name, nameRange: range(line, column, name.count), title: title)
        switch keyword {
        case .table:
            currentTable = declarations.count
        case .column:
            guard let currentTable else { throw .vocabularyColumnOutsideTable(range(line, column, name.count)) }
            declaration.table = currentTable
        default:
            currentTable = nil
        }
        declarations.append(declaration)
    }

    private mutating func field(_ name: String, value: [Character], line: Int, column: Int, valueColumn: Int) throws(Diagnostic) {
        let index = declarations.count - 1
        let keyword = declarations[index].keyword
        let known = Self.fields[keyword] ?? []
        guard known.contains(name) else { throw .vocabularyUnknownField(name, in: keyword.rawValue, known: known, range(line, column, name.count)) }
        let valueRange = range(line, valueColumn, value.count)
        guard !value.isEmpty else { throw .vocabularyEmptyField(name, valueRange) }
        switch name {
        case "words": declarations[index].words += try words(value, line: line, column: valueColumn)
        case "exact": declarations[index].exact += try words(value, line: line, column: valueColumn)
        case "unless": declarations[index].unless += try words(value, line: line, column: valueColumn)
        case "about": declarations[index].about += try words(value, line: line, column: valueColumn)
        case "counters": declarations[index].counters += try words(value, line: line, column: valueColumn)
        case "needs":
            let names = try words(value.map { $0 == "+" ? " " : $0 }, line: line, column: valueColumn)
            declarations[index].needs.append(names)
        case "factor": declarations[index].factor = (String(value), valueRange)
        default:
            let (input, expected) = Self.splitExample(value)
            declarations[index].examples.append((input, expected, valueRange))
        }
    }

    /// Words separated by 、 ， , ； or blanks; a word in quotes may hold them.
    private func words(_ value: [Character], line: Int, column: Int) throws(Diagnostic) -> [(String, SourceRange)] {
        var result: [(String, SourceRange)] = []
        var index = 0
        while index < value.count {
            let c = value[index]
            if Self.separators.contains(c) || c.isWhitespace {
                index += 1
                continue
            }
            if c == "\"" || c == "“" {
                let (text, after) = try Self.quoted(value, from: index, range: range(line, column + index, value.count - index))
                if !text.isEmpty { result.append((text, range(line, column + index, after - index))) }
                index = after
                continue
            }
            let start = index
            while index < value.count, !Self.separators.contains(value[index]), !value[index].isWhitespace { index += 1 }
            result.append((String(value[start..<index]), range(line, column + start, index - start)))
        }
        return result
    }

    static let separators: Set<Character> = ["、", "，", ",", "；", ";"]

    /// Text in "…" or “…” starting at `from`, and where it ends.
    private static func quoted(_ text: [Character], from: Int, range: SourceRange) throws(Diagnostic) -> (String, Int) {
        let open = text[from]
        guard open == "\"" || open == "“" else { throw .vocabularyExpectedTitle(range) }
        let close: Character = open == "“" ? "”" : "\""
        guard let end = text[(from + 1)...].firstIndex(of: close) else { throw .vocabularyUnterminatedText(range) }
        return (String(text[(from + 1)..<end]), end + 1)
    }

    /// `年度指标值` or `指标值（单位） → target`: the input and what is expected of it.
    static func splitExample(_ value: [Character]) -> (String, String?) {
        let text = String(value)
        for arrow in ["→", "->", "=>"] {
            if let range = text.firstRange(of: arrow) {
                return (String(text[..<range.lowerBound]).trimmedText, String(text[range.upperBound...]).trimmedText)
            }
        }
        return (text.trimmedText, nil)
    }

    static func isNameCharacter(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber || c == "-" || c == "_") }
}
