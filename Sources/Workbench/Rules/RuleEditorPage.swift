import CaseLibrary
import WebServer

/// `/rules/edit?file=…`: a knowledge file in an editor, for policy staff. Two buttons:
/// 检查 checks the edit (diagnostics, examples) and shows what it does to the case
/// library and the folder's reports; 保存 saves it if it has no errors and nobody saved
/// the file meanwhile. With JavaScript, the diagnostics follow the typing.
enum RuleEditorPage {
    static let path = "/rules/edit"

    /// What the editor shows around the text.
    struct State {
        var file: String
        var text: String
        /// The version the text started from (what a save must still find on disk).
        var version: String
        /// The line to show first (a rule or parameter opened from the list).
        var line: Int? = nil
        var check: KnowledgeCheck?
        var impacts: [(title: String, impact: ChangeImpact)] = []
        /// The folder within the folder of reports whose reports the impact covers ("" for all).
        var scope = ""
        /// Said above the editor (saved, or why not).
        var notice: String?
        var conflict: [LineDiff.Line]?
        var status: HTTPStatus = .ok
    }

    static func respond(_ context: Route.Context) -> HTTPResponse {
        guard let folder = context.workbench.editable else { return Refusal.builtInKnowledge.response(for: context.visitor) }
        guard let file = context.request.query["file"], let text = folder.text(of: file) else { return Refusal.noSuchKnowledgeFile.response(for: context.visitor) }
        var state = State(file: file, text: text, version: KnowledgeFolder.version(of: text), line: context.request.query["line"].flatMap(Int.init))
        if context.request.query["saved"] == "1" { state.notice = "已保存，审核已改用新的规则。保存前的版本留在历史中。" }
        return page(state, visitor: context.visitor, folders: context.workbench.reportFolders)
    }

    /// Which reports the impact covers besides the case library: the whole folder, or one folder in it.
    private static func scopeChoice(_ folders: [String], chosen: String) -> String {
        guard !folders.isEmpty else { return "" }
        var out = "<label>影响范围：案例库和 <select name=\"scope\"><option value=\"\">整个报告文件夹</option>"
        for folder in folders {
            out += "<option value=\"\(Markup.escape(folder))\"\(folder == chosen ? " selected=\"selected\"" : "")>\(Markup.escape(folder))</option>"
        }
        return out + "</select></label>"
    }

    static func page(_ state: State, visitor: Visitor, folders: [String]) -> HTTPResponse {
        var body = "<p class=\"crumbs\">" + Markup.anchor("/rules", "← 规则") + " · "
        body += Markup.anchor(Markup.link(RuleHistoryPage.path, [("file", state.file)]), "历史版本") + "</p>\n"
        if let notice = state.notice { body += "<p class=\"\(state.status == .ok ? "saved" : "problem")\">\(Markup.escape(notice))</p>\n" }
        if let conflict = state.conflict { body += LineDiff.html(conflict, old: "别人保存的版本", new: "你的修改") }
        body += """
            <form class="editor" method="post" action="\(RuleCheckAction.path)">
            \(Markup.hidden("file", state.file))\(Markup.hidden("version", state.version))\(Markup.tokenField(visitor))
            <textarea name="text" id="rule-text" rows="30" spellcheck="false" data-lint="\(RuleLintAction.path)"\(state.line.map { " data-line=\"\($0)\"" } ?? "")>\(Markup.escape(state.text))</textarea>
            <p><button type="submit">检查并查看影响</button> \(scopeChoice(folders, chosen: state.scope))
            <button type="submit" formaction="\(RuleSaveAction.path)">保存</button>
            <span class="hint">检查不会保存；保存前会再检查一次，有错误时不保存。</span></p>
            </form>
            <div id="live-check" aria-live="polite">\(state.check.map(CheckView.html) ?? "")</div>

            """
        for (title, impact) in state.impacts { body += ImpactView.html(impact, title: title) }
        return Page(title: "编辑 " + state.file, body: body, status: state.status, script: true).response(for: visitor)
    }
}
