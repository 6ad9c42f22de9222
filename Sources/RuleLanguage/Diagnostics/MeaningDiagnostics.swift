import Diagnostics
import RuleEngine

/// Errors in what a knowledge file means (KB020–KB049): unknown names, wrong types, missing fields.
extension Diagnostic {
    static func unknownTemplate(_ name: Located<String>, known: [String]) -> Diagnostic {
        Diagnostic(
            code: "KB020", message: localized("没有模板 '\(name.value)'", english: "unknown template '\(name.value)'"), range: name.range,
            notes: [Note(localized("模板用 'template' 声明（见 knowledge/facts.rules）", english: "templates are declared with 'template' (see knowledge/facts.rules)"))],
            help: suggestion(name.value, known))
    }

    static func unknownSlot(_ name: Located<String>, template: String, known: [String]) -> Diagnostic {
        Diagnostic(
            code: "KB021", message: localized("模板 '\(template)' 没有槽 '\(name.value)'", english: "template '\(template)' has no slot '\(name.value)'"),
            range: name.range, notes: [Note(localized("它的槽有：" + CommonWording.list(known), english: "its slots are: " + CommonWording.list(known)))],
            help: suggestion(name.value, known))
    }

    static func unknownParameter(_ name: String, _ range: SourceRange, known: [String]) -> Diagnostic {
        Diagnostic(
            code: "KB022", message: localized("没有参数 '$\(name)'", english: "unknown parameter '$\(name)'"), range: range,
            help: suggestion(name, known, prefix: "$"))
    }

    static func unboundVariable(_ name: String, _ range: SourceRange, known: [String]) -> Diagnostic {
        Diagnostic(
            code: "KB023", message: localized("变量 '?\(name)' 在这里还没有取值", english: "variable '?\(name)' is not bound here"), range: range,
            notes: [Note(localized(
                "变量由前面条件中的模式取值，例如 indicator(weight: ?\(name))",
                english: "a variable is bound by a pattern of an earlier condition, e.g. indicator(weight: ?\(name))"))],
            help: suggestion(name, known, prefix: "?"))
    }

    static func typeMismatch(_ message: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(code: "KB024", message: message, range: range)
    }

    /// A value that a slot can never hold.
    static func slotTypeMismatch(template: String, slot: String, holds: InferredType, got: InferredType, _ range: SourceRange) -> Diagnostic {
        typeMismatch(localized("'\(template)' 的槽 '\(slot)' 存放\(holds)，这里却是\(got)", english: "slot '\(slot)' of '\(template)' holds \(holds), but this is \(got)"), range)
    }

