import Diagnostics
import RuleEngine

/// Every message the knowledge-base tools show, by stable code, in Chinese and English.
/// KB0xx are errors in what a file says; KB1xx are warnings from `audit rules lint`.
/// Codes never change meaning; knowledge/README.md lists them.
extension Diagnostic {
    static func suggestion(_ word: String, _ known: some Sequence<String>, prefix: String = "", suffix: String = "") -> String? {
        Suggestions.didYouMean(word, among: known) { prefix + $0 + suffix }
    }

    // The syntax errors (KB001–KB011); the others are in MeaningDiagnostics and LintDiagnostics.

    static func expected(_ what: String, found: Token?, at range: SourceRange) -> Diagnostic {
        let message = found.map { localized("这里应为\(what)，却是 \($0.display)", english: "expected \(what), found \($0.display)") }
            ?? localized("行尾缺少\(what)", english: "expected \(what) at the end of the line")
        return Diagnostic(code: "KB001", message: message, range: range)
    }

    static func nestedTooDeep(limit: Int, _ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB045",
            message: localized("表达式嵌套超过 \(limit) 层", english: "the expression nests more than \(limit) levels deep"),
            range: range,
            help: localized("拆成几个 let 或几条 test；是不是粘贴时多了括号？", english: "split it into several let or test lines; were brackets pasted twice?"))
    }

    static func unterminatedText(_ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB002", message: localized("这段文本缺少结尾的引号", english: "this text has no closing quote"), range: range,
            help: localized("在同一行用 \" 结束它", english: "close it with \" on the same line"))
    }

    static func unexpectedCharacter(_ character: Character, _ range: SourceRange) -> Diagnostic {
        let message = localized("这里不能有字符 '\(character)'", english: "unexpected character '\(character)'")
        // Sentence punctuation out of habit: conditions and fields end without it.
        if ";；。".contains(character) {
            return Diagnostic(
                code: "KB003", message: message, range: range,
                help: localized(
                    "条件和字段写到行尾即结束，不加标点：删去 '\(character)'",
                    english: "a condition or field ends at the end of its line, without punctuation: remove '\(character)'"))
        }
        // A full-width form typed in Chinese input mode: name the half-width character meant.
        let meant = character.unicodeScalars.first.flatMap { scalar in
            (0xFF01...0xFF5E).contains(scalar.value) ? Unicode.Scalar(scalar.value - 0xFEE0).map(Character.init) : nil
        }
        return Diagnostic(
            code: "KB003", message: message, range: range,
            help: meant.map {
                localized(
                    "这是全角的 '\(character)'，应写半角的 '\($0)'（把输入法切换到英文）",
                    english: "this is the full-width '\(character)'; write the half-width '\($0)' (switch the input method to English)")
            })
    }

    static func invalidNumber(_ text: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB004", message: localized("'\(text)' 不是数字", english: "'\(text)' is not a number"), range: range,
            help: localized(
                "数字单独写（单位写在消息里或参数的 'unit:' 中）；文字放在引号里",
                english: "write the number alone (units go in the message or the parameter's 'unit:'); put words in quotes"))
    }

    static func expectedDeclaration(_ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB005",
            message: localized(
                "声明应以 'template'、'parameter' 或 'rule' 开头",
                english: "expected 'template', 'parameter' or 'rule' to start a declaration"),
            range: range)
    }

    static func unknownField(_ name: String, in kind: DeclarationKind, known: Set<String>, _ range: SourceRange) -> Diagnostic {
        let fields = CommonWording.list(known.sorted())
        return Diagnostic(
            code: "KB006",
            message: localized("\(kind.chinese)（\(kind.rawValue)）没有字段 '\(name)'", english: "unknown field '\(name)' in a \(kind.rawValue)"),
            range: range,
            notes: [Note(localized("\(kind.chinese)的字段有：\(fields)", english: "the fields of a \(kind.rawValue) are: \(fields)"))],
            help: suggestion(name, known))
    }

    static func expectedField(_ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB007",
            message: localized(
                "这里应是一个字段（如 'title:'），或 'when:'、'then:'、'given:' 块中的一行",
                english: "expected a field such as 'title:', or a line of a 'when:', 'then:' or 'given:' block"),
            range: range)
    }

    static func outsideExample(_ name: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB008", message: localized("'\(name):' 只能写在示例（example）里", english: "'\(name):' belongs inside an example"), range: range,
            help: localized("先写 'example: 示例说明' 开始一个示例", english: "start the example with 'example: what it shows'"))
    }

    static func unquotedExpectation(_ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB009",
            message: localized("期望（expect）应是引号中的消息、'nothing' 或一条事实", english: "an expectation is a message in quotes, 'nothing', or a fact"),
            range: range,
            help: localized("写成 expect: \"规则应给出的消息\"", english: "write expect: \"the message the rule should give\""))
    }

    static func unknownType(_ name: Located<String>) -> Diagnostic {
        let known = ValueType.allCases.map(\.rawValue)
        return Diagnostic(
            code: "KB010", message: localized("没有槽类型 '\(name.value)'", english: "unknown slot type '\(name.value)'"), range: name.range,
            notes: [Note(localized("类型有：" + CommonWording.list(known), english: "types are: " + CommonWording.list(known)))], help: suggestion(name.value, known))
    }

    static func unknownAggregate(_ name: Located<String>) -> Diagnostic {
        let known = ["count", "sum", "min", "max", "collect"]
        return Diagnostic(
            code: "KB011", message: localized("没有汇总函数 '\(name.value)'", english: "unknown aggregation '\(name.value)'"), range: name.range,
            notes: [Note(localized("汇总函数有：" + CommonWording.list(known), english: "aggregations are: " + CommonWording.list(known)))],
            help: suggestion(name.value, known))
    }
}
