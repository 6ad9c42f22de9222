import Audit
import Diagnostics
import Rendering
import RuleLanguage
import WebServer

/// `/report?file=…`: the report as the HTML report lays it out (its lines, its tables
/// as tables), each finding in the margin beside the lines and cells it cites, and the
/// list of findings with the decisions taken on them.
enum ReportPage {
    /// Anchors of the report's lines: `d1-L12`, as in the HTML report.
    static let prefix = "d1"

    static func respond(_ context: Route.Context) -> HTTPResponse {
        guard let file = context.workbench.report(context.request.query["file"]) else { return Refusal.noSuchReport.response(for: context.visitor) }
        return context.workbench.audits.withAudit(file) { outcome in
            switch outcome {
            case .failure(let problem): unreadable(file, problem).response(for: context.visitor)
            case .success(let audit): Page(title: title(audit), body: body(audit)).response(for: context.visitor)
            }
        }
    }

    static func title(_ audit: DocumentAudit) -> String {
        audit.read.report.title.isEmpty ? audit.file : audit.read.report.title
    }

    static func address(_ file: String) -> String { Markup.link("/report", [("file", file)]) }

    static func findingAddress(_ file: String, _ id: String) -> String { Markup.link("/finding", [("file", file), ("id", id)]) }

    private static func body(_ audit: DocumentAudit) -> String {
        let report = audit.read.report
        var out = "<p class=\"meta\"><code>\(Markup.escape(audit.file))</code>，\(Markup.escape(report.source.encoding.rawValue))，"
        out += "\(report.source.lineCount) 行，\(report.units.count) 个评价对象，\(audit.findings.count) 项发现</p>\n"
        out += "<p class=\"exports\">导出这份报告的问题和审核意见："
        out += Markup.anchor(Markup.link("/export.csv", [("file", audit.file)]), "CSV") + Markup.anchor(Markup.link("/export.html", [("file", audit.file)]), "HTML")
        out += "</p>\n" + findingList(audit)
        out += FindingsHTML.readingNotes(audit.read.gaps, prefix: prefix)
        out += FindingsHTML.staleDecisions(audit)
        out += "<p class=\"hint\">下面是报告原文：有问题的行和单元格已标出，右侧是它们的问题；点问题查看理由并记录审核意见。</p>\n"
        out += "<div class=\"document-view\">" + FindingsHTML.source(audit, prefix: prefix) { findings in
            findings.map { marginNote($0, audit: audit) }.joined()
        } + "</div>\n"
        return out
    }

    private static func findingList(_ audit: DocumentAudit) -> String {
        guard !audit.findings.isEmpty else { return "<p class=\"none\">未发现问题。</p>\n" }
        var out = "<h2>问题</h2>\n<table class=\"list findings\">\n<thead><tr><th>编号</th><th>严重程度</th><th>问题</th><th>评价对象</th><th>审核意见</th></tr></thead>\n<tbody>\n"
        for finding in audit.findings {
            out += "<tr><td>" + Markup.anchor(findingAddress(audit.file, finding.id), "#" + finding.id) + "</td>"
            out += "<td class=\"\(finding.severity.rawValue)\">\(finding.severity.chinese)</td>"
            out += "<td>" + Markup.anchor(findingAddress(audit.file, finding.id), finding.title) + "</td>"
            out += "<td>\(Markup.escape(finding.unit))</td><td>\(Markup.escape(audit.decision(for: finding)?.verdict.chinese ?? "未审核"))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// A finding beside the lines it cites: severity, number, title, decision.
    private static func marginNote(_ finding: Finding, audit: DocumentAudit) -> String {
        let verdict = audit.decision(for: finding).map { " <span class=\"verdict\">· \($0.verdict.chinese)</span>" } ?? ""
        return "<a class=\"note \(finding.severity.rawValue)\" href=\"\(Markup.escape(findingAddress(audit.file, finding.id)))\">"
            + "<span class=\"badge\">\(finding.severity.chinese)</span> #\(finding.id) \(Markup.escape(finding.title))\(verdict)</a>"
    }

    /// A report the reader could not read, or the engine could not audit: why, and what to do.
    static func unreadable(_ file: String, _ problem: Diagnostic) -> Page {
        var body = "<p class=\"problem\">无法读取这份报告：\(Markup.escape(problem.message))</p>\n"
        for note in problem.notes { body += "<p class=\"help\">\(Markup.escape(note.message))</p>\n" }
        if let help = problem.help { body += "<p class=\"help\">\(Markup.escape(help))</p>\n" }
        body += "<p class=\"hint\">这不是审核发现：报告没有被审核。〔\(Markup.escape(problem.code))〕</p>\n"
        return Page(title: file, body: body)
    }
}
