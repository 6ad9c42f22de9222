import Diagnostics

/// The messages of `EngineError.limitExceeded`: which limit, how high it is, and what
/// to do about it.
extension EngineError {
    static func limitDiagnostic(_ resource: ResourceLimits.Resource, limit: Int, rule: String?) -> Diagnostic {
        switch resource {
        case .facts:
            return Diagnostic(
                code: "ENG013",
                message: localized("报告给出的事实超过上限 \(limit) 条，没有审核", english: "the report gives more than \(limit) facts (the limit): it was not audited"),
                help: localized(
                    "报告异常庞大（如同一附件粘贴了许多遍）：核对原件，或拆成几个文件分别审核",
                    english: "the report is unusually large (an annex pasted many times?): check the original, or split it and audit the parts"))
        case .derivedFacts:
            let culprit = rule.map { (chinese: "规则 '\($0)' 推出的最多", english: ": rule '\($0)' derived the most") }
            return Diagnostic(
                code: "ENG014",
                message: localized(
                    "规则推出的事实超过上限 \(limit) 条后停止\(culprit.map { "：\($0.chinese)" } ?? "")",
                    english: "stopped after the rules derived more than \(limit) facts (the limit)\(culprit?.english ?? "")"),
                notes: [.init(localized(
                    "由自己推出的事实再推出新事实的规则，会一直推下去",
                    english: "a rule that derives new facts from facts it derived itself goes on without end"))],
                help: localized(
                    "给这条规则加一个条件，让它推出一次后不再推出（'audit rules lint' 会指出这样的循环）",
                    english: "add a condition that stops the rule after it has derived its fact once ('audit rules lint' points out such cycles)"))
        case .memory:
            let size = ByteCount.text(limit)
            return Diagnostic(
                code: "ENG015",
                message: localized("审核所需的内存估计超过上限 \(size) 后停止", english: "stopped when the memory the audit needs was estimated above the limit of \(size)"),
                help: localized(
                    "报告异常庞大，或规则组合出了过多的匹配：拆分报告分别审核，或检查最近修改的规则",
                    english: "the report is unusually large, or the rules combine too many matches: split the report, or check the rules changed last"))
        }
    }
}