    /// `kind` is what was declared: one of `DeclarationKind`'s words.
    static func duplicate(_ kind: DeclarationKind, _ name: String, _ range: SourceRange, first: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB025", message: localized("\(kind.chinese) '\(name)' 声明了两次", english: "\(kind.rawValue) '\(name)' is declared twice"), range: range,
            notes: [Note(CommonWording.firstDeclaredHere, range: first)])
    }

    enum DeclarationKind: String {
        case rule, template, slot, parameter, label, basis

        var chinese: String {
            switch self {
            case .rule: "规则"
            case .template: "模板"
            case .slot: "槽"
            case .parameter: "参数"
            case .label: "标签"
            case .basis: "依据"
            }
        }
    }

    static func invalidRuleID(_ id: Located<String>) -> Diagnostic {
        Diagnostic(
            code: "KB026",
            message: localized("规则编号 '\(id.value)' 不是短横线连接的小写英文词", english: "rule id '\(id.value)' is not kebab-case"),
            range: id.range,
            help: localized(
                "用 '-' 连接小写英文词，如 'balance-over-limit'；中文写在 'title:' 里",
                english: "use lower-case ASCII words joined by '-', e.g. 'balance-over-limit'; put Chinese in 'title:'"))
    }

    static func missingField(_ field: String, rule: Located<String>, why: String) -> Diagnostic {
        Diagnostic(
            code: "KB027", message: localized("规则 '\(rule.value)' 缺少 '\(field):'", english: "rule '\(rule.value)' has no '\(field):'"),
            range: rule.range, notes: [Note(why)])
    }

    static func invalidSeverity(_ field: TextField) -> Diagnostic {
        Diagnostic(
            code: "KB028",
            message: localized("严重程度 '\(field.text)' 不是 high、medium 或 low", english: "severity '\(field.text)' is not high, medium or low"),
            range: field.range,
            help: suggestion(field.text, ["high", "medium", "low"])
                ?? localized("写 high（高）、medium（中）或 low（低）", english: "write high (高), medium (中) or low (低)"))
    }

    static func unknownPlaceholder(_ name: String, _ range: SourceRange, known: [String]) -> Diagnostic {
        let bound = CommonWording.list(known.map { "?\($0)" })
        return Diagnostic(
            code: "KB029",
            message: localized("占位符 '{\(name)}' 不是规则中的变量", english: "placeholder '{\(name)}' names no variable of the rule"),
            range: range,
            notes: known.isEmpty ? [] : [Note(localized("规则中的变量有：\(bound)", english: "the rule binds: \(bound)"))],
            help: suggestion(name, known, prefix: "{", suffix: "}"))
    }

    static func invalidRegularExpression(_ pattern: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB030", message: localized("'\(pattern)' 不是有效的正则表达式", english: "'\(pattern)' is not a valid regular expression"),
            range: range)
    }

    static func unknownFunction(_ name: Located<String>, known: [String]) -> Diagnostic {
        Diagnostic(
            code: "KB031", message: localized("没有函数 '\(name.value)'", english: "unknown function '\(name.value)'"), range: name.range,
            notes: [Note(localized("函数有：" + CommonWording.list(known), english: "functions are: " + CommonWording.list(known)))], help: suggestion(name.value, known))
    }

    static func wrongArgumentCount(_ name: String, arity: ClosedRange<Int>, got: Int, _ range: SourceRange) -> Diagnostic {
        let least = arity.lowerBound, plural = least == 1 ? "" : "s"
        let message = arity.lowerBound == arity.upperBound
            ? localized("\(name) 需要 \(least) 个参数，这里给了 \(got) 个", english: "\(name) takes \(least) argument\(plural), given \(got)")
            : localized("\(name) 至少需要 \(least) 个参数，这里给了 \(got) 个", english: "\(name) takes at least \(least) argument\(plural), given \(got)")
        return Diagnostic(code: "KB032", message: message, range: range)
    }

    static func unknownLabel(_ name: String, _ range: SourceRange, known: [String]) -> Diagnostic {
        Diagnostic(
            code: "KB033", message: localized("'\(name)' 不是本示例中事实的标签", english: "'\(name)' is not a label of this example's facts"),
            range: range,
            notes: [Note(localized(
                "用 '名称: template(…)' 给事实加标签后才能引用；文本要加引号",
                english: "label a fact with 'name: template(…)' to refer to it; text goes in quotes"))],
            help: suggestion(name, known))
    }

    static func basisIncomplete(_ name: Located<String>, _ what: String, why: String) -> Diagnostic {
        Diagnostic(code: "KB043", message: localized("依据 '\(name.value)' \(what)", english: "basis '\(name.value)' \(what)"), range: name.range, notes: [Note(why)])
    }

    static func unknownBasis(_ field: TextField, known: [String]) -> Diagnostic {
        Diagnostic(
            code: "KB044", message: localized("没有声明名为 '\(field.text)' 的依据", english: "no basis named '\(field.text)' is declared"),
            range: field.range,
            help: suggestion(field.text, known)
                ?? localized("先声明它：basis \(field.text)（见 basis.rules）", english: "declare it: basis \(field.text) (see basis.rules)"))
    }

    static func invalidBasis(_ field: TextField) -> Diagnostic {
        Diagnostic(
            code: "KB034",
            message: localized(
                "依据要写明文件：《文件名》或文号，如 财预〔2020〕10号",
                english: "a basis names a document: 《title》 or a number such as 财预〔2020〕10号"),
            range: field.range,
            help: localized(
                "例如 basis: 《项目支出绩效评价管理办法》 财预〔2020〕10号 第十五条",
                english: "e.g. basis: 《项目支出绩效评价管理办法》 财预〔2020〕10号 第十五条"))
    }

    /// `retracting` is true for `retract`, false for `modify`.
    static func notAFact(_ name: Located<String>, retracting: Bool) -> Diagnostic {
        Diagnostic(
            code: "KB035",
            message: retracting
                ? localized("'?\(name.value)' 没有绑定到事实，不能撤回（retract）", english: "'?\(name.value)' is not bound to a fact, so it cannot be retracted")
                : localized("'?\(name.value)' 没有绑定到事实，不能修改（modify）", english: "'?\(name.value)' is not bound to a fact, so it cannot be modified"),
            range: name.range,
            help: localized("在条件中绑定这条事实：?\(name.value): template(…)", english: "bind the fact in a condition: ?\(name.value): template(…)"))
    }

    static func alreadyBound(_ name: Located<String>, first: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB036", message: localized("变量 '?\(name.value)' 已经取过值", english: "variable '?\(name.value)' is already bound"),
            range: name.range, notes: [Note(localized("在这里取值", english: "bound here"), range: first)],
            help: localized("换一个变量名", english: "choose another name"))
    }

    static func missingBlock(_ block: String, rule: Located<String>) -> Diagnostic {
        Diagnostic(
            code: "KB037", message: localized("规则 '\(rule.value)' 缺少 '\(block):' 块", english: "rule '\(rule.value)' has no '\(block):' block"),
            range: rule.range)
    }

    static func slotOutsidePattern(_ name: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB038", message: localized("'\(name)' 不是变量、参数或值", english: "'\(name)' is not a variable, parameter or value"),
            range: range,
            help: localized(
                "变量以 ? 开头，参数以 $ 开头，文本写在引号里：\"\(name)\"",
                english: "variables start with ?, parameters with $, and text is written in quotes: \"\(name)\""))
    }

    static func invalidValue(_ what: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(code: "KB039", message: what, range: range)
    }

    static func engineRejected(_ diagnostic: Diagnostic, _ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB040",
            message: localized("推理引擎拒绝了这条规则：\(diagnostic.message)", english: "the engine rejected this rule: \(diagnostic.message)"),
            range: range, help: diagnostic.help)
    }

    static func missingExpectation(_ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB041", message: localized("这个示例没有 'expect:'", english: "this example has no 'expect:'"), range: range,
            help: localized(
                "写明规则应当怎样：expect: \"消息\"，或 expect: nothing",
                english: "say what the rule must do: expect: \"message\", or expect: nothing"))
    }

    static func unreadableFile(_ path: String, _ reason: String) -> Diagnostic {
        Diagnostic(
            code: "KB042", message: localized("无法读取 \(path)：\(reason)", english: "cannot read \(path): \(reason)"),
            range: SourceRange(file: path, line: 1, column: 1))
    }
}
