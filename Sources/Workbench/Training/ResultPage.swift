import Audit
import Rendering
import RuleLanguage
import Training
import WebServer

/// `/trainee/result?name=…`, after submitting only: the score; each finding found; each
/// missed with the case's teaching notes and the expert system's reasoning; each wrong
/// answer with why the rule does not apply there; and the report with the findings marked.
enum ResultPage {
    static let path = "/trainee/result"

    static func respond(_ context: Route.Context) -> HTTPResponse {
        TraineeCase.handle(context) { item in
            let work = item.work
            // Before submitting, nothing of the answer is shown.
            guard work.submitted, let attempt = work.latest else { return .seeOther(item.address) }
            return item.withAudit(context) { audit in
                let body = self.body(item, attempt: attempt, attempts: work.attempts.count, audit: audit, visitor: context.visitor)
                return Page(title: "评分：" + item.item.title, body: body).response(for: context.visitor)
            }
        }
    }

    private static func body(_ item: TraineeCase, attempt: Attempt, attempts: Int, audit: DocumentAudit, visitor: Visitor) -> String {
        let scoring = Scoring(answers: attempt.answers, findings: audit.findings)
        let prefix = ReportPage.prefix
        var out = "<p class=\"crumbs\">" + Markup.anchor(TraineeHome.path, "← 我的案例") + "</p>\n"
        out += "<p class=\"score\">应找出 \(scoring.findingCount) 个问题，找到 \(scoring.matched.count) 个（召回率 \(Scoring.percent(scoring.recall))）；"
        out += "记下 \(scoring.answerCount) 条，正确 \(scoring.matched.count) 条（准确率 \(Scoring.percent(scoring.precision))）。\(attempts > 1 ? "这是第 \(attempts) 次。" : "")</p>\n"
        if !scoring.matched.isEmpty {
            out += "<h2>找到的</h2>\n<ul class=\"found\">\n"
            for (answer, finding) in scoring.matched {
                out += "<li>✓ " + Markup.anchor("#\(prefix)-f\(finding.id)", "#\(finding.id) \(finding.title)") + "：\(Markup.escape(finding.message))（你记的行：\(answer.lines.map(String.init).joined(separator: "、"))）</li>\n"
            }
            out += "</ul>\n"
        }
        let notes = item.item.notes
        if !scoring.missed.isEmpty {
            out += "<h2>漏掉的</h2>\n"
            if !notes.general.isEmpty { out += "<div class=\"notes\"><h3>案例讲解</h3><pre class=\"whynot\">\(Markup.escape(notes.general))</pre></div>\n" }
            for finding in scoring.missed {
                out += FindingsHTML.finding(finding, prefix: prefix, reasoning: audit.plainExplanation(of: finding.id), expanded: true)
                if let note = notes.rules[finding.rule], !note.isEmpty { out += "<div class=\"notes\"><h4>讲解</h4><pre class=\"whynot\">\(Markup.escape(note))</pre></div>\n" }
            }
        }
        if !scoring.wrong.isEmpty { out += "<h2>不成立的</h2>\n" + scoring.wrong.map { wrong($0, audit: audit) }.joined() }
        if scoring.missed.isEmpty && scoring.wrong.isEmpty { out += "<p class=\"saved\">全部找到，没有误报。</p>\n" }
        out += "<form method=\"post\" action=\"\(TraineeActions.retryPath)\">" + Markup.hidden("name", item.item.name) + Markup.tokenField(visitor)
        out += "<button type=\"submit\">再做一次</button></form>\n"
        out += "<p class=\"hint\">下面的原文已标出全部问题，右侧编号链接到问题。</p>\n<div class=\"document-view\">" + FindingsHTML.source(audit, prefix: prefix) + "</div>\n"
        // The found findings too, so that every margin link has its finding on the page.
        let found = scoring.matched.map(\.finding)
        if !found.isEmpty { out += "<h2>找到的问题详情</h2>\n" + found.map { FindingsHTML.finding($0, prefix: prefix) }.joined() }
        return out
    }

    /// Why an answer does not stand: the rule's findings in that unit rest on other lines,
    /// or why the rule found nothing there.
    private static func wrong(_ answer: Answer, audit: DocumentAudit) -> String {
        let title = audit.knowledge.rule(answer.rule)?.title ?? answer.rule
        var out = "<div class=\"wrong\"><h4>✗ “\(Markup.escape(title))”，\(Markup.escape(answer.unit))第 \(answer.lines.map(String.init).joined(separator: "、")) 行</h4>\n"
        let sameRule = audit.findings.filter { $0.rule == answer.rule && $0.unit == answer.unit }
        if !sameRule.isEmpty {
            let lines = sameRule.flatMap(\.citations).map(\.lineSpan)
            out += "<p>这条规则在\(Markup.escape(answer.unit))确有发现，但依据的是第 \(Markup.escape(lines.joined(separator: "、"))) 行，不是你记的行。</p>\n"
        } else if let whyNot = audit.plainWhyNot(answer.rule, unit: answer.unit) {
            out += "<p>为什么这里不适用：</p>\n<pre class=\"whynot\">\(Markup.escape(PlainWhyNotText.render(whyNot)))</pre>\n"
        }
        return out + "</div>\n"
    }
}
