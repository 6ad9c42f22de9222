import Diagnostics
import RuleEngine

/// Every message the knowledge-base tools show, by stable code, in Chinese and English.
/// KB0xx are errors in what a file says; KB1xx are warnings from `audit rules lint`.
/// Codes never change meaning; knowledge/README.md lists them.
extension Diagnostic {
    private static func suggestion(_ word: String, _ known: some Sequence<String>, prefix: String = "", suffix: String = "") -> String? {
        Suggestions.didYouMean(word, among: known) { prefix + $0 + suffix }
    }

    // MARK: Syntax (KB001–KB011)

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

    // MARK: Meaning (KB020–KB049)

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

    // MARK: Lint warnings (KB101–)

    static func unusedVariable(_ name: Located<String>) -> Diagnostic {
        Diagnostic(
            code: "KB101", severity: .warning,
            message: localized("变量 '?\(name.value)' 取了值但没有用到", english: "variable '?\(name.value)' is bound but never used"),
            range: name.range,
            help: localized(
                "删去它，或改名为 ?_\(name.value) 表示有意不用",
                english: "remove it, or name it ?_\(name.value) to say it is deliberately unused"))
    }

    static func unusedParameter(_ name: Located<String>) -> Diagnostic {
        Diagnostic(
            code: "KB102", severity: .warning,
            message: localized("参数 '$\(name.value)' 没有规则使用", english: "parameter '$\(name.value)' is used by no rule"), range: name.range)
    }

    static func missingBasis(_ rule: Located<String>) -> Diagnostic {
        Diagnostic(
            code: "KB103", severity: .warning,
            message: localized("规则 '\(rule.value)' 没有引用政策依据", english: "rule '\(rule.value)' cites no policy basis"), range: rule.range,
            help: localized("加上 basis: 《文件名》 文号 条款", english: "add basis: 《document》 number article"))
    }

    static func missingRationale(_ name: Located<String>) -> Diagnostic {
        Diagnostic(
            code: "KB103", severity: .warning,
            message: localized(
                "参数 '$\(name.value)' 既没说取值出处，也没说理由",
                english: "parameter '$\(name.value)' says neither where its value comes from nor why"),
            range: name.range,
            help: localized(
                "取值由文件规定时加 basis:（已声明的依据）；是容差或经验值时加 rationale:",
                english: "add basis: (a declared basis) when a document sets the value, or rationale: when it is a tolerance or rule of thumb"))
    }

    static func unverifiedBasis(_ name: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB107", severity: .warning,
            message: localized("依据 '\(name)' 未经核实，也没有说明原因", english: "basis '\(name)' is not verified and gives no reason"),
            range: range,
            help: localized(
                "对照公开原文核实（verified: yes，并写 quote:），或说明无法核实的原因：reason: …",
                english: "check it against the published text (verified: yes, with quote:), or say why it could not be: reason: …"))
    }

    static func basisWrittenOut(_ field: TextField) -> Diagnostic {
        Diagnostic(
            code: "KB107", severity: .warning,
            message: localized(
                "这条依据是直接写出的，没有人说明它是否核实过",
                english: "this basis is written out, so nobody has said whether it was checked"),
            range: field.range,
            help: localized(
                "在 basis.rules 中声明它（document、number、article、scope、verified），再按名称引用",
                english: "declare it in basis.rules (document, number, article, scope, verified) and cite it by name"))
    }

    static func projectBasisOnly(_ rule: Located<String>) -> Diagnostic {
        Diagnostic(
            code: "KB108", severity: .warning,
            message: localized(
                "规则 '\(rule.value)' 可能用于评判部门整体报告，却只引用了项目支出的办法",
                english: "rule '\(rule.value)' may judge a 部门整体 report but cites only measures for project spending"),
            range: rule.range,
            help: localized("再引用一条适用范围为 部门整体 或 全部 的依据", english: "cite also a basis whose scope is 部门整体 or 全部"))
    }

    static func titleRestatesParameter(_ name: String, value: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB109", severity: .warning,
            message: localized("标题直接写出了 \(value)，即参数 '$\(name)' 的值", english: "the title writes out \(value), the value of '$\(name)'"),
            range: range,
            notes: [Note(localized("参数改了以后，标题仍会写 \(value)", english: "when the parameter changes, the title would still say \(value)"))],
            help: localized("改写为 {$\(name)}", english: "write {$\(name)} instead"))
    }

    static func missingExample(_ rule: Located<String>, fires: Bool) -> Diagnostic {
        Diagnostic(
            code: "KB104", severity: .warning,
            message: fires
                ? localized("规则 '\(rule.value)' 没有触发的示例", english: "rule '\(rule.value)' has no example on which it fires")
                : localized("规则 '\(rule.value)' 没有保持沉默的示例", english: "rule '\(rule.value)' has no example on which it stays quiet"),
            range: rule.range,
            help: fires
                ? localized("加一个让它触发的示例，写 expect: \"消息\"", english: "add an example whose facts make it fire, with expect: \"message\"")
                : localized("加一个它必须保持沉默的示例，写 expect: nothing", english: "add an example where it must stay quiet, with expect: nothing"))
    }

    static func neverHolds(_ why: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB105", severity: .warning,
            message: localized("这个条件永远不会成立：\(why)", english: "this condition can never hold: \(why)"), range: range)
    }

    static func sameFacts(_ rule: Located<String>, other: String, otherRange: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "KB106", severity: .warning,
            message: localized(
                "在每个示例中，规则 '\(rule.value)' 与 '\(other)' 都在完全相同的事实上触发",
                english: "rule '\(rule.value)' fires on exactly the same facts as '\(other)' in every example"),
            range: rule.range, notes: [Note(localized("'\(other)' 在这里", english: "'\(other)' is here"), range: otherRange)],
            help: localized("合并这两条规则，或加一个能区分它们的示例", english: "merge them, or add an example that tells them apart"))
    }

    static func derivationCycle(_ rule: Located<String>, template: String, slot: String) -> Diagnostic {
        Diagnostic(
            code: "KB110", severity: .warning,
            message: localized(
                "规则 '\(rule.value)' 推出的 \(template) 事实会让它再次匹配，而槽 '\(slot)' 每次都重新计算：可能一直推下去",
                english: "rule '\(rule.value)' derives \(template) facts that make it match again, with slot '\(slot)' computed anew each time: it can go on without end"),
            range: rule.range,
            notes: [Note(localized(
                "审核到推出的事实超过上限（ENG014）时才会停止",
                english: "the audit stops only when the derived facts pass their limit (ENG014)"))],
            help: localized(
                "加一个条件，在推出之前检查这样的事实是否已经存在（如 not \(template)(…)）",
                english: "add a condition that checks whether such a fact already exists before deriving it (e.g. not \(template)(…))"))
    }
}
