import Diagnostics

/// Every message about the case library (CASE…), in Chinese and English.
extension Diagnostic {
    static func unknownExpectedLine(_ directive: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "CASE001", message: localized("无法识别的行 '\(directive)'", english: "unknown line '\(directive)'"), range: range,
            help: localized(
                "每行写 'finding 规则 单位 行[,行]'、'quiet 规则 [单位]'，或 # 后的注释",
                english: "a line is 'finding 规则 单位 行[,行]', 'quiet 规则 [单位]', or a comment after #"))
    }

    static func incompleteFinding(_ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "CASE002",
            message: localized(
                "finding 行要写规则、评价对象和行号：finding 规则 单位 行[,行]",
                english: "a finding needs a rule, a unit and its lines: finding 规则 单位 行[,行]"),
            range: range)
    }

    static func incompleteQuiet(_ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "CASE002",
            message: localized(
                "quiet 行要写规则，评价对象可写可不写：quiet 规则 [单位]",
                english: "quiet takes a rule and, optionally, a unit: quiet 规则 [单位]"),
            range: range)
    }

    static func invalidLineNumber(_ text: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(code: "CASE003", message: localized("'\(text)' 不是行号", english: "'\(text)' is not a line number"), range: range)
    }

    static func unknownExpectedRule(_ rule: String, known: [String], _ range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: "CASE004", message: localized("规则库中没有规则 '\(rule)'", english: "no rule '\(rule)' in the knowledge base"), range: range,
            help: Suggestions.didYouMean(rule, among: known))
    }

    static func noCaseFolder(_ folder: String) -> Diagnostic {
        Diagnostic(code: "CASE005", message: localized("\(folder) 处没有案例文件夹", english: "no case folder at \(folder)"), range: .lines(1, in: folder))
    }

    static func caseWithoutReport(_ name: String, path: String) -> Diagnostic {
        Diagnostic(
            code: "CASE005", message: localized("案例 \(name) 没有报告", english: "case \(name) has no report"), range: .lines(1, in: path),
            help: localized("加上 report.txt（或 report.docx）", english: "add report.txt (or report.docx)"))
    }

    static func caseWithoutExpectations(_ name: String, path: String) -> Diagnostic {
        Diagnostic(
            code: "CASE006", message: localized("案例 \(name) 没有 expected.txt", english: "case \(name) has no expected.txt"),
            range: .lines(1, in: path),
            help: localized(
                "列出审核必须给出的问题；'audit cases new' 会写出模板",
                english: "list the findings the audit must give; 'audit cases new' writes a template"))
    }

    public static func invalidCaseName(_ name: String) -> Diagnostic {
        Diagnostic(
            code: "CASE007", message: localized("'\(name)' 不能用作案例名", english: "'\(name)' is not a case name"),
            help: localized("用小写字母、数字和 '-'，如 balance-exactly-10", english: "use lower-case letters, digits and '-', e.g. balance-exactly-10"))
    }

    public static func caseExists(_ folder: String) -> Diagnostic {
        Diagnostic(
            code: "CASE008", message: localized("\(folder) 已存在", english: "\(folder) already exists"),
            help: localized("换一个名字", english: "choose another name"))
    }
}
