import Audit
import Rendering
import RuleLanguage
import WebServer

/// `/finding?file=…&id=…`: one finding with its evidence and how it was reached, the
/// form for the auditor's decision, and why the related rules (those of the same
/// topic) found nothing in the same unit.
enum FindingPage {
    /// Related rules asked why not, at most.
    static let relatedLimit = 8

    static func respond(_ context: Route.Context) -> HTTPResponse {
        let query = context.request.query
        guard let file = context.workbench.report(query["file"]) else { return Refusal.noSuchReport.response(for: context.visitor) }
        let id = query["id"] ?? ""
        return context.workbench.audits.withAudit(file) { outcome in
            switch outcome {
            case .failure(let problem):
                return ReportPage.unreadable(file, problem).response(for: context.visitor)
            case .success(let audit):
                guard let finding = audit.finding(id) else { return Refusal.noSuchFinding(id, findings: audit.findings.count).response(for: context.visitor) }
                let body = self.body(finding, in: audit, visitor: context.visitor, saved: query["saved"] == "1")
                return Page(title: "#\(finding.id) \(finding.title)", body: body).response(for: context.visitor)
            }
        }
    }

    private static func body(_ finding: Finding, in audit: DocumentAudit, visitor: Visitor, saved: Bool) -> String {
        let decision = audit.decision(for: finding)
        var out = "<p class=\"crumbs\">" + Markup.anchor(ReportPage.address(audit.file), "← " + ReportPage.title(audit)) + "</p>\n"
        if saved, let decision {
            out += "<p class=\"saved\">审核意见已保存：\(Markup.escape(decision.shown))（\(Markup.escape(ReviewFile.path(forReport: audit.file)))）</p>\n"
        }
        out += FindingsHTML.finding(
            finding, prefix: ReportPage.prefix, reasoning: audit.plainExplanation(of: finding.id), decision: decision,
            page: ReportPage.address(audit.file), expanded: true)
        out += reviewForm(finding, file: audit.file, decision: decision, visitor: visitor)
        out += related(finding, in: audit)
        return out
    }

    private static func reviewForm(_ finding: Finding, file: String, decision: ReviewDecision?, visitor: Visitor) -> String {
        var out = "<form class=\"decide\" method=\"post\" action=\"\(ReviewAction.path)\">\n<fieldset>\n<legend>审核意见</legend>\n<p>"
        for verdict in ReviewDecision.Verdict.allCases {
            let checked = decision?.verdict == verdict ? " checked=\"checked\"" : ""
            out += "<label><input type=\"radio\" name=\"verdict\" value=\"\(verdict.rawValue)\" required=\"required\"\(checked)/> \(verdict.chinese)</label>"
        }
        out += "</p>\n<p><label for=\"comment\">说明（可不填）</label><br/>"
        out += "<textarea id=\"comment\" name=\"comment\" maxlength=\"\(ReviewAction.commentLimit)\">\(Markup.escape(decision?.comment ?? ""))</textarea></p>\n"
        out += Markup.hidden("file", file) + Markup.hidden("id", finding.id) + Markup.tokenField(visitor)
        out += "\n<button type=\"submit\">保存审核意见</button>\n</fieldset>\n</form>\n"
        return out
    }

    /// Why the other rules of the finding's topic (its rule file) found nothing in its unit.
    private static func related(_ finding: Finding, in audit: DocumentAudit) -> String {
        guard let rule = audit.knowledge.rule(finding.rule) else { return "" }
        let others = audit.knowledge.rules.filter { other in
            other.kind == .finding && other.id != rule.id && other.range.file == rule.range.file
                && !audit.findings.contains { $0.rule == other.id && $0.unit == finding.unit }
        }
        guard !others.isEmpty else { return "" }
        var out = "<h2>同类规则为什么没有报告</h2>\n<p class=\"hint\">同一主题的其他规则在“\(Markup.escape(finding.unit))”中没有发现问题；点开查看哪些条件成立、哪些不成立。</p>\n"
        for other in others.prefix(relatedLimit) {
            guard let answer = audit.plainWhyNot(other.id, unit: finding.unit) else { continue }
            out += "<details class=\"whynot\"><summary>“\(Markup.escape(other.title))”〔\(Markup.escape(other.id))〕</summary>\n"
            out += "<pre class=\"whynot\">\(Markup.escape(PlainWhyNotText.render(answer)))</pre></details>\n"
        }
        return out
    }
}
