import Diagnostics

/// Every message about the reading vocabulary (`knowledge/reading/*.vocab`), by stable
/// code: KB2xx are errors, KB25x warnings. They share the KB range with the rules,
/// because to policy staff both are the knowledge base; knowledge/README.md lists them.
extension Diagnostic {
    private static func suggestion(_ word: String, _ known: some Sequence<String>) -> String? {
        Suggestions.closest(to: word, among: known).map { "did you mean '\($0)'?" }
    }

    static func vocabularyUnknownKeyword(_ word: String, _ range: SourceRange) -> Diagnostic {
        let known = VocabularyParser.Declaration.Keyword.allCases.map(\.rawValue)
        return Diagnostic(
            code: "KB201", message: word.isEmpty ? "expected a declaration or a field" : "unknown declaration '\(word)'", range: range,
            notes: [Note("a declaration starts with \(known.joined(separator: ", ")); a field is written 'name: value'")],
            help: suggestion(word, known))
    }

    static func vocabularyExpectedDeclaration(_ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB201", message: "a field before any declaration", range: range,
            help: "start with a declaration such as 'column target \"指标值\"'")
    }

    static func vocabularyExpectedName(_ keyword: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(code: "KB201", message: "expected a name after '\(keyword)'", range: range)
    }

    /// `kind` is what the name should be ("section"); `among` says of what, for columns ("table indicators").
    static func vocabularyUnknownName(_ name: String, kind: String, among: String? = nil, known: [String], _ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB202", message: "unknown \(kind) '\(name)'" + (among.map { " in \($0)" } ?? ""), range: range,
            notes: [Note("the reader reads these \(kind)s\(among.map { " in \($0)" } ?? ""): \(known.joined(separator: ", "))")],
            help: suggestion(name, known))
    }

    static func vocabularyUnknownField(_ name: String, in keyword: String, known: Set<String>, _ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB203", message: "unknown field '\(name)' in a \(keyword)", range: range,
            notes: [Note("the fields of a \(keyword) are: \(known.sorted().joined(separator: ", "))")],
            help: suggestion(name, known))
    }

    static func vocabularyColumnOutsideTable(_ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB204", message: "a column must follow the table it belongs to", range: range,
            help: "write 'table indicators \"绩效指标表\"' before its columns")
    }

    static func vocabularyDuplicate(_ what: String, first: SourceRange, _ range: SourceRange) -> Diagnostic {
        Diagnostic(code: "KB205", message: "\(what) is declared twice", range: range, notes: [Note("first declared here", range: first)])
    }

    static func vocabularyAmbiguousWord(_ word: String, first: String, second: String, firstRange: SourceRange, _ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB206", message: "'\(word)' is a word of both \(first) and \(second)", range: range,
            notes: [Note("\(first) has it here", range: firstRange)],
            help: "keep it in the one it names; a longer word can tell the other apart")
    }

    static func vocabularyBadExample(_ why: String, _ range: SourceRange, help: String? = nil) -> Diagnostic {
        Diagnostic(code: "KB207", message: "this example cannot be read: \(why)", range: range, help: help)
    }

    static func vocabularyUndeclaredNeed(_ name: String, table: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB208", message: "'needs' names '\(name)', which table \(table) does not declare as a column", range: range,
            help: "declare 'column \(name)' under the table, or correct the name")
    }

    static func vocabularyBadFactor(_ text: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB209", message: "'\(text)' is not a positive number", range: range,
            help: "write how many 万元 one of this unit is: 元 is 0.0001, 亿元 is 10000")
    }

    static func vocabularyMissing(_ what: String, in declaration: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(code: "KB210", message: "\(declaration) has no \(what)", range: range)
    }

    static func vocabularyEmptyField(_ name: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(code: "KB210", message: "'\(name):' has no value", range: range)
    }

    static func vocabularyUnterminatedText(_ range: SourceRange) -> Diagnostic {
        Diagnostic(code: "KB211", message: "this text has no closing quote", range: range, help: "close it with \" or ” on the same line")
    }

    static func vocabularyExpectedTitle(_ range: SourceRange) -> Diagnostic {
        Diagnostic(code: "KB211", message: "expected the Chinese name in quotes", range: range, help: "write it as \"指标值\"")
    }

    static func vocabularyTrailingText(_ range: SourceRange) -> Diagnostic {
        Diagnostic(code: "KB211", message: "unexpected text after the Chinese name", range: range)
    }

    static func vocabularyUnreadable(_ file: String, _ reason: String) -> Diagnostic {
        Diagnostic(code: "KB212", message: "cannot read \(file): \(reason)", range: .lines(1, in: file))
    }

    /// No `.vocab` file where the knowledge base was looked for.
    public static func vocabularyNotFound(_ paths: [String]) -> Diagnostic {
        Diagnostic(
            code: "KB213", message: "no reading vocabulary (.vocab files) in \(paths.joined(separator: ", "))",
            notes: [Note("the reader finds tables, columns, sections and figures by the words in knowledge/reading/*.vocab")],
            help: "pass the knowledge folder that holds reading/ with --knowledge DIR")
    }

    static func vocabularyWithoutExample(_ what: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB250", severity: .warning, message: "\(what) has no example", range: range,
            help: "add 'example:' with a text from a real report; examples are the tests of the words")
    }
}
