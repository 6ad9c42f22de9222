import ArgumentParsing
import Audit
import Diagnostics
import Rendering

/// `audit why-not FILE RULE [--unit U]`: why a rule stayed silent. RULE is a rule id or
/// words of its Chinese title (结余率).
enum WhyNotCommand: AuditCommand {
    static let path = ["why-not"]
    static var spec: CommandSpec {
        CommandSpec(
            "why-not", abstract: localized("说明一条规则为什么没有给出问题：对最接近触发的情形，列出哪些条件成立、哪些不成立。", english: "Show why a rule gave no finding: for the nearest misses, what held and what did not."),
            discussion: localized("RULE 是规则编号（见 'audit rules list'）或其中文标题中的词，如 结余率。--detail 列出每个条件，含变量和事实编号，供规则编写者使用。", english: "RULE is a rule id (see 'audit rules list') or words of its Chinese title, e.g. 结余率. --detail shows every condition with variables and fact ids, for rule authors."),
            arguments: [
                .option("--unit", "-u", value: "UNIT", help: localized("只看这个评价对象（部门整体、附件3 等）。", english: "Only this unit under review (部门整体, 附件3, …).")),
                .flag("--detail", help: localized("列出每个条件，含变量和事实编号（供规则编写者使用）。", english: "Every condition with variables and fact ids (for rule authors).")),
                .option("--format", "-f", value: "FORMAT", help: localized("输出格式。", english: "Output format."), choices: ["text", "json"], default: "text"),
                KnowledgeOption.spec,
                ReaderOption.spec,
                .positional("FILE", help: localized("报告文件。", english: "The report.")),
                .positional("RULE-ID", help: localized("规则编号，或规则中文标题中的词。", english: "A rule id, or words of a rule's Chinese title.")),
            ])
    }

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws(UsageError) -> ExitCode {
        let file = arguments.value("FILE") ?? ""
        guard var session = try AuditSession(arguments, files: [file], command: path, context: context),
            let audit = session.audits(context: context).first
        else { return .inputError }
        let asked = arguments.value("RULE-ID") ?? ""
        let renderer = context.errorRenderer
        let rules = session.knowledge.rule(asked).map { [$0] } ?? session.knowledge.rules.filter { $0.kind == .finding && $0.title.contains(asked) }
        guard !rules.isEmpty else {
            context.standardError(renderer.render(Diagnostic.unknownRule(asked, known: session.knowledge.rules.map(\.id))))
            return .inputError
        }
        let unit = arguments.value("unit")
        if let unit, !audit.read.report.units.contains(where: { $0.id == unit }) {
            context.standardError(renderer.render(Diagnostic.unknownUnit(unit, file: file, units: audit.read.report.units.map(\.id))))
            return .inputError
        }
        let json = arguments.value("format") == "json"
        var texts: [String] = []
        for rule in rules {
            // Only the answer that is shown is searched for.
            let text =
                json || arguments.flag("detail")
                ? audit.whyNot(rule.id, unit: unit).map { json ? WhyNotJSON.render($0).text() : WhyNotText.render($0) }
                : audit.plainWhyNot(rule.id, unit: unit).map(PlainWhyNotText.render)
            guard let text else { return .inputError }
            texts.append(text)
        }
        context.standardOutput(
            json ? (texts.count == 1 ? texts[0] : "[" + texts.joined(separator: ",\n") + "]") + "\n" : texts.joined(separator: "\n"))
        return .success
    }
}
