import Audit
import WebServer

/// `POST /review`: records an auditor's decision in the report's review file, the same
/// file `audit review` writes, then shows the finding again (POST, redirect, GET).
enum ReviewAction {
    static let path = "/review"
    static let commentLimit = 2000

    static func respond(_ context: Route.Context) -> HTTPResponse {
        let form = context.request.form
        guard let file = context.workbench.report(form["file"]) else { return Refusal.noSuchReport.response(for: context.visitor) }
        guard let verdict = form["verdict"].flatMap(ReviewDecision.Verdict.init(rawValue:)) else {
            return Refusal.badForm("请选择 确认、不采纳 或 待定。").response(for: context.visitor)
        }
        let comment = form["comment"] ?? ""
        guard comment.count <= commentLimit else {
            return Refusal.badForm("说明最多 \(commentLimit) 个字，这里有 \(comment.count) 个。").response(for: context.visitor)
        }
        let id = form["id"] ?? ""
        let root = context.workbench.reports.root
        // Read, changed and written while the report is held: two auditors deciding at
        // once both keep their decision.
        return context.workbench.audits.withAudit(file) { outcome in
            let audit: DocumentAudit
            switch outcome {
            case .success(let made): audit = made
            case .failure(let problem): return ReportPage.unreadable(file, problem).response(for: context.visitor)
            }
            guard let finding = audit.finding(id) else { return Refusal.noSuchFinding(id, findings: audit.findings.count).response(for: context.visitor) }
            var review = audit.review
            review.record(ReviewDecision(finding: finding, verdict: verdict, comment: comment))
            do {
                try ReviewStore.save(review, forReport: file, in: root)
            } catch {
                return Refusal.cannotSave(ReviewFile.path(forReport: file), error).response(for: context.visitor)
            }
            return .seeOther(Markup.link("/finding", [("file", file), ("id", finding.id), ("saved", "1")]))
        }
    }
}
