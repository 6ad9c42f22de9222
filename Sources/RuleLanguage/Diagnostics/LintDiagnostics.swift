import Diagnostics
import RuleEngine

/// Warnings of `audit rules lint` (KB101–): what compiles but is likely a mistake.
extension Diagnostic {
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
