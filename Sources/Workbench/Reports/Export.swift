import Audit
import Rendering
import WebServer

/// `/export.csv` and `/export.html`: the findings with the decisions taken on them, as
/// `audit check --format csv|html` writes them, to download. CSV for one report or the
/// whole folder; HTML for one report (a page of its own, with the report's text).
enum Export {
    static func csv(_ context: Route.Context) -> HTTPResponse {
        let workbench = context.workbench
        let files: [String]
        if let asked = context.request.query["file"] {
            guard let file = workbench.report(asked) else { return Refusal.noSuchReport.response(for: context.visitor) }
            files = [file]
        } else {
            files = workbench.reportFiles
        }
        // Unreadable reports have no rows; the list of reports says why.
        let rows = files.map { file in workbench.audits.withAudit(file) { (try? $0.get()).map(FindingsCSV.rows) ?? "" } }
        return download(FindingsCSV.start + rows.joined(), type: "text/csv; charset=utf-8", files: files, extension: "csv")
    }

    static func html(_ context: Route.Context) -> HTTPResponse {
        let workbench = context.workbench
        guard let file = workbench.report(context.request.query["file"]) else { return Refusal.noSuchReport.response(for: context.visitor) }
        return workbench.audits.withAudit(file) { outcome in
            switch outcome {
            case .failure(let problem):
                return ReportPage.unreadable(file, problem).response(for: context.visitor)
            case .success(let audit):
                return download(FindingsHTML.render([audit], run: workbench.current.run), type: "text/html; charset=utf-8", files: [file], extension: "html")
            }
        }
    }

    /// A file to save, named `报告.docx.审核结果.csv` for one report and `审核结果.csv` for the
    /// folder: in UTF-8 (RFC 6266), and `findings.csv` in ASCII for old browsers.
    private static func download(_ text: String, type: String, files: [String], extension kind: String) -> HTTPResponse {
        let base = files.count == 1 ? (files[0].split(separator: "/").last.map(String.init) ?? files[0]) + "." : ""
        var response = HTTPResponse(contentType: type, body: Array(text.utf8))
        response.headers.append(
            ("Content-Disposition", "attachment; filename=\"findings.\(kind)\"; filename*=UTF-8''\(FormEncoding.percentEncoded(base + "审核结果." + kind))"))
        return response
    }
}
