import ArgumentParsing
import Audit
import Diagnostics

/// `audit review FILE [FINDING-ID --accept|--reject|--pending [-m TEXT]]`: the auditor's
/// decisions about a report's findings, kept in FILE.review.json (the working papers).
enum ReviewCommand: AuditCommand {
    static let path = ["review"]
    static var spec: CommandSpec {
        CommandSpec(
            "review", abstract: localized("记录审核人员对某个问题的意见（确认 / 不采纳 / 待定），或列出一份报告的审核意见。", english: "Record an auditor's decision on a finding (确认 / 不采纳 / 待定), or list the decisions on a report."),
            discussion: localized("审核意见保存在报告旁的 FILE.review.json 中，按问题的指纹（规则、评价对象、所引原文）记录，重新审核或修改规则后仍然有效；'audit check' 的各种格式都会显示。不给 FINDING-ID 时，列出已有的审核意见，以及问题已不存在的意见。", english: "Decisions are kept beside the report in FILE.review.json, by a fingerprint of the finding (rule, unit, the words it cites), so they survive re-runs and rule changes; every format of 'audit check' shows them. Without FINDING-ID, lists the decisions, and those whose finding is gone."),
            arguments: [
                .flag("--accept", help: localized("确认：问题成立。", english: "确认: the finding stands.")),
                .flag("--reject", help: localized("不采纳：问题不成立。", english: "不采纳: the finding does not stand.")),
                .flag("--pending", help: localized("待定：尚待决定。", english: "待定: to be decided.")),
                .option("--message", "-m", value: "TEXT", help: localized("审核人员的说明。", english: "The auditor's comment.")),
                KnowledgeOption.spec,
                ReaderOption.spec,
                .positional("FILE", help: localized("报告文件。", english: "The report.")),
                .positional("FINDING-ID", help: localized("问题在 'audit check' 中的编号。", english: "The finding's number in 'audit check'."), optional: true),
            ])
    }

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws(UsageError) -> ExitCode {
        let file = arguments.value("FILE") ?? ""
        let flags: [(flag: String, verdict: ReviewDecision.Verdict)] = [("accept", .accepted), ("reject", .rejected), ("pending", .pending)]
        let verdicts = flags.filter { arguments.flag($0.flag) }.map(\.verdict)
        guard verdicts.count <= 1 else {
            throw .severalVerdicts(command: path)
        }
        guard var session = try AuditSession(arguments, files: [file], command: path, context: context),
            let audit = session.audits(context: context).first
        else { return .inputError }
        guard let id = arguments.value("FINDING-ID").map({ String($0.trimmingPrefix("#")) }) else {
            context.standardOutput(list(audit))
            return .success
        }
        guard let verdict = verdicts.first else {
            throw .noVerdict(command: path)
        }
        guard let finding = audit.finding(id) else {
            context.standardError(context.errorRenderer.render(.unknownFinding(id, file: file, findings: audit.findings.count)))
            return .inputError
        }
        var review = audit.review
        review.record(ReviewDecision(finding: finding, verdict: verdict, comment: arguments.value("message") ?? ""))
        do {
            try ReviewStore.save(review, forReport: file, in: context.workingDirectory)
        } catch {
            context.standardError(context.errorRenderer.render(.cannotWrite(ReviewFile.path(forReport: file), error)))
            return .inputError
        }
        let comment = arguments.value("message").map { "（意见：\($0)）" } ?? ""
        context.standardOutput("#\(finding.id) \(finding.title)：\(verdict.chinese)\(comment) → \(ReviewFile.path(forReport: file))\n")
        return .success
    }

    /// Every finding with its decision, then the decisions whose finding is gone.
    static func list(_ audit: DocumentAudit) -> String {
        var out = ""
        for finding in audit.findings {
            let decision = audit.decision(for: finding)
            out += "#\(finding.id) \(finding.title)：\(decision.map { $0.verdict.chinese + ($0.comment.isEmpty ? "" : "（\($0.comment)）") } ?? "未审核")\n"
        }
        if !audit.staleDecisions.isEmpty {
            out += "\n过时的审核意见（本次审核已没有这项发现）：\n"
            for decision in audit.staleDecisions {
                out += "  \(decision.unit) \(decision.title)〔\(decision.rule)〕：\(decision.verdict.chinese)\(decision.comment.isEmpty ? "" : "（\(decision.comment)）")\n"
            }
        }
        return out
    }
}
