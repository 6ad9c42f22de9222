import Diagnostics

/// Every message about the reading vocabulary (`knowledge/reading/*.vocab`), by stable
/// code, in Chinese and English: KB2xx are errors, KB25x warnings. They share the KB
/// range with the rules, because to policy staff both are the knowledge base;
/// knowledge/README.md lists them.
extension Diagnostic {
    static func vocabularyUnknownKeyword(_ word: String, _ range: SourceRange) -> Diagnostic {
        let known = VocabularyParser.Declaration.Keyword.allCases.map(\.rawValue)
        return Diagnostic(
            code: "KB201",
            message: word.isEmpty
                ? localized("这里应是一个声明或字段", english: "expected a declaration or a field")
                : localized("没有声明 '\(word)'", english: "unknown declaration '\(word)'"),
            range: range,
            notes: [Note(localized(
                "声明以 \(CommonWording.list(known)) 开头；字段写作 '名称: 值'",
                english: "a declaration starts with \(CommonWording.list(known)); a field is written 'name: value'"))],
            help: Suggestions.didYouMean(word, among: known))
    }

    static func vocabularyExpectedDeclaration(_ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB201", message: localized("字段写在了所有声明之前", english: "a field before any declaration"), range: range,
            help: localized("先写一个声明，如 'column target \"指标值\"'", english: "start with a declaration such as 'column target \"指标值\"'"))
    }

    static func vocabularyExpectedName(_ keyword: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(code: "KB201", message: localized("'\(keyword)' 后面应有名称", english: "expected a name after '\(keyword)'"), range: range)
    }

    /// `kind` is what the name should be ("section"); `table` says of which table, for columns.
    static func vocabularyUnknownName(_ name: String, kind: String, table: String? = nil, known: [String], _ range: SourceRange) -> Diagnostic {
        let names = CommonWording.list(known)
        let message = table.map { localized("表 \($0) 没有 \(kind) '\(name)'", english: "unknown \(kind) '\(name)' in table \($0)") }
            ?? localized("没有 \(kind) '\(name)'", english: "unknown \(kind) '\(name)'")
        let note = table.map { localized("表 \($0) 可读的 \(kind) 有：\(names)", english: "the reader reads these \(kind)s in table \($0): \(names)") }
            ?? localized("可读的 \(kind) 有：\(names)", english: "the reader reads these \(kind)s: \(names)")
        return Diagnostic(code: "KB202", message: message, range: range, notes: [Note(note)], help: Suggestions.didYouMean(name, among: known))
    }

    static func vocabularyUnknownField(_ name: String, in keyword: String, known: Set<String>, _ range: SourceRange) -> Diagnostic {
        let fields = CommonWording.list(known.sorted())
        return Diagnostic(
            code: "KB203", message: localized("\(keyword) 没有字段 '\(name)'", english: "unknown field '\(name)' in a \(keyword)"), range: range,
            notes: [Note(localized("\(keyword) 的字段有：\(fields)", english: "the fields of a \(keyword) are: \(fields)"))],
            help: Suggestions.didYouMean(name, among: known))
    }

    static func vocabularyColumnOutsideTable(_ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB204", message: localized("column 必须写在它所属的 table 之后", english: "a column must follow the table it belongs to"), range: range,
            help: localized("在这些列之前写 'table indicators \"绩效指标表\"'", english: "write 'table indicators \"绩效指标表\"' before its columns"))
    }

    static func vocabularyDuplicate(_ what: String, first: SourceRange, _ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB205", message: localized("\(what) 声明了两次", english: "\(what) is declared twice"), range: range,
            notes: [Note(CommonWording.firstDeclaredHere, range: first)])
    }

    static func vocabularyAmbiguousWord(_ word: String, first: String, second: String, firstRange: SourceRange, _ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB206", message: localized("'\(word)' 同时是 \(first) 和 \(second) 的用词", english: "'\(word)' is a word of both \(first) and \(second)"),
            range: range, notes: [Note(localized("\(first) 在这里用了它", english: "\(first) has it here"), range: firstRange)],
            help: localized(
                "只留在它真正指的那一项里；用更长的词可以把另一项区分开",
                english: "keep it in the one it names; a longer word can tell the other apart"))
    }

    static func vocabularyBadExample(_ why: String, _ range: SourceRange, help: String? = nil) -> Diagnostic {
        Diagnostic(
            code: "KB207", message: localized("这个示例无法读取：\(why)", english: "this example cannot be read: \(why)"), range: range, help: help)
    }

    static func vocabularyUndeclaredNeed(_ name: String, table: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB208",
            message: localized("'needs' 中的 '\(name)' 不是表 \(table) 声明的列", english: "'needs' names '\(name)', which table \(table) does not declare as a column"),
            range: range,
            help: localized("在该表下声明 'column \(name)'，或改正名称", english: "declare 'column \(name)' under the table, or correct the name"))
    }

    static func vocabularyBadFactor(_ text: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB209", message: localized("'\(text)' 不是正数", english: "'\(text)' is not a positive number"), range: range,
            help: localized(
                "写明这个单位的 1 等于多少万元：元 是 0.0001，亿元 是 10000",
                english: "write how many 万元 one of this unit is: 元 is 0.0001, 亿元 is 10000"))
    }

    enum MissingPart {
        case chineseName, words, needs, factor

        var text: String {
            switch self {
            case .chineseName: localized("引号中的中文名称", english: "Chinese name in quotes")
            case .words: localized("用词（words）", english: "words")
            case .needs: localized("'needs:'（表头行必须有的列）", english: "'needs:' (the columns that make a row its header)")
            case .factor: localized("'factor:'（1 个该单位等于多少万元）", english: "'factor:' (how many 万元 one of it is)")
            }
        }
    }

    static func vocabularyMissing(_ part: MissingPart, in declaration: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB210", message: localized("\(declaration) 缺少\(part.text)", english: "\(declaration) has no \(part.text)"), range: range)
    }

    static func vocabularyEmptyField(_ name: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(code: "KB210", message: localized("'\(name):' 没有值", english: "'\(name):' has no value"), range: range)
    }

    static func vocabularyUnterminatedText(_ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB211", message: localized("这段文本缺少结尾的引号", english: "this text has no closing quote"), range: range,
            help: localized("在同一行用 \" 或 ” 结束它", english: "close it with \" or ” on the same line"))
    }

    static func vocabularyExpectedTitle(_ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB211", message: localized("这里应是引号中的中文名称", english: "expected the Chinese name in quotes"), range: range,
            help: localized("写成 \"指标值\"", english: "write it as \"指标值\""))
    }

    static func vocabularyTrailingText(_ range: SourceRange) -> Diagnostic {
        Diagnostic(code: "KB211", message: localized("中文名称后面有多余的文字", english: "unexpected text after the Chinese name"), range: range)
    }

    static func vocabularyUnreadable(_ file: String, _ reason: String) -> Diagnostic {
        Diagnostic(code: "KB212", message: localized("无法读取 \(file)：\(reason)", english: "cannot read \(file): \(reason)"), range: .lines(1, in: file))
    }

    /// No `.vocab` file where the knowledge base was looked for.
    public static func vocabularyNotFound(_ paths: [String]) -> Diagnostic {
        let places = CommonWording.list(paths)
        return Diagnostic(
            code: "KB213", message: localized("\(places) 中没有阅读词表（.vocab 文件）", english: "no reading vocabulary (.vocab files) in \(places)"),
            notes: [Note(localized(
                "阅读器按 knowledge/reading/*.vocab 中的用词识别表格、列、章节和数字",
                english: "the reader finds tables, columns, sections and figures by the words in knowledge/reading/*.vocab"))],
            help: localized("用 --knowledge DIR 指定包含 reading/ 的规则库文件夹", english: "pass the knowledge folder that holds reading/ with --knowledge DIR"))
    }

    static func vocabularyWithoutExample(_ what: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB250", severity: .warning, message: localized("\(what) 没有示例", english: "\(what) has no example"), range: range,
            help: localized(
                "加上 'example:'，写一段真实报告中的文字；示例就是用词的测试",
                english: "add 'example:' with a text from a real report; examples are the tests of the words"))
    }
}
