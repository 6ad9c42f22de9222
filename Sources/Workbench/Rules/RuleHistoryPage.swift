import WebServer

/// `/rules/history?file=…[&saved=…]`: the versions a knowledge file had before each
/// save, newest first; one of them shown beside the file as it is now.
enum RuleHistoryPage {
    static let path = "/rules/history"

    static func respond(_ context: Route.Context) -> HTTPResponse {
        guard let folder = context.workbench.editable else { return Refusal.builtInKnowledge.response(for: context.visitor) }
        guard let file = context.request.query["file"], let current = folder.text(of: file) else {
            return Refusal.noSuchKnowledgeFile.response(for: context.visitor)
        }
        let versions = folder.history(of: file)
        var body = "<p class=\"crumbs\">" + Markup.anchor(Markup.link(RuleEditorPage.path, [("file", file)]), "← 编辑 " + file) + "</p>\n"
        guard !versions.isEmpty else { return Page(title: "历史版本：" + file, body: body + "<p class=\"none\">还没有在工作台中保存过这个文件。</p>\n").response(for: context.visitor) }
        body += "<ul class=\"history\">\n"
        for version in versions {
            body += "<li>" + Markup.anchor(Markup.link(path, [("file", file), ("saved", version.saved)]), "保存于 " + version.saved + " 之前的版本") + "</li>\n"
        }
        body += "</ul>\n"
        if let asked = context.request.query["saved"], let version = versions.first(where: { $0.saved == asked }) {
            body += "<h2>与现在的版本相比</h2>\n" + LineDiff.html(LineDiff.lines(version.text, current), old: "这个历史版本", new: "现在的版本")
            body += "<h2>这个历史版本的全文</h2>\n<pre class=\"rules-text\">\(Markup.escape(version.text))</pre>\n"
        }
        return Page(title: "历史版本：" + file, body: body).response(for: context.visitor)
    }
}
