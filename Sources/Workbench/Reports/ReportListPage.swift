import Audit
import Foundation
import RuleLanguage
import WebServer

/// `/reports`: every report of the folder with its findings by severity and how many
/// are decided; a report that cannot be read says why, and the others are listed still.
enum ReportListPage {
    static func respond(_ context: Route.Context) -> HTTPResponse {
        let workbench = context.workbench
        let files = workbench.reportFiles
        let summaries = sideBySide(files.count) { workbench.audits.summary(files[$0]) }
        var body = "<p class=\"hint\">报告文件夹：<code>\(Markup.escape(workbench.reports.root))</code>，\(files.count) 份报告。"
        body += "点开一份报告，查看问题、原文和理由，并记录审核意见。</p>\n"
        body += "<p class=\"exports\">导出全部问题和审核意见：" + Markup.anchor("/export.csv", "CSV（Excel 可打开）") + "</p>\n"
        guard !files.isEmpty else {
            return Page(title: "报告", body: body + "<p class=\"none\">这个文件夹中没有报告（.txt、.docx、.xlsx、.pdf 或 .html）。</p>\n")
                .response(for: context.visitor)
        }
        body += "<table class=\"list\">\n<thead><tr><th>报告</th><th>标题</th><th>高</th><th>中</th><th>低</th><th>已审核</th></tr></thead>\n<tbody>\n"
        for (file, summary) in zip(files, summaries) {
            body += "<tr><td>" + Markup.anchor(Markup.link("/report", [("file", file)]), file) + "</td>"
            switch summary {
            case .success(let summary):
                body += "<td>\(Markup.escape(summary.title))</td>"
                for (severity, count) in summary.counts {
                    body += "<td class=\"num \(count > 0 ? severity.rawValue : "")\">\(count)</td>"
                }
                let review = (try? ReviewStore.load(forReport: file, in: workbench.reports.root).get()) ?? ReviewFile()
                body += "<td class=\"num\">\(summary.decided(by: review))/\(summary.fingerprints.count)</td>"
            case .failure(let problem):
                body += "<td class=\"failed\" colspan=\"5\">无法读取：\(Markup.escape(problem.message))</td>"
            }
            body += "</tr>\n"
        }
        body += "</tbody>\n</table>\n"
        return Page(title: "报告", body: body).response(for: context.visitor)
    }
}
